import {
  createTeamClient,
  invitationStatusAt,
  type TeamAdapter,
  type TeamAdapterMethod,
  type TeamClient,
  TeamError,
  type TeamErrorCode,
} from '@fiko/team-sdk';
import { createHttpAdapter } from '@fiko/team-sdk/http';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
  DEMO_PEOPLE,
  type MemoryStore,
  type TeamSeed,
} from '@fiko/team-sdk/memory';
import { QueryClient } from '@tanstack/react-query';

/** The people a story can be seen as: the toolbar's "Signed in as". */
export type Person = keyof typeof DEMO_PEOPLE;

/**
 * The fixed moment every story's team lives at, so dates, expiry and
 * screenshots are the same on every run.
 */
export const STORY_NOW = new Date('2026-11-20T10:00:00.000Z');

/** Backend failures a story injects into the memory adapter. */
export interface StoryFailure {
  /** The adapter methods that fail. */
  methods: TeamAdapterMethod[];
  /** The error they fail with. Defaults to `'network'`. */
  code?: TeamErrorCode;
  /**
   * How many calls fail before the backend recovers, so "Try again" works.
   * Defaults to every call.
   */
  times?: number;
}

/** What `parameters.team` of a story may set. */
export interface TeamStoryParameters {
  /** Members in the demo team, named people included. Defaults to `24`. */
  members?: number;
  /** Changes the generated team before the store is made. Defaults to none. */
  seed?: (seed: TeamSeed) => TeamSeed;
  /**
   * Milliseconds each memory call waits; a very long one holds the loading
   * state. Defaults to `0`.
   */
  latency?: number;
  /** Calls that fail. Defaults to none. */
  fail?: StoryFailure;
  /**
   * `memory` calls the store directly; `http` goes through the HTTP adapter
   * and the SDK's MSW handlers, as a host with a REST backend does.
   * Defaults to `'memory'`.
   */
  transport?: 'memory' | 'http';
  /**
   * Whether the global decorator mounts a TeamProvider. Stories that mount
   * several scenarios of their own turn it off. Defaults to `true`.
   */
  provider?: boolean;
}

export interface Scenario {
  store: MemoryStore;
  client: TeamClient;
  queryClient: QueryClient;
}

/** The base URL the HTTP stories call; the service worker answers it. */
export const STORY_API_BASE = '/api/v1';

/** The demo team a story starts from. */
export function seedFor(parameters: TeamStoryParameters): TeamSeed {
  const seed = createDemoTeam({ members: parameters.members ?? 24, now: STORY_NOW });
  return parameters.seed ? parameters.seed(seed) : seed;
}

/** A fresh team for one story, on the story clock. */
export function createStoryStore(parameters: TeamStoryParameters): MemoryStore {
  return createMemoryStore(seedFor(parameters), { now: () => STORY_NOW });
}

/** A client acting as `person` on `store`, with a query cache of its own. */
export function createScenario(
  store: MemoryStore,
  person: Person,
  parameters: TeamStoryParameters,
): Scenario {
  const adapter =
    parameters.transport === 'http'
      ? httpAdapterFor(person)
      : memoryAdapterFor(store, person, parameters);

  return {
    store,
    client: createTeamClient({ adapter }),
    queryClient: new QueryClient({
      // A failed load shows its error at once; "Try again" is the retry.
      defaultOptions: { queries: { retry: false, staleTime: 30_000 } },
    }),
  };
}

function memoryAdapterFor(
  store: MemoryStore,
  person: Person,
  parameters: TeamStoryParameters,
): TeamAdapter {
  return createMemoryAdapter({
    store,
    actingAs: DEMO_PEOPLE[person],
    latency: parameters.latency,
    fail: parameters.fail ? failureCounter(parameters.fail) : undefined,
  });
}

function failureCounter(failure: StoryFailure) {
  let left = failure.times ?? Number.POSITIVE_INFINITY;
  return ({ method }: { method: TeamAdapterMethod }) => {
    if (!failure.methods.includes(method) || left <= 0) return undefined;
    left -= 1;
    return new TeamError(failure.code ?? 'network');
  };
}

function httpAdapterFor(person: Person): TeamAdapter {
  return createHttpAdapter({
    baseUrl: new URL(STORY_API_BASE, window.location.origin).toString(),
    // The SDK's MSW handlers take the bearer token as the id of the member signed in.
    getToken: () => DEMO_PEOPLE[person],
    retry: false,
  });
}

/* -------------------------------------------------------------------------------------------------
 * Seeds for the states a designer reviews
 * -----------------------------------------------------------------------------------------------*/

/** Every seat taken: active members plus pending invitations reach the limit. */
export function noSeatsLeft(seed: TeamSeed): TeamSeed {
  const active = seed.members.filter((member) => member.status === 'active').length;
  const pending = (seed.invitations ?? []).filter(
    (invitation) => invitationStatusAt(invitation, STORY_NOW) === 'pending',
  ).length;
  return { ...seed, seatLimit: active + pending };
}

/** A new team: its founder alone, no invitations, no groups. */
export function newTeam(seed: TeamSeed): TeamSeed {
  const founder = seed.members.find((member) => member.id === DEMO_PEOPLE.superAdmin)!;
  return { ...seed, seatLimit: 5, members: [founder], invitations: [], groups: [] };
}

/** The demo team without any group. */
export function withoutGroups(seed: TeamSeed): TeamSeed {
  return { ...seed, groups: [] };
}

/** The demo team with a single super admin left: Arthit is an admin only. */
export function singleSuperAdmin(seed: TeamSeed): TeamSeed {
  return {
    ...seed,
    members: seed.members.map((member) =>
      member.id === DEMO_PEOPLE.secondSuperAdmin
        ? { ...member, superAdmin: false }
        : member,
    ),
  };
}

/** Only the invitations, expired and pending, besides the named people. */
export function invitationsOnly(seed: TeamSeed): TeamSeed {
  const named = new Set<string>(Object.values(DEMO_PEOPLE));
  return { ...seed, members: seed.members.filter((member) => named.has(member.id)) };
}
