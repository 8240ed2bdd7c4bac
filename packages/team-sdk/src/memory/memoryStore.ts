import { type AdapterInputMethod, parseAdapterInput } from '../adapterInputs';
import { TeamError } from '../errors';
import { notifyAll } from '../notify';
import {
  type Actor,
  assertAllowed,
  changesGroupMembers,
  checkAcceptInvitation,
  checkCancelInvitation,
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
  createInvitationToken,
  groupChanges,
  hashInvitationToken,
  invitationExpiry,
  invitationStatusAt,
  sameEmail,
  seatsFrom,
} from '../rules';
import type {
  AcceptedInvitation,
  Group,
  GroupKind,
  Invitation,
  InvitationPreview,
  ListMembersParams,
  Me,
  Member,
  MemberPage,
  Role,
  Seats,
  Team,
  TeamChange,
  TeamResource,
  Tombstone,
} from '../schemas';
import { ROLE_NAMES } from '../schemas';
import { createId } from './ids';
import { pageMembers } from './memberQuery';

/** A member as a seed or the store holds it: groups are kept on the groups. */
export type StoredMember = Omit<Member, 'groupIds'>;

/** An invitation as the store holds it: with the hash of its current token, never the token. */
export interface StoredInvitation extends Invitation {
  tokenHash: string | null;
}

/** An invitation email, as it would have been sent. */
export interface OutboxEmail {
  id: string;
  invitationId: string;
  to: string;
  subject: string;
  text: string;
  /** The link the invitee opens; it carries the token. */
  acceptUrl: string;
  token: string;
  sentAt: string;
}

/** The starting state of a memory store. */
export interface TeamSeed {
  team: { id: string; name: string };
  seatLimit: number;
  members: StoredMember[];
  /** Open invitations. A `token`, when given, is the one their accept link carries. */
  invitations?: Array<Invitation & { token?: string }>;
  groups?: Group[];
  tombstones?: Tombstone[];
}

export interface MemoryStoreOptions {
  /**
   * The clock, for tests that need invitations to expire.
   * Defaults to `() => new Date()`.
   */
  now?: () => Date;
  /**
   * Builds the accept link of an invitation email from its token.
   * Defaults to `` token => `/join?token=${token}` ``.
   */
  acceptUrl?: (token: string) => string;
}

interface StoreState {
  team: { id: string; name: string };
  seatLimit: number;
  members: Map<string, StoredMember>;
  invitations: Map<string, StoredInvitation>;
  groups: Map<string, Group>;
  tombstones: Tombstone[];
  outbox: OutboxEmail[];
}

type Listener = (change: TeamChange) => void;

function clone<T>(value: T): T {
  return structuredClone(value);
}

function seedState(seed: TeamSeed): StoreState {
  const invitations = new Map<string, StoredInvitation>();
  for (const { token, ...invitation } of seed.invitations ?? []) {
    invitations.set(invitation.id, {
      ...invitation,
      tokenHash: token ? hashInvitationToken(token) : null,
    });
  }

  return {
    team: { ...seed.team },
    seatLimit: seed.seatLimit,
    members: new Map(seed.members.map((member) => [member.id, clone(member)])),
    invitations,
    groups: new Map((seed.groups ?? []).map((group) => [group.id, clone(group)])),
    tombstones: clone(seed.tombstones ?? []),
    outbox: [],
  };
}

/**
 * A team held in memory that enforces every rule of the kit. Several memory
 * adapters, each acting as a different member, can share one store.
 */
