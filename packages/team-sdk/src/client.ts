import type { TeamAdapter } from './adapter';
import {
  ADAPTER_ANSWERS,
  type Answer,
  type AnswerMethod,
  answersChecked,
} from './answers';
import { TeamError } from './errors';
import { notifyAll } from './notify';
import { parseAnswer, parseInput } from './parse';
import {
  type AcceptInvitationInput,
  AcceptInvitationInputSchema,
  type CreateGroupInput,
  CreateGroupInputSchema,
  ExpectedVersionSchema,
  FlagSchema,
  GroupMembersInputSchema,
  IdSchema,
  type InviteInput,
  InviteInputSchema,
  type ListMembersQuery,
  ListMembersQuerySchema,
  type Role,
  RoleSchema,
  SeatLimitInputSchema,
  type TeamChange,
  type TeamResource,
  TokenSchema,
  type UpdateGroupInput,
  UpdateGroupInputSchema,
} from './schemas';

export interface TeamClientOptions {
  /** The backend to talk to: `createMemoryAdapter`, `createHttpAdapter` or your own. */
  adapter: TeamAdapter;
}

/** Options of a change that can be based on a version the caller saw. */
export interface ChangeOptions {
  /**
   * The version of the record the change is based on. When the backend's
   * record is newer the change fails with `conflict` instead of overwriting.
   * Defaults to `undefined`: apply to whatever is current.
   */
  version?: number;
}

type Listener = (change: TeamChange) => void;

function announce(listeners: Set<Listener>, resources: TeamResource[]) {
  notifyAll(listeners, { resources });
}

/**
 * The headless team client: one method per action, in the domain's words.
 * Inputs are validated before anything is sent and every failure is a `TeamError`.
 */
