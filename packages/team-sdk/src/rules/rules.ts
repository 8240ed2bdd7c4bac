import type { Group, Invitation, Member, Role, Seats } from '../schemas';
import { INVITATION_TTL_MS } from '../schemas';
import { can } from './permissions';
import { ALLOWED, firstRefusal, refuse, refuseInvalid, type Verdict } from './verdict';

/*
 * The rules of the team, as pure functions. Each takes the facts it needs and
 * answers with a `Verdict`. The memory adapter, the UI and the server all ask
 * these functions; no rule is written anywhere else.
 */

/** The member performing an action. */
export type Actor = Pick<Member, 'id' | 'role' | 'superAdmin' | 'status'>;

/** A member an action targets. */
export type Target = Pick<Member, 'id' | 'role' | 'superAdmin' | 'status' | 'version'>;

/** A base version a change was made from; `undefined` means "whatever is current". */
type BaseVersion = number | undefined;

// ---------------------------------------------------------------------------
// Shared checks
// ---------------------------------------------------------------------------

function requireActive(actor: Actor): Verdict {
  if (actor.status !== 'active') {
    return refuse(
      'unauthenticated',
      'This account is deactivated. Ask a super admin to reactivate it.',
    );
  }
  return ALLOWED;
}

function requireMemberManager(actor: Actor): Verdict {
  if (can(actor, 'members.manage')) return ALLOWED;
  return refuse('forbidden', 'Only super admins can manage members and invitations.');
}

function requireGroupManager(actor: Actor): Verdict {
  if (can(actor, 'groups.manage')) return ALLOWED;
  return refuse('forbidden', 'Only admins can manage groups.');
}

function requireOther(
  actor: Actor,
  target: Target,
  what: string,
  activeSuperAdminCount: number,
): Verdict {
  if (actor.id !== target.id) return ALLOWED;
  // "Ask another super admin" sends the last one looking for someone who does
  // not exist: they have to make one first.
  if (leavesNoSuperAdmin(target, activeSuperAdminCount)) {
    return {
      allowed: false,
      code: 'self_action',
      reason: `You cannot ${what} yourself, and you are the last super admin. Make another admin super admin first.`,
      detail: { check: 'lastSuperAdminSelf' },
    };
  }
  return refuse('self_action', `You cannot ${what} yourself. Ask another super admin.`);
}

function requireVersion(current: number, base: BaseVersion): Verdict {
  if (base === undefined || base === current) return ALLOWED;
  return refuse('conflict');
}

/** Whether removing this member's super admin rights (or access) would leave none. */
function leavesNoSuperAdmin(target: Target, activeSuperAdminCount: number): boolean {
  return target.superAdmin && target.status === 'active' && activeSuperAdminCount <= 1;
}

function protectLastSuperAdmin(target: Target, activeSuperAdminCount: number): Verdict {
  if (!leavesNoSuperAdmin(target, activeSuperAdminCount)) return ALLOWED;
  return refuse(
    'last_admin',
    'This is the last active super admin. Make another admin super admin first.',
  );
}

// ---------------------------------------------------------------------------
// Seats and invitations
// ---------------------------------------------------------------------------

/** Seats in use: every active member and every pending (unexpired) invitation holds one. */
export function seatsFrom(
  limit: number,
  activeMembers: number,
  pendingInvitations: number,
): Seats {
  const used = activeMembers + pendingInvitations;
  return { limit, used, available: limit - used };
}

/** An invitation's status at a moment: a pending one past its expiry reads as expired. */
export function invitationStatusAt(
  invitation: Pick<Invitation, 'status' | 'expiresAt'>,
  now: Date,
): Invitation['status'] {
  if (invitation.status !== 'pending') return invitation.status;
  return Date.parse(invitation.expiresAt) <= now.getTime() ? 'expired' : 'pending';
}

/** Whether two addresses are the same person's: trimmed and compared ignoring case. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** When an invitation sent (or resent) at `sentAt` expires. */
export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_TTL_MS);
}

/** Whether the actor may open the invite flow at all (the invite button). */
export function checkCanInvite(facts: { actor: Actor; seats: Seats }): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () => requireMemberManager(facts.actor),
    () => (facts.seats.available > 0 ? ALLOWED : refuse('no_seats')),
  );
}

/**
 * Inviting one address with one role. `existingMember` is the member with
 * that address, active or not; `pendingInvitation` the open invitation to it.
 */
