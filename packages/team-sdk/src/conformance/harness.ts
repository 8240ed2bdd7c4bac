import { afterEach, beforeEach } from 'vitest';
import type { TeamAdapter } from '../adapter';
import { createTeamClient, type TeamClient } from '../client';
import type { TeamSeed } from '../memory/memoryStore';
import type { Group, Invitation, Member, Seats, Tombstone } from '../schemas';
import { CONFORMANCE_PEOPLE, conformanceSeed } from './conformanceSeed';

/** A backend under test: what `ConformanceOptions.createBackend` returns. */
export interface ConformanceBackend {
  /** An adapter acting as this member of the seeded team (for HTTP: signed in as them). */
  adapterFor(memberId: string): TeamAdapter | Promise<TeamAdapter>;
  /** An adapter with no session, for the public invitation routes (preview, accept). */
  publicAdapter(): TeamAdapter | Promise<TeamAdapter>;
  /** Invitation emails sent so far, oldest first, with the token each link carries. */
  outbox():
    | Array<{ invitationId: string; to: string; token: string }>
    | Promise<Array<{ invitationId: string; to: string; token: string }>>;
  /** Moves the backend's clock forward, for invitation expiry. */
  advanceClock(ms: number): Promise<void> | void;
  dispose?(): Promise<void> | void;
}

export interface ConformanceOptions {
  /** Names the suite in the test report, e.g. `memory adapter`. */
  name: string;
  /** A fresh backend holding exactly `seed` (a TeamSeed from the memory module), per scenario. */
  createBackend(seed: TeamSeed): Promise<ConformanceBackend>;
}

/** The whole visible state of a team, read through the client. */
export interface TeamSnapshot {
  members: Member[];
  invitations: Invitation[];
  seats: Seats;
  groups: Group[];
  tombstones: Tombstone[];
}

/** One scenario's backend, and clients acting on it. */
export interface Scenario {
  backend: ConformanceBackend;
  /** A client acting as a member. */
  as(memberId: string): Promise<TeamClient>;
  /** A client with no session, for the join page. */
  anonymous(): Promise<TeamClient>;
  /** The token of the newest email sent to an address. */
  tokenFor(email: string): Promise<string>;
  /** Everything the owner can see, for "nothing changed" checks. */
  snapshot(): Promise<TeamSnapshot>;
}

export interface Harness {
  /** A fresh backend holding `seed`, disposed after the scenario. */
  start(seed?: TeamSeed): Promise<Scenario>;
}

/** Registers the per-scenario lifecycle: every backend started is disposed after its test. */
export function createHarness(options: ConformanceOptions): Harness {
  let started: ConformanceBackend[] = [];

  beforeEach(() => {
    started = [];
  });

  afterEach(async () => {
    const backends = started;
    started = [];
    await Promise.all(backends.map((backend) => backend.dispose?.()));
  });

  async function start(seed: TeamSeed = conformanceSeed()): Promise<Scenario> {
    const backend = await options.createBackend(seed);
    started.push(backend);
    return scenarioOf(backend);
  }

  return { start };
}

function scenarioOf(backend: ConformanceBackend): Scenario {
  const as = async (memberId: string) =>
    createTeamClient({ adapter: await backend.adapterFor(memberId) });

  return {
    backend,
    as,
    anonymous: async () => createTeamClient({ adapter: await backend.publicAdapter() }),
    async tokenFor(email) {
      const emails = await backend.outbox();
      const mail = emails.filter((sent) => sent.to === email).at(-1);
      if (!mail) throw new Error(`No invitation email was sent to ${email}.`);
      return mail.token;
    },
    async snapshot() {
      return snapshotOf(await as(CONFORMANCE_PEOPLE.owner));
    },
  };
}

/** Everything a member can read, in a stable order. */
export async function snapshotOf(client: TeamClient): Promise<TeamSnapshot> {
  const [page, invitations, seats, groups, tombstones] = await Promise.all([
    client.listMembers({ limit: 200, sort: 'joinedAt' }),
    client.listInvitations(),
    client.getSeats(),
    client.listGroups(),
    client.listTombstones(),
  ]);
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));

  return {
    members: byId(page.items).map((member) => ({
      ...member,
      groupIds: [...member.groupIds].sort(),
    })),
    invitations: byId(invitations),
    seats,
    groups: byId(groups).map((group) => ({
      ...group,
      memberIds: [...group.memberIds].sort(),
    })),
    tombstones: byId(tombstones),
  };
}
