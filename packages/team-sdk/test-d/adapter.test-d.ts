import type {
  Group,
  Invitation,
  Member,
  Role,
  Seats,
  TeamAdapter,
  TeamAdapterMethod,
  TeamChange,
  Tombstone,
} from '@fiko/team-sdk';
import type { ConformanceBackend } from '@fiko/team-sdk/conformance';
import { describe, expectTypeOf, it } from 'vitest';

describe('given the adapter interface', () => {
  it('should name every backend call, with subscribe kept apart as optional', () => {
    expectTypeOf<TeamAdapterMethod>().toEqualTypeOf<
      | 'me'
      | 'listMembers'
      | 'listInvitations'
      | 'getSeats'
      | 'listTombstones'
      | 'invite'
      | 'cancelInvitation'
      | 'resendInvitation'
      | 'previewInvitation'
      | 'acceptInvitation'
      | 'changeRole'
      | 'setSuperAdmin'
      | 'setActive'
      | 'removeMember'
      | 'setSeatLimit'
      | 'listGroups'
      | 'createGroup'
      | 'updateGroup'
      | 'deleteGroup'
      | 'setGroupMembers'
    >();
    expectTypeOf<TeamAdapter['subscribe']>().toEqualTypeOf<
      ((listener: (change: TeamChange) => void) => () => void) | undefined
    >();
  });

  it('should take one input object per change, with the base version optional', () => {
    expectTypeOf<Parameters<TeamAdapter['changeRole']>[0]>().toEqualTypeOf<{
      memberId: string;
      role: Role;
      version?: number;
    }>();
    expectTypeOf<Parameters<TeamAdapter['removeMember']>[0]>().toEqualTypeOf<{
      memberId: string;
      version?: number;
    }>();
    expectTypeOf<Parameters<TeamAdapter['invite']>[0]>().toEqualTypeOf<{
      email: string;
      role: Role;
    }>();
  });

  it('should answer every call with a promise of the model type', () => {
    expectTypeOf<ReturnType<TeamAdapter['changeRole']>>().toEqualTypeOf<
      Promise<Member>
    >();
    expectTypeOf<ReturnType<TeamAdapter['invite']>>().toEqualTypeOf<
      Promise<Invitation>
    >();
    expectTypeOf<ReturnType<TeamAdapter['removeMember']>>().toEqualTypeOf<
      Promise<Tombstone>
    >();
    expectTypeOf<ReturnType<TeamAdapter['getSeats']>>().toEqualTypeOf<Promise<Seats>>();
    expectTypeOf<ReturnType<TeamAdapter['setGroupMembers']>>().toEqualTypeOf<
      Promise<Group>
    >();
    expectTypeOf<ReturnType<TeamAdapter['deleteGroup']>>().toEqualTypeOf<Promise<void>>();
  });

  it('should accept an object literal that implements it without subscribe', () => {
    const notImplemented = () => Promise.reject(new Error('not implemented'));
    const adapter = {
      me: notImplemented,
      listMembers: notImplemented,
      listInvitations: notImplemented,
      getSeats: notImplemented,
      listTombstones: notImplemented,
      invite: notImplemented,
      cancelInvitation: notImplemented,
      resendInvitation: notImplemented,
      previewInvitation: notImplemented,
      acceptInvitation: notImplemented,
      changeRole: notImplemented,
      setSuperAdmin: notImplemented,
      setActive: notImplemented,
      removeMember: notImplemented,
      setSeatLimit: notImplemented,
      listGroups: notImplemented,
      createGroup: notImplemented,
      updateGroup: notImplemented,
      deleteGroup: notImplemented,
      setGroupMembers: notImplemented,
    } satisfies TeamAdapter;
    expectTypeOf(adapter).toExtend<TeamAdapter>();
    const { setGroupMembers: _missing, ...incomplete } = adapter;
    expectTypeOf(incomplete).not.toExtend<TeamAdapter>();
  });
});

describe('given a backend under the conformance suite', () => {
  it('should take plain values or promises from each of its hooks', () => {
    const outbox = [
      { invitationId: 'inv_1', to: 'a@example.com', token: 't'.repeat(64) },
    ];
    expectTypeOf({
      adapterFor: (_memberId: string) => ({}) as TeamAdapter,
      publicAdapter: async () => ({}) as TeamAdapter,
      outbox: () => outbox,
      advanceClock: (_ms: number) => undefined,
    }).toExtend<ConformanceBackend>();
    expectTypeOf({
      adapterFor: async (_memberId: string) => ({}) as TeamAdapter,
      publicAdapter: () => ({}) as TeamAdapter,
      outbox: async () => outbox,
      advanceClock: async (_ms: number) => undefined,
    }).toExtend<ConformanceBackend>();
  });
});