export function checkInvite(facts: {
  actor: Actor;
  seats: Seats;
  existingMember: Pick<Member, 'id'> | undefined;
  pendingInvitation: Pick<Invitation, 'id'> | undefined;
}): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () => requireMemberManager(facts.actor),
    () =>
      facts.existingMember
        ? refuse('already_member', undefined, {
            email: 'This person is already a member.',
          })
        : ALLOWED,
    () =>
      facts.pendingInvitation
        ? refuse('already_invited', undefined, {
            email: 'This address already has a pending invitation.',
          })
        : ALLOWED,
    () => (facts.seats.available > 0 ? ALLOWED : refuse('no_seats')),
  );
}

/** Cancelling an invitation that is still open (pending or expired). */
export function checkCancelInvitation(facts: {
  actor: Actor;
  invitation: Pick<Invitation, 'status' | 'version'>;
  version?: BaseVersion;
}): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () => requireMemberManager(facts.actor),
    () => requireOpen(facts.invitation),
    () => requireVersion(facts.invitation.version, facts.version),
  );
}

function requireOpen(invitation: Pick<Invitation, 'status'>): Verdict {
  if (invitation.status === 'pending' || invitation.status === 'expired') return ALLOWED;
  return refuse(
    'invitation_invalid',
    `This invitation was already ${invitation.status}.`,
  );
}

/**
 * Resending issues a new token and restarts the clock. Reviving an expired
 * invitation takes a seat again; a pending one already holds its seat.
 * A backend that keeps expired invitations passes `existingMember` (a member
 * with the address) and `pendingInvitation` (another pending invitation to
 * it), so an old invitation never revives beside a newer one.
 */
export function checkResendInvitation(facts: {
  actor: Actor;
  invitation: Pick<Invitation, 'status' | 'version'>;
  seats: Seats;
  version?: BaseVersion;
  existingMember?: Pick<Member, 'id'> | undefined;
  pendingInvitation?: Pick<Invitation, 'id'> | undefined;
}): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () => requireMemberManager(facts.actor),
    () => requireOpen(facts.invitation),
    () => requireVersion(facts.invitation.version, facts.version),
    () => (facts.existingMember ? refuse('already_member') : ALLOWED),
    () => (facts.pendingInvitation ? refuse('already_invited') : ALLOWED),
    () =>
      facts.invitation.status === 'expired' && facts.seats.available <= 0
        ? refuse(
            'no_seats',
            'No seat is free to revive this expired invitation. Add seats first.',
          )
        : ALLOWED,
  );
}

/**
 * Accepting an invitation by its token. `invitation` is the one whose token
 * hash matched, if any; `existingMember` is a member who already has its address.
 */
export function checkAcceptInvitation(facts: {
  invitation: Pick<Invitation, 'status' | 'expiresAt'> | undefined;
  existingMember: Pick<Member, 'id'> | undefined;
  now: Date;
}): Verdict {
  if (!facts.invitation) return refuse('invitation_invalid');

  const status = invitationStatusAt(facts.invitation, facts.now);
  if (status === 'expired') return refuse('invitation_expired');
  if (status !== 'pending') return refuse('invitation_invalid');
  if (facts.existingMember) return refuse('already_member');

  return ALLOWED;
}

// ---------------------------------------------------------------------------
// Members
// ---------------------------------------------------------------------------

/** Changing a member's role. Demoting an admin also clears their super admin flag. */
export function checkRoleChange(facts: {
  actor: Actor;
  target: Target;
  role: Role;
  activeSuperAdminCount: number;
  version?: BaseVersion;
}): Verdict {
  const { actor, target, role } = facts;

  return firstRefusal(
    () => requireActive(actor),
    () => requireMemberManager(actor),
    () => requireOther(actor, target, 'change the role of', facts.activeSuperAdminCount),
    () => requireVersion(target.version, facts.version),
    () =>
      target.role === role
        ? refuseInvalid({ check: 'sameRole', role }, `This member is already ${role}.`, {
            role: 'Choose a different role.',
          })
        : ALLOWED,
    () => (role === 'admin' ? requireActiveToPromote(target) : ALLOWED),
    () =>
      role === 'admin'
        ? ALLOWED
        : protectLastSuperAdmin(target, facts.activeSuperAdminCount),
  );
}

// Admins cannot be deactivated, so promoting an inactive member would create
// an inactive admin that no action could ever deactivate or explain.
function requireActiveToPromote(target: Target): Verdict {
  if (target.status === 'active') return ALLOWED;
  return refuseInvalid(
    { check: 'reactivateToPromote' },
    'Reactivate this member before making them an admin.',
    {
      role: 'Only active members can become admins.',
    },
  );
}

