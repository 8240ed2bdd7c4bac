import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConformanceSuite } from '@fiko/team-sdk/conformance';
import { createHttpAdapter } from '@fiko/team-sdk/http';
import { afterAll, expect, it } from 'vitest';
import { createServer, seedTeam } from '../src/index';
import { freshDatabasePath } from './helpers';
import { checkedResponses, validateResponse } from './openapi';

const directory = mkdtempSync(join(tmpdir(), 'fiko-conformance-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A fetch that checks every answer against the OpenAPI document before the adapter reads it. */
async function validatingFetch(input: Request | URL | string, init?: RequestInit) {
  const request = new Request(input, init);
  const response = await fetch(request);
  const text = await response.clone().text();
  validateResponse(
    request.method,
    new URL(request.url).pathname.replace(/^\/api\/v1/, ''),
    {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
    },
  );
  return response;
}

runConformanceSuite({
  name: 'reference server over HTTP',
  async createBackend(seed) {
    let offset = 0;
    const server = createServer({
      databasePath: freshDatabasePath(directory),
      now: () => new Date(Date.now() + offset),
      devRoutes: true,
      rateLimit: false,
    });
    seedTeam(server.db, seed);
    const running = await server.listen(0, '127.0.0.1');
    const adapter = (token?: string) =>
      createHttpAdapter({
        baseUrl: running.url,
        getToken: () => token ?? null,
        retry: false,
        fetch: validatingFetch,
      });

    return {
      adapterFor: (memberId) =>
        adapter(server.service.sessions.create({ teamId: seed.team.id, memberId })),
      publicAdapter: () => adapter(),
      async outbox() {
        return server.db
          .prepare('SELECT invitation_id, to_address, token FROM outbox ORDER BY seq')
          .all()
          .map((row) => {
            const { invitation_id, to_address, token } = row as Record<string, string>;
            return { invitationId: invitation_id!, to: to_address!, token: token! };
          });
      },
      advanceClock(ms) {
        offset += ms;
      },
      dispose: () => server.close(),
    };
  },
});

it('should have checked every answer of the suite against the OpenAPI document', () => {
  expect(checkedResponses.count).toBeGreaterThan(100);
});
