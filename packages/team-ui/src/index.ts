/*
 * @fiko/team-ui: the team page as React components. Everything a host needs
 * from the SDK is re-exported, so one package is enough to install.
 */

export {
  type Access,
  type Actor,
  can,
  canChange,
  createTeamClient,
  type Group,
  type GroupKind,
  type Invitation,
  type InvitationStatus,
  type ListMembersQuery,
  type Me,
  type Member,
  type MemberPage,
  type MemberStatus,
  PERMISSIONS,
  type Permission,
  ROLES,
  type Role,
  type Seats,
  type TeamAdapter,
  type TeamChange,
  type TeamClient,
  TeamError,
  type TeamErrorCode,
  type TeamResource,
  type Verdict,
} from '@fiko/team-sdk';
export { AgentsTable, type AgentsTableProps } from './AgentsTable/AgentsTable';
export type {
  AgentRow,
  AgentRowAction,
  AgentStatusFilter,
  AgentsColumnId,
  AgentsQuery,
  AgentsTableColumn,
} from './AgentsTable/types';
export {
  CancelInvitationConfirm,
  type ConfirmProps,
  RemoveMemberConfirm,
  SetActiveConfirm,
  SuperAdminConfirm,
} from './ConfirmDialogs/MemberConfirmDialogs';
export { GroupManager, type GroupManagerProps } from './GroupManager/GroupManager';
export { InviteModal, type InviteModalProps } from './InviteModal/InviteModal';
export {
  defineMessages,
  en,
  type MessageOverrides,
  type Messages,
  mergeMessages,
  th,
} from './messages';
export {
  type TeamContextValue,
  TeamProvider,
  type TeamProviderProps,
  type TeamTheme,
  useTeam,
} from './provider/TeamProvider';
export {
  type TeamMutationOptions,
  useCancelInvitation,
  useChangeRole,
  useCreateGroup,
  useDeleteGroup,
  useInviteMember,
  useRemoveMember,
  useResendInvitation,
  useSetActive,
  useSetGroupMembers,
  useSetSuperAdmin,
  useUpdateGroup,
} from './query/mutations';
export { useGroups, useInvitations, useMe, useMembers, useSeats } from './query/queries';
export {
  groupsQueryOptions,
  invitationsQueryOptions,
  MEMBERS_PAGE_SIZE,
  memberPageQueryOptions,
  membersQueryOptions,
  meQueryOptions,
  seatsQueryOptions,
  tombstonesQueryOptions,
} from './query/queryOptions';
export { keysForResources, type MembersListQuery, teamKeys } from './query/teamKeys';
export {
  RoleChangeConfirm,
  type RoleChangeConfirmProps,
} from './RoleChangeConfirm/RoleChangeConfirm';
export type { HeadingLevel } from './shared/heading';
export { TeamPage, type TeamPageProps, type TeamTab } from './TeamPage/TeamPage';