/** Granting or revoking the super admin flag; only admins can carry it. */
export function checkSuperAdminChange(facts: {
  actor: Actor;
  target: Target;
  superAdmin: boolean;
  activeSuperAdminCount: number;
  version?: BaseVersion;
}): Verdict {
  const { actor, target } = facts;

  return firstRefusal(
    () => requireActive(actor),
    () => requireMemberManager(actor),
    () =>
      requireOther(
        actor,
        target,
        'change the super admin rights of',
        facts.activeSuperAdminCount,
      ),
    () => requireVersion(target.version, facts.version),
    () =>
      facts.superAdmin && target.role !== 'admin'
        ? refuseInvalid(
            { check: 'adminToSuperAdmin' },
            'Only admins can be super admins. Make this member an admin first.',
            {
              superAdmin: 'Only admins can be super admins.',
            },
          )
        : ALLOWED,
    () =>
      facts.superAdmin && target.status !== 'active'
        ? refuseInvalid(
            { check: 'reactivateToSuperAdmin' },
            'Reactivate this member before making them super admin.',
            {
              superAdmin: 'Only active admins can become super admins.',
            },
          )
        : ALLOWED,
    () =>
      target.superAdmin === facts.superAdmin
        ? refuseInvalid(
            { check: facts.superAdmin ? 'alreadySuperAdmin' : 'notSuperAdmin' },
            facts.superAdmin
              ? 'This member is already a super admin.'
              : 'This member is not a super admin.',
            { superAdmin: 'Nothing would change.' },
          )
        : ALLOWED,
    () =>
      facts.superAdmin
        ? ALLOWED
        : protectLastSuperAdmin(target, facts.activeSuperAdminCount),
  );
}

/**
 * Deactivating or reactivating a member. Admins cannot be deactivated;
 * reactivating takes a seat.
 */
export function checkSetActive(facts: {
  actor: Actor;
  target: Target;
  active: boolean;
  seats: Seats;
  activeSuperAdminCount: number;
  version?: BaseVersion;
}): Verdict {
  const { actor, target, active } = facts;
  const wanted = active ? 'active' : 'inactive';

  return firstRefusal(
    () => requireActive(actor),
    () => requireMemberManager(actor),
    () =>
      requireOther(
        actor,
        target,
        active ? 'reactivate' : 'deactivate',
        facts.activeSuperAdminCount,
      ),
    () => requireVersion(target.version, facts.version),
    () =>
      !active && target.role === 'admin'
        ? refuse('admin_cannot_be_deactivated')
        : ALLOWED,
    () =>
      target.status === wanted
        ? refuseInvalid(
            { check: active ? 'alreadyActive' : 'alreadyInactive' },
            `This member is already ${wanted}.`,
            {
              active: 'Nothing would change.',
            },
          )
        : ALLOWED,
    () =>
      active && facts.seats.available <= 0
        ? refuse(
            'no_seats',
            'No seat is free to reactivate this member. Add seats first.',
          )
        : ALLOWED,
    () => (active ? ALLOWED : protectLastSuperAdmin(target, facts.activeSuperAdminCount)),
  );
}

/** Deleting a member for good. Their history stays, under a tombstone. */
export function checkRemoveMember(facts: {
  actor: Actor;
  target: Target;
  activeSuperAdminCount: number;
  version?: BaseVersion;
}): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () => requireMemberManager(facts.actor),
    () => requireOther(facts.actor, facts.target, 'delete', facts.activeSuperAdminCount),
    () => requireVersion(facts.target.version, facts.version),
    () => protectLastSuperAdmin(facts.target, facts.activeSuperAdminCount),
  );
}

/**
 * Changing seats is a billing setting: admins only. A lower limit may not drop
 * below the seats in use; a higher one is always welcome, even while a team is
 * still over its limit.
 */
export function checkSeatLimit(facts: {
  actor: Actor;
  seats: Seats;
  limit: number;
}): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () =>
      can(facts.actor, 'settings.manage')
        ? ALLOWED
        : refuse('forbidden', 'Only admins can change the number of seats.'),
    () =>
      facts.limit >= facts.seats.used || facts.limit >= facts.seats.limit
        ? ALLOWED
        : refuseInvalid(
            { check: 'seatsInUse', used: facts.seats.used },
            `${facts.seats.used} seats are in use; the limit cannot be lower. Free seats first.`,
            { limit: `At least ${facts.seats.used}.` },
          ),
  );
}

// ---------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------

/**
 * Names are unique per team, ignoring case and surrounding spaces. Composed
 * and decomposed accents (`é` and `e` + `◌́`) look alike, so they compare alike,
 * and case is folded fully: "Straße" is "STRASSE".
 */
