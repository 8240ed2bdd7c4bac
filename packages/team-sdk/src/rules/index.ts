export { TEAM_ERROR_CODES, TeamError, type TeamErrorCode } from '../errors';
export {
  type Access,
  accessOf,
  can,
  canChange,
  PERMISSION_NAMES,
  PERMISSIONS,
  type Permission,
  type PermissionChange,
  type PermissionRule,
  type PermissionSubject,
  permissionDifference,
} from './permissions';
export {
  type Actor,
  checkAcceptInvitation,
  checkCancelInvitation,
  checkCanInvite,
  checkCreateGroup,
  checkDeleteGroup,
  checkInvite,
  checkRemoveMember,
  checkResendInvitation,
  checkRoleChange,
  checkSeatLimit,
  checkSetActive,
  checkSetGroupMembers,
  checkSuperAdminChange,
  checkUpdateGroup,
  invitationExpiry,
  invitationStatusAt,
  sameEmail,
  sameGroupName,
  seatsFrom,
  type Target,
} from './rules';
export { createInvitationToken, hashInvitationToken } from './tokens';
export { ALLOWED, assertAllowed, firstRefusal, refuse, type Verdict } from './verdict';