export function createMemoryStore(seed: TeamSeed, options: MemoryStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const acceptUrl = options.acceptUrl ?? ((token: string) => `/join?token=${token}`);
  const state = seedState(seed);
  const listeners = new Set<Listener>();

  // Sorted member lists are cached per sort order until the members change;
  // a search keystroke then only filters, which keeps large teams responsive.
  let membersRevision = 0;

  function changed(...resources: TeamResource[]) {
    if (resources.includes('members') || resources.includes('groups')) membersRevision++;
    notifyAll(listeners, { resources });
  }

  // -------------------------------------------------------------------------
  // Reads of facts
  // -------------------------------------------------------------------------

  function actorOf(actorId: string): Actor {
    const member = state.members.get(actorId);
    if (!member) throw new TeamError('unauthenticated', 'This account no longer exists.');
    if (member.status !== 'active') {
      throw new TeamError(
        'unauthenticated',
        'This account is deactivated. Ask a super admin.',
      );
    }
    return member;
  }

  function memberOf(memberId: string): StoredMember {
    const member = state.members.get(memberId);
    if (!member) throw new TeamError('not_found', 'This member no longer exists.');
    return member;
  }

  function invitationOf(invitationId: string): StoredInvitation {
    const invitation = state.invitations.get(invitationId);
    if (!invitation)
      throw new TeamError('not_found', 'This invitation no longer exists.');
    return invitation;
  }

  function groupOf(groupId: string): Group {
    const group = state.groups.get(groupId);
    if (!group) throw new TeamError('not_found', 'This group no longer exists.');
    return group;
  }

  function statusOf(invitation: StoredInvitation) {
    return invitationStatusAt(invitation, now());
  }

  function seats(): Seats {
    let active = 0;
    for (const member of state.members.values()) if (member.status === 'active') active++;
    let pending = 0;
    for (const invitation of state.invitations.values()) {
      if (statusOf(invitation) === 'pending') pending++;
    }
    return seatsFrom(state.seatLimit, active, pending);
  }

  function activeSuperAdminCount(): number {
    let count = 0;
    for (const member of state.members.values()) {
      if (member.superAdmin && member.status === 'active') count++;
    }
    return count;
  }

  function team(): Team {
    return { ...state.team, activeSuperAdminCount: activeSuperAdminCount() };
  }

  // Rebuilt only when members or groups change: every read of members needs it,
  // and walking every group's member list per page was most of a page's cost.
  let groupIndex: { revision: number; index: Map<string, string[]> } | undefined;

  function groupIdsByMember(): Map<string, string[]> {
    if (groupIndex?.revision === membersRevision) return groupIndex.index;
    const index = new Map<string, string[]>();
    for (const group of state.groups.values()) {
      for (const memberId of group.memberIds) {
        const ids = index.get(memberId);
        if (ids) ids.push(group.id);
        else index.set(memberId, [group.id]);
      }
    }
    groupIndex = { revision: membersRevision, index };
    return index;
  }

  // A stored member holds only primitives, so a spread copies it as fully as
  // structuredClone does, at a fraction of the cost per row of a page.
  function present(member: StoredMember, groups = groupIdsByMember()): Member {
    return { ...member, groupIds: [...(groups.get(member.id) ?? [])] };
  }

  function presentInvitation(invitation: StoredInvitation): Invitation {
    const { tokenHash: _hidden, ...visible } = invitation;
    return { ...clone(visible), status: statusOf(invitation) };
  }

  function findMemberByEmail(email: string) {
    for (const member of state.members.values())
      if (sameEmail(member.email, email)) return member;
    return undefined;
  }

  function findOpenInvitation(email: string) {
    for (const invitation of state.invitations.values()) {
      if (sameEmail(invitation.email, email) && statusOf(invitation) === 'pending')
        return invitation;
    }
    return undefined;
  }

  function findOtherOpenInvitation(invitation: StoredInvitation) {
    const open = findOpenInvitation(invitation.email);
    return open && open.id !== invitation.id ? open : undefined;
  }

  // -------------------------------------------------------------------------
  // Invitations
  // -------------------------------------------------------------------------

  function sendEmail(invitation: StoredInvitation, inviter: StoredMember | undefined) {
    const token = createInvitationToken();
    invitation.tokenHash = hashInvitationToken(token);
    const link = acceptUrl(token);
    const from = inviter ? `${inviter.name} invited you` : 'You are invited';

    state.outbox.push({
      id: createId('mail'),
      invitationId: invitation.id,
      to: invitation.email,
      subject: `Join ${state.team.name} on Fiko`,
      text: `${from} to join ${state.team.name} as ${ROLE_NAMES[invitation.role]}. Accept within 7 days: ${link}`,
      acceptUrl: link,
      token,
      sentAt: now().toISOString(),
    });
  }

  function invite(actorId: string, input: { email: string; role: Role }): Invitation {
    const actor = actorOf(actorId);
    assertAllowed(
      checkInvite({
        actor,
        seats: seats(),
        existingMember: findMemberByEmail(input.email),
        pendingInvitation: findOpenInvitation(input.email),
      }),
    );

    // An expired or closed invitation to the same address is replaced.
    for (const old of state.invitations.values()) {
      if (sameEmail(old.email, input.email) && statusOf(old) === 'expired')
        state.invitations.delete(old.id);
    }

    const sentAt = now();
    const invitation: StoredInvitation = {
      id: createId('inv'),
      email: input.email,
      role: input.role,
      status: 'pending',
      invitedAt: sentAt.toISOString(),
      expiresAt: invitationExpiry(sentAt).toISOString(),
      invitedBy: actor.id,
      version: 1,
      tokenHash: null,
    };
    state.invitations.set(invitation.id, invitation);
    sendEmail(invitation, state.members.get(actor.id));
    changed('invitations', 'seats');
    return presentInvitation(invitation);
  }

  function cancelInvitation(
    actorId: string,
    input: { invitationId: string; version?: number },
  ) {
    const actor = actorOf(actorId);
    const invitation = invitationOf(input.invitationId);
    assertAllowed(
      checkCancelInvitation({
        actor,
        invitation: { status: statusOf(invitation), version: invitation.version },
        version: input.version,
      }),
    );

    invitation.status = 'cancelled';
    invitation.tokenHash = null;
    invitation.version++;
    state.invitations.delete(invitation.id);
    changed('invitations', 'seats');
    return presentInvitation(invitation);
  }

  function resendInvitation(
    actorId: string,
    input: { invitationId: string; version?: number },
  ) {
    const actor = actorOf(actorId);
    const invitation = invitationOf(input.invitationId);
    assertAllowed(
      checkResendInvitation({
        actor,
        invitation: { status: statusOf(invitation), version: invitation.version },
        seats: seats(),
        version: input.version,
        existingMember: findMemberByEmail(invitation.email),
        pendingInvitation: findOtherOpenInvitation(invitation),
      }),
    );

    const sentAt = now();
    invitation.status = 'pending';
    invitation.invitedAt = sentAt.toISOString();
    invitation.expiresAt = invitationExpiry(sentAt).toISOString();
    invitation.invitedBy = actor.id;
    invitation.version++;
    sendEmail(invitation, state.members.get(actor.id));
    changed('invitations', 'seats');
    return presentInvitation(invitation);
  }

  function invitationByToken(token: string): StoredInvitation | undefined {
    const hash = hashInvitationToken(token);
    for (const invitation of state.invitations.values()) {
      if (invitation.tokenHash === hash) return invitation;
    }
    return undefined;
  }

  function previewInvitation(input: { token: string }): InvitationPreview {
    const invitation = invitationByToken(input.token);
    assertAllowed(
      checkAcceptInvitation({ invitation, existingMember: undefined, now: now() }),
    );
    const found = invitation!;
    return {
      teamName: state.team.name,
      email: found.email,
      role: found.role,
      expiresAt: found.expiresAt,
    };
  }

  function acceptInvitation(input: { token: string; name: string }): AcceptedInvitation {
    const invitation = invitationByToken(input.token);
    assertAllowed(
      checkAcceptInvitation({
        invitation,
        existingMember: invitation ? findMemberByEmail(invitation.email) : undefined,
        now: now(),
      }),
    );

    const accepted = invitation!;
    const member: StoredMember = {
      id: createId('mem'),
      name: input.name,
      email: accepted.email,
      role: accepted.role,
      superAdmin: false,
      status: 'active',
      joinedAt: now().toISOString(),
      version: 1,
    };
    state.members.set(member.id, member);
    state.invitations.delete(accepted.id);
    changed('members', 'invitations', 'seats', 'me');
    return { member: present(member), team: team() };
  }

  // -------------------------------------------------------------------------
  // Members
  // -------------------------------------------------------------------------

  function update(member: StoredMember, patch: Partial<StoredMember>): Member {
    Object.assign(member, patch, { version: member.version + 1 });
    return present(member);
  }

  function changeRole(
    actorId: string,
    input: { memberId: string; role: Role; version?: number },
  ) {
    const actor = actorOf(actorId);
    const target = memberOf(input.memberId);
    assertAllowed(
      checkRoleChange({
        actor,
        target,
        role: input.role,
        activeSuperAdminCount: activeSuperAdminCount(),
        version: input.version,
      }),
    );

    // Only admins carry the super admin flag: a demotion clears it.
    const superAdmin = input.role === 'admin' ? target.superAdmin : false;
    const result = update(target, { role: input.role, superAdmin });
    changed('members', 'me');
    return result;
  }

  function setSuperAdmin(
    actorId: string,
    input: { memberId: string; superAdmin: boolean; version?: number },
  ) {
    const actor = actorOf(actorId);
    const target = memberOf(input.memberId);
    assertAllowed(
      checkSuperAdminChange({
        actor,
        target,
        superAdmin: input.superAdmin,
        activeSuperAdminCount: activeSuperAdminCount(),
        version: input.version,
      }),
    );

    const result = update(target, { superAdmin: input.superAdmin });
    changed('members', 'me');
    return result;
  }

  function setActive(
    actorId: string,
    input: { memberId: string; active: boolean; version?: number },
  ) {
    const actor = actorOf(actorId);
    const target = memberOf(input.memberId);
    assertAllowed(
      checkSetActive({
        actor,
        target,
        active: input.active,
        seats: seats(),
        activeSuperAdminCount: activeSuperAdminCount(),
        version: input.version,
      }),
    );

    const result = update(target, { status: input.active ? 'active' : 'inactive' });
    changed('members', 'seats', 'me');
    return result;
  }

  function removeMember(
    actorId: string,
    input: { memberId: string; version?: number },
  ): Tombstone {
    const actor = actorOf(actorId);
    const target = memberOf(input.memberId);
    assertAllowed(
      checkRemoveMember({
        actor,
        target,
        activeSuperAdminCount: activeSuperAdminCount(),
        version: input.version,
      }),
    );

    for (const group of state.groups.values()) {
      if (!group.memberIds.includes(target.id)) continue;
      group.memberIds = group.memberIds.filter((id) => id !== target.id);
      group.version++;
    }
    for (const invitation of state.invitations.values()) {
      if (invitation.invitedBy === target.id) invitation.invitedBy = null;
    }

    const tombstone: Tombstone = {
      id: target.id,
      name: target.name,
      removedAt: now().toISOString(),
    };
    state.members.delete(target.id);
    state.tombstones.push(tombstone);
    changed('members', 'seats', 'groups', 'me');
    return clone(tombstone);
  }

  function setSeatLimit(actorId: string, input: { limit: number }): Seats {
    const actor = actorOf(actorId);
    assertAllowed(checkSeatLimit({ actor, seats: seats(), limit: input.limit }));
    state.seatLimit = input.limit;
    changed('seats');
    return seats();
  }

  // -------------------------------------------------------------------------
  // Groups
  // -------------------------------------------------------------------------

  function createGroup(
    actorId: string,
    input: { name: string; kind: GroupKind; description: string },
  ): Group {
    const actor = actorOf(actorId);
    assertAllowed(
      checkCreateGroup({ actor, name: input.name, groups: [...state.groups.values()] }),
    );

    const group: Group = {
      id: createId('grp'),
      name: input.name,
      kind: input.kind,
      description: input.description,
      memberIds: [],
      createdAt: now().toISOString(),
      version: 1,
    };
    state.groups.set(group.id, group);
    changed('groups');
    return clone(group);
  }

  function updateGroup(
    actorId: string,
    input: {
      groupId: string;
      name?: string;
      kind?: GroupKind;
      description?: string;
      version?: number;
    },
  ): Group {
    const actor = actorOf(actorId);
    const group = groupOf(input.groupId);
    // Only a new name has to be free: a group always keeps the name it has.
    const changes = groupChanges(group, input);
    assertAllowed(
      checkUpdateGroup({
        actor,
        group,
        name: changes.name,
        groups: [...state.groups.values()],
        version: input.version,
      }),
    );

    // An update that changes nothing keeps the version: no needless conflict for others.
    if (Object.keys(changes).length === 0) return clone(group);

    Object.assign(group, changes);
    group.version++;
    changed('groups');
    return clone(group);
  }

  function deleteGroup(
    actorId: string,
    input: { groupId: string; version?: number },
  ): void {
    const actor = actorOf(actorId);
    const group = groupOf(input.groupId);
    assertAllowed(checkDeleteGroup({ actor, group, version: input.version }));
    state.groups.delete(group.id);
    changed('groups', 'members');
  }

  function setGroupMembers(
    actorId: string,
    input: { groupId: string; memberIds: string[]; version?: number },
  ): Group {
    const actor = actorOf(actorId);
    const group = groupOf(input.groupId);
    const unknownMemberIds = input.memberIds.filter((id) => !state.members.has(id));
    assertAllowed(
      checkSetGroupMembers({ actor, group, unknownMemberIds, version: input.version }),
    );

    if (!changesGroupMembers(group, input.memberIds)) return clone(group);

    group.memberIds = [...input.memberIds];
    group.version++;
    changed('groups', 'members');
    return clone(group);
  }

  // -------------------------------------------------------------------------
  // Reads
  // -------------------------------------------------------------------------

  function me(actorId: string): Me {
    const actor = actorOf(actorId);
    return { member: present(memberOf(actor.id)), team: team() };
  }

  function listMembers(actorId: string, query: ListMembersParams): MemberPage {
    actorOf(actorId);
    const groups = groupIdsByMember();
    const page = pageMembers({
      members: state.members,
      revision: membersRevision,
      query,
      groupsOf: (id) => groups.get(id) ?? [],
    });
    return { ...page, items: page.items.map((member) => present(member, groups)) };
  }

  function listInvitations(actorId: string): Invitation[] {
    actorOf(actorId);
    return [...state.invitations.values()]
      .map(presentInvitation)
      .filter(
        (invitation) =>
          invitation.status === 'pending' || invitation.status === 'expired',
      )
      .sort((a, b) => b.invitedAt.localeCompare(a.invitedAt));
  }

  // Inputs are parsed here as well as in the client: the store's actions are
  // public, and an unparsed role, email or group name would break its rules.
  function checked<I, R>(
    method: AdapterInputMethod,
    action: (actorId: string, input: I) => R,
  ): (actorId: string, input: I) => R {
    return (actorId, input) => action(actorId, parseAdapterInput(method, input) as I);
  }

  return {
    me,
    listMembers: checked('listMembers', listMembers),
    listInvitations,
    getSeats(actorId: string): Seats {
      actorOf(actorId);
      return seats();
    },
    listTombstones(actorId: string): Tombstone[] {
      actorOf(actorId);
      return clone(state.tombstones);
    },
    listGroups(actorId: string): Group[] {
      actorOf(actorId);
      // Only `memberIds` is not a primitive; a large group made structuredClone slow.
      return [...state.groups.values()].map((group) => ({
        ...group,
        memberIds: [...group.memberIds],
      }));
    },
    invite: checked('invite', invite),
    cancelInvitation: checked('cancelInvitation', cancelInvitation),
    resendInvitation: checked('resendInvitation', resendInvitation),
    previewInvitation: (input: Parameters<typeof previewInvitation>[0]) =>
      previewInvitation(parseAdapterInput('previewInvitation', input)),
    acceptInvitation: (input: Parameters<typeof acceptInvitation>[0]) =>
      acceptInvitation(parseAdapterInput('acceptInvitation', input)),
    changeRole: checked('changeRole', changeRole),
    setSuperAdmin: checked('setSuperAdmin', setSuperAdmin),
    setActive: checked('setActive', setActive),
    removeMember: checked('removeMember', removeMember),
    setSeatLimit: checked('setSeatLimit', setSeatLimit),
    createGroup: checked('createGroup', createGroup),
    updateGroup: checked('updateGroup', updateGroup),
    deleteGroup: checked('deleteGroup', deleteGroup),
    setGroupMembers: checked('setGroupMembers', setGroupMembers),

    /** The team's name and id. */
    get team() {
      return team();
    },
    /** Every member, as stored (no access check): for demos, tests and sign-in pickers. */
    get members(): Member[] {
      const groups = groupIdsByMember();
      return [...state.members.values()].map((member) => present(member, groups));
    },
    /** Every invitation email sent so far, oldest first. */
    get outbox(): OutboxEmail[] {
      return clone(state.outbox);
    },
    /** Listens to every change of the store, whoever made it. Returns the unsubscribe function. */
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A team held in memory; see `createMemoryStore`. */
export type MemoryStore = ReturnType<typeof createMemoryStore>;