export function createTeamClient(options: TeamClientOptions) {
  const { adapter } = options;
  const listeners = new Set<Listener>();
  const trusted = answersChecked(adapter);

  /**
   * Runs an adapter call, normalising failures, checking the answer against
   * the model and announcing what changed. Methods are async so that invalid
   * input rejects like any other failure.
   */
  async function run<M extends AnswerMethod>(
    method: M,
    call: () => Promise<unknown>,
    changes: TeamResource[] = [],
  ): Promise<Answer<M>> {
    let answer: unknown;
    try {
      answer = await call();
    } catch (error) {
      throw TeamError.from(error);
    }
    // A change the backend made is announced even when its answer is unreadable.
    if (changes.length > 0) announce(listeners, changes);
    if (trusted) return answer as Answer<M>;
    return parseAnswer(ADAPTER_ANSWERS[method], answer, method) as Answer<M>;
  }

  function version(changeOptions: ChangeOptions | undefined) {
    return parseInput(ExpectedVersionSchema, changeOptions ?? {}).version;
  }

  const client = {
    adapter,

    me: () => run('me', () => adapter.me()),

    async listMembers(query: ListMembersQuery = {}) {
      const params = parseInput(ListMembersQuerySchema, query);
      return run('listMembers', () => adapter.listMembers(params));
    },

    listInvitations: () => run('listInvitations', () => adapter.listInvitations()),
    getSeats: () => run('getSeats', () => adapter.getSeats()),
    listTombstones: () => run('listTombstones', () => adapter.listTombstones()),

    async invite(input: InviteInput) {
      const parsed = parseInput(InviteInputSchema, input);
      return run('invite', () => adapter.invite(parsed), ['invitations', 'seats']);
    },

    async cancelInvitation(invitationId: string, changeOptions?: ChangeOptions) {
      const id = parseInput(IdSchema, invitationId, 'invitationId');
      const base = version(changeOptions);
      return run(
        'cancelInvitation',
        () => adapter.cancelInvitation({ invitationId: id, version: base }),
        ['invitations', 'seats'],
      );
    },

    async resendInvitation(invitationId: string, changeOptions?: ChangeOptions) {
      const id = parseInput(IdSchema, invitationId, 'invitationId');
      const base = version(changeOptions);
      return run(
        'resendInvitation',
        () => adapter.resendInvitation({ invitationId: id, version: base }),
        ['invitations', 'seats'],
      );
    },

    async previewInvitation(token: string) {
      const parsed = parseInput(TokenSchema, token, 'token');
      return run('previewInvitation', () => adapter.previewInvitation({ token: parsed }));
    },

    async acceptInvitation(input: AcceptInvitationInput) {
      const parsed = parseInput(AcceptInvitationInputSchema, input);
      return run('acceptInvitation', () => adapter.acceptInvitation(parsed), [
        'members',
        'invitations',
        'seats',
      ]);
    },

    async changeRole(memberId: string, role: Role, changeOptions?: ChangeOptions) {
      const id = parseInput(IdSchema, memberId, 'memberId');
      const parsedRole = parseInput(RoleSchema, role, 'role');
      const base = version(changeOptions);
      return run(
        'changeRole',
        () => adapter.changeRole({ memberId: id, role: parsedRole, version: base }),
        ['members', 'me'],
      );
    },

    async setSuperAdmin(
      memberId: string,
      superAdmin: boolean,
      changeOptions?: ChangeOptions,
    ) {
      const id = parseInput(IdSchema, memberId, 'memberId');
      const value = parseInput(FlagSchema, superAdmin, 'superAdmin');
      const base = version(changeOptions);
      return run(
        'setSuperAdmin',
        () => adapter.setSuperAdmin({ memberId: id, superAdmin: value, version: base }),
        ['members', 'me'],
      );
    },

    async setActive(memberId: string, active: boolean, changeOptions?: ChangeOptions) {
      const id = parseInput(IdSchema, memberId, 'memberId');
      const value = parseInput(FlagSchema, active, 'active');
      const base = version(changeOptions);
      return run(
        'setActive',
        () => adapter.setActive({ memberId: id, active: value, version: base }),
        ['members', 'seats', 'me'],
      );
    },

    async removeMember(memberId: string, changeOptions?: ChangeOptions) {
      const id = parseInput(IdSchema, memberId, 'memberId');
      const base = version(changeOptions);
      return run(
        'removeMember',
        () => adapter.removeMember({ memberId: id, version: base }),
        ['members', 'seats', 'groups', 'me'],
      );
    },

    async setSeatLimit(limit: number) {
      const parsed = parseInput(SeatLimitInputSchema, { limit });
      return run('setSeatLimit', () => adapter.setSeatLimit(parsed), ['seats']);
    },

    listGroups: () => run('listGroups', () => adapter.listGroups()),

    async createGroup(input: CreateGroupInput) {
      const parsed = parseInput(CreateGroupInputSchema, input);
      return run('createGroup', () => adapter.createGroup(parsed), ['groups']);
    },

    async updateGroup(groupId: string, input: UpdateGroupInput) {
      const id = parseInput(IdSchema, groupId, 'groupId');
      const parsed = parseInput(UpdateGroupInputSchema, input);
      return run('updateGroup', () => adapter.updateGroup({ groupId: id, ...parsed }), [
        'groups',
      ]);
    },

    async deleteGroup(groupId: string, changeOptions?: ChangeOptions) {
      const id = parseInput(IdSchema, groupId, 'groupId');
      const base = version(changeOptions);
      return run(
        'deleteGroup',
        () => adapter.deleteGroup({ groupId: id, version: base }),
        ['groups', 'members'],
      );
    },

    async setGroupMembers(
      groupId: string,
      memberIds: string[],
      changeOptions?: ChangeOptions,
    ) {
      const id = parseInput(IdSchema, groupId, 'groupId');
      const parsed = parseInput(GroupMembersInputSchema, {
        memberIds,
        version: changeOptions?.version,
      });
      return run(
        'setGroupMembers',
        () => adapter.setGroupMembers({ groupId: id, ...parsed }),
        ['groups', 'members'],
      );
    },

    /**
     * Calls `listener` whenever the team changes: after this client's own
     * successful changes, and after changes the adapter hears of elsewhere.
     * Returns the function that stops listening.
     */
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      const unsubscribeAdapter = adapter.subscribe?.(listener);
      return () => {
        listeners.delete(listener);
        unsubscribeAdapter?.();
      };
    },
  };

  return client;
}

/** The client that `createTeamClient` returns. */
export type TeamClient = ReturnType<typeof createTeamClient>;
