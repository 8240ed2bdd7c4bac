import type { TeamAdapter, TeamAdapterMethod } from '../adapter';
import { markAnswersChecked } from '../answers';
import { TeamError, type TeamErrorCode } from '../errors';
import type { MemoryStore } from './memoryStore';

/** A failure to inject: a code (default message) or a full `TeamError`. */
export type InjectedFailure = TeamErrorCode | TeamError;

export interface MemoryAdapterOptions {
  /** The team to act on. Several adapters may share one store. */
  store: MemoryStore;
  /** The id of the member this adapter acts as. */
  actingAs: string;
  /**
   * Delay before each call settles, in milliseconds: a number, or a range to
   * pick from at random. Defaults to `0`.
   */
  latency?: number | { min: number; max: number };
  /**
   * Decides, before each call, whether it fails instead. Return a code or a
   * `TeamError` to fail, anything else to go on. Defaults to never failing.
   */
  fail?: (call: {
    method: TeamAdapterMethod;
    input: unknown;
  }) => InjectedFailure | undefined | null | false;
}

function delayFor(latency: MemoryAdapterOptions['latency']): number {
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return latency;
  return latency.min + Math.random() * (latency.max - latency.min);
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * An adapter over a memory store, acting as one member. The kit's embedded
 * default: demos, Storybook and tests run on it with every rule enforced.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions): TeamAdapter {
  const { store, actingAs } = options;

  async function call<T>(
    method: TeamAdapterMethod,
    input: unknown,
    run: () => T,
  ): Promise<T> {
    const ms = delayFor(options.latency);
    if (ms > 0) await sleep(ms);
    else await Promise.resolve();

    const failure = options.fail?.({ method, input });
    if (failure) throw typeof failure === 'string' ? new TeamError(failure) : failure;

    return run();
  }

  return markAnswersChecked({
    me: () => call('me', undefined, () => store.me(actingAs)),
    listMembers: (query) =>
      call('listMembers', query, () => store.listMembers(actingAs, query)),
    listInvitations: () =>
      call('listInvitations', undefined, () => store.listInvitations(actingAs)),
    getSeats: () => call('getSeats', undefined, () => store.getSeats(actingAs)),
    listTombstones: () =>
      call('listTombstones', undefined, () => store.listTombstones(actingAs)),
    invite: (input) => call('invite', input, () => store.invite(actingAs, input)),
    cancelInvitation: (input) =>
      call('cancelInvitation', input, () => store.cancelInvitation(actingAs, input)),
    resendInvitation: (input) =>
      call('resendInvitation', input, () => store.resendInvitation(actingAs, input)),
    previewInvitation: (input) =>
      call('previewInvitation', input, () => store.previewInvitation(input)),
    acceptInvitation: (input) =>
      call('acceptInvitation', input, () => store.acceptInvitation(input)),
    changeRole: (input) =>
      call('changeRole', input, () => store.changeRole(actingAs, input)),
    setSuperAdmin: (input) =>
      call('setSuperAdmin', input, () => store.setSuperAdmin(actingAs, input)),
    setActive: (input) =>
      call('setActive', input, () => store.setActive(actingAs, input)),
    removeMember: (input) =>
      call('removeMember', input, () => store.removeMember(actingAs, input)),
    setSeatLimit: (input) =>
      call('setSeatLimit', input, () => store.setSeatLimit(actingAs, input)),
    listGroups: () => call('listGroups', undefined, () => store.listGroups(actingAs)),
    createGroup: (input) =>
      call('createGroup', input, () => store.createGroup(actingAs, input)),
    updateGroup: (input) =>
      call('updateGroup', input, () => store.updateGroup(actingAs, input)),
    deleteGroup: (input) =>
      call('deleteGroup', input, () => store.deleteGroup(actingAs, input)),
    setGroupMembers: (input) =>
      call('setGroupMembers', input, () => store.setGroupMembers(actingAs, input)),
    subscribe: (listener) => store.subscribe(listener),
  });
}
