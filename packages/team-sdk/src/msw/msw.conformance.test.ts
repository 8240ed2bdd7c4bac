import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { runConformanceSuite } from '../conformance';
import { devRoutes } from '../contract/devRoutes';
import { createHttpAdapter } from '../http';
import { createMemoryStore } from '../memory';
import { createTeamHandlers } from './teamHandlers';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let backends = 0;

/** Reads the outbox over HTTP, as a backend author would from a real server. */
async function outboxOf(baseUrl: string) {
  const response = await fetch(`${baseUrl}${devRoutes.outbox.path}`);
  const { items } = devRoutes.outbox.response.parse(await response.json());
  return items.reverse();
}

runConformanceSuite({
  name: 'HTTP adapter over the MSW handlers',
  async createBackend(seed) {
    let offset = 0;
    const store = createMemoryStore(seed, { now: () => new Date(Date.now() + offset) });
    // A host of its own per backend: a leftover request can never reach another scenario's team.
    const baseUrl = `http://team-${++backends}.test/api/v1`;
    server.use(...createTeamHandlers({ store, baseUrl }));
    const adapter = (token?: string) =>
      createHttpAdapter({ baseUrl, getToken: () => token ?? null, retry: false });

    return {
      adapterFor: (memberId) => adapter(memberId),
      publicAdapter: () => adapter(),
      outbox: () => outboxOf(baseUrl),
      advanceClock(ms) {
        offset += ms;
      },
      dispose: () => server.resetHandlers(),
    };
  },
});
