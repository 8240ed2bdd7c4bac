import {
  createTeamClient,
  type Group,
  type Invitation,
  type InvitationPreview,
  type Me,
  type Member,
  type MemberPage,
  type Seats,
  type TeamAdapter,
  type TeamChange,
  type TeamClient,
  type Tombstone,
} from '@fiko/team-sdk';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
} from '@fiko/team-sdk/memory';
import { describe, expectTypeOf, it } from 'vitest';

declare const client: TeamClient;

describe('given the team client', () => {
  it('should be what createTeamClient returns for any adapter', () => {
    expectTypeOf(createTeamClient).parameter(0).toEqualTypeOf<{ adapter: TeamAdapter }>();
    expectTypeOf(createTeamClient).returns.toEqualTypeOf<TeamClient>();
  });

  it('should resolve reads to the model types', () => {
    expectTypeOf(client.me()).resolves.toEqualTypeOf<Me>();
    expectTypeOf(client.listMembers()).resolves.toEqualTypeOf<MemberPage>();
    expectTypeOf(client.listInvitations()).resolves.toEqualTypeOf<Invitation[]>();
    expectTypeOf(client.getSeats()).resolves.toEqualTypeOf<Seats>();
    expectTypeOf(client.listTombstones()).resolves.toEqualTypeOf<Tombstone[]>();
    expectTypeOf(client.listGroups()).resolves.toEqualTypeOf<Group[]>();
    expectTypeOf(
      client.previewInvitation('t'),
    ).resolves.toEqualTypeOf<InvitationPreview>();
  });

  it('should take member queries with every filter optional', () => {
    client.listMembers({});
    client.listMembers({ search: 'nok', role: 'cs', status: 'active', limit: 50 });
    // @ts-expect-error roles are a closed set
    client.listMembers({ role: 'owner' });
  });

  it('should take changes by id, in the domain words, with an optional base version', () => {
    expectTypeOf(
      client.invite({ email: 'a@example.com', role: 'cs' }),
    ).resolves.toEqualTypeOf<Invitation>();
    expectTypeOf(client.changeRole('mem_1', 'viewer')).resolves.toEqualTypeOf<Member>();
    expectTypeOf(
      client.changeRole('mem_1', 'admin', { version: 3 }),
    ).resolves.toEqualTypeOf<Member>();
    expectTypeOf(client.setSuperAdmin('mem_1', true)).resolves.toEqualTypeOf<Member>();
    expectTypeOf(client.setActive('mem_1', false)).resolves.toEqualTypeOf<Member>();
    expectTypeOf(client.removeMember('mem_1')).resolves.toEqualTypeOf<Tombstone>();
    expectTypeOf(client.cancelInvitation('inv_1')).resolves.toEqualTypeOf<Invitation>();
    expectTypeOf(client.resendInvitation('inv_1')).resolves.toEqualTypeOf<Invitation>();
    expectTypeOf(client.setSeatLimit(20)).resolves.toEqualTypeOf<Seats>();
    expectTypeOf(client.deleteGroup('grp_1')).resolves.toEqualTypeOf<void>();
    expectTypeOf(
      client.setGroupMembers('grp_1', ['mem_1']),
    ).resolves.toEqualTypeOf<Group>();
    // @ts-expect-error roles are a closed set
    client.changeRole('mem_1', 'owner');
    // @ts-expect-error invite needs a role
    client.invite({ email: 'a@example.com' });
  });

  it('should hand listeners the change and return the unsubscribe function', () => {
    expectTypeOf(client.subscribe)
      .parameter(0)
      .toEqualTypeOf<(change: TeamChange) => void>();
    expectTypeOf(client.subscribe(() => {})).toEqualTypeOf<() => void>();
  });
});

describe('given the memory adapter', () => {
  it('should be a TeamAdapter over a store seeded by the demo team', () => {
    const store = createMemoryStore(createDemoTeam());
    expectTypeOf(
      createMemoryAdapter({ store, actingAs: 'mem_malee' }),
    ).toEqualTypeOf<TeamAdapter>();
  });
});
