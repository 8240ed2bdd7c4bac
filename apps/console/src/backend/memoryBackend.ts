import { createTeamClient, type TeamClient } from '@fiko/team-sdk';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
} from '@fiko/team-sdk/memory';
import type { ConsoleBackend, Session } from './consoleBackend';

// Public routes of the memory adapter act as nobody in particular.
const NOBODY = 'public';

/**
 * The demo team held inside the page: no server, every rule still enforced.
 * It lives as long as the page; a reload starts a fresh team.
 */
export function createMemoryBackend(): ConsoleBackend {
  const seed = createDemoTeam();
  const store = createMemoryStore(seed, {
    acceptUrl: (token) => `${window.location.origin}/join?token=${token}`,
  });
  const clients = new Map<string, TeamClient>();

  function clientActingAs(memberId: string) {
    let client = clients.get(memberId);
    if (!client) {
      client = createTeamClient({
        adapter: createMemoryAdapter({ store, actingAs: memberId }),
      });
      clients.set(memberId, client);
    }
    return client;
  }

  return {
    kind: 'memory',

    async listPeople() {
      return store.members.map(({ id, name, email, role, superAdmin, status }) => ({
        id,
        name,
        email,
        role,
        superAdmin,
        status,
        teamId: seed.team.id,
        teamName: seed.team.name,
      }));
    },

    async signIn(memberId): Promise<Session> {
      return { memberId, token: memberId };
    },

    async signOut() {},

    clientFor: (session) => clientActingAs(session.memberId),
    publicClient: () => clientActingAs(NOBODY),

    async listOutbox() {
      return store.outbox.reverse();
    },

    watchOutbox: (listener) => store.subscribe(listener),
  };
}