export function sameGroupName(a: string, b: string): boolean {
  return groupNameKey(a) === groupNameKey(b);
}

// NFKC folds full-width and styled letters (`ＴＷＩＮ`, `𝐓𝐰𝐢𝐧`) onto the plain ones
// they imitate, as well as composed and decomposed accents. Lower-casing alone
// keeps `ß` apart from `SS`; casing down, up and down again folds `ß`, `ẞ`, `ﬆ`
// and their kind the way full case folding does. Casing can decompose a
// letter (`ǰ`), so the key is composed again.
function groupNameKey(name: string): string {
  const folded = name.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase();
  return folded.normalize('NFKC').trim();
}

function requireUniqueName(
  name: string | undefined,
  groups: ReadonlyArray<Pick<Group, 'id' | 'name'>>,
  selfId?: string,
): Verdict {
  if (name === undefined) return ALLOWED;
  const taken = groups.some(
    (group) => group.id !== selfId && sameGroupName(group.name, name),
  );
  if (!taken) return ALLOWED;
  return refuseInvalid(
    { check: 'groupNameTaken', name: name.trim() },
    `A group named "${name.trim()}" already exists.`,
    {
      name: 'This name is already used by another group.',
    },
  );
}

/** Creating a group: admins only, with a name no other group of the team has. */
export function checkCreateGroup(facts: {
  actor: Actor;
  name: string;
  groups: ReadonlyArray<Pick<Group, 'id' | 'name'>>;
}): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () => requireGroupManager(facts.actor),
    () => requireUniqueName(facts.name, facts.groups),
  );
}

/** Renaming, re-describing or re-kinding a group. */
export function checkUpdateGroup(facts: {
  actor: Actor;
  group: Pick<Group, 'id' | 'version'>;
  name?: string;
  groups: ReadonlyArray<Pick<Group, 'id' | 'name'>>;
  version?: BaseVersion;
}): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () => requireGroupManager(facts.actor),
    () => requireVersion(facts.group.version, facts.version),
    () => requireUniqueName(facts.name, facts.groups, facts.group.id),
  );
}

/** The fields of a group that an update can set. */
export type GroupPatch = Partial<Pick<Group, 'name' | 'kind' | 'description'>>;

/**
 * What an update would change: the fields of `patch` that differ from the
 * group. When none do, a backend answers the group as it is, version and all,
 * so that other editors of the group meet no needless `conflict`.
 */
export function groupChanges(
  group: Pick<Group, 'name' | 'kind' | 'description'>,
  patch: GroupPatch,
): GroupPatch {
  const changes: GroupPatch = {};
  if (patch.name !== undefined && patch.name !== group.name) changes.name = patch.name;
  if (patch.kind !== undefined && patch.kind !== group.kind) changes.kind = patch.kind;
  if (patch.description !== undefined && patch.description !== group.description) {
    changes.description = patch.description;
  }
  return changes;
}

/**
 * Whether replacing a group's members with `memberIds` changes them (order
 * included). When it does not, the group keeps its version, as for `groupChanges`.
 */
export function changesGroupMembers(
  group: Pick<Group, 'memberIds'>,
  memberIds: readonly string[],
): boolean {
  if (group.memberIds.length !== memberIds.length) return true;
  return group.memberIds.some((id, index) => id !== memberIds[index]);
}

/** Deleting a group; its members stay members. */
export function checkDeleteGroup(facts: {
  actor: Actor;
  group: Pick<Group, 'version'>;
  version?: BaseVersion;
}): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () => requireGroupManager(facts.actor),
    () => requireVersion(facts.group.version, facts.version),
  );
}

/** Replacing a group's members. `unknownMemberIds` are ids that name no member of the team. */
export function checkSetGroupMembers(facts: {
  actor: Actor;
  group: Pick<Group, 'version'>;
  unknownMemberIds: readonly string[];
  version?: BaseVersion;
}): Verdict {
  return firstRefusal(
    () => requireActive(facts.actor),
    () => requireGroupManager(facts.actor),
    () => requireVersion(facts.group.version, facts.version),
    () =>
      facts.unknownMemberIds.length === 0
        ? ALLOWED
        : refuseInvalid(
            { check: 'unknownMembers', memberIds: facts.unknownMemberIds },
            'Some of these people are not members of the team.',
            {
              memberIds: `Unknown members: ${facts.unknownMemberIds.slice(0, 5).join(', ')}`,
            },
          ),
  );
}
