import { createTeamClient, TeamError } from '@fiko/team-sdk';
import { createHttpAdapter } from '@fiko/team-sdk/http';
import type { OutboxEmail } from '@fiko/team-sdk/memory';
import type { ConsoleBackend, Person, Session } from './consoleBackend';

/** Where the reference server's API is, relative to the console (Vite proxies `/api`). */
export const API_BASE_URL = '/api/v1';

async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE_URL}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...init.headers },
    });
  } catch (cause) {
    throw new TeamError('network', undefined, { cause });
  }
  const body = await bodyOf(response);
  if (!response.ok) throw errorFrom(response.status, body);
  return body as T;
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

function errorFrom(status: number, body: unknown): TeamError {
  const error = (body as { error?: unknown } | null)?.error;
  if (error) return TeamError.from(error);
  // The development proxy answers 5xx without a body when the server is down.
  return new TeamError(status >= 500 ? 'network' : 'unknown', undefined, { cause: body });
}

/** The reference server, through its development sign-in and outbox routes. */
export function createServerBackend(): ConsoleBackend {
  const publicClient = createTeamClient({
    adapter: createHttpAdapter({ baseUrl: API_BASE_URL, getToken: () => undefined }),
  });

  return {
    kind: 'server',

    async listPeople() {
      const { items } = await requestJson<{ items: Person[] }>('/dev/people');
      return items;
    },

    async signIn(memberId) {
      const { token } = await requestJson<{ token: string }>('/dev/sign-in', {
        method: 'POST',
        body: JSON.stringify({ memberId }),
      });
      return { memberId, token };
    },

    async signOut(session) {
      // The session ends here whatever the server says: it may already be gone.
      await requestJson('/sign-out', {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}` },
      }).catch(() => undefined);
    },

    clientFor(session: Session) {
      return createTeamClient({
        adapter: createHttpAdapter({
          baseUrl: API_BASE_URL,
          getToken: () => session.token,
        }),
      });
    },

    publicClient: () => publicClient,

    async listOutbox() {
      const { items } = await requestJson<{ items: OutboxEmail[] }>('/dev/outbox');
      return items;
    },
  };
}
