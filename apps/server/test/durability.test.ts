import { join } from 'node:path';
import { DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChildServer, spawnServer } from './childServer';
import { temporaryDirectory } from './helpers';
import { devSignIn, type RawAnswer, send } from './rawHttp';

const GROUPS = 80;
const KILL_AFTER = 25;
const IN_FLIGHT = 6;

describe('given a server process killed while it is writing', () => {
  let servers: ChildServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    servers = [];
  });

  it('should keep every change it acknowledged when it starts again on the file', async () => {
    const databasePath = join(temporaryDirectory(), 'fiko.db');
    const first = await spawnServer(databasePath);
    servers.push(first);
    const token = await devSignIn(first.url, DEMO_PEOPLE.superAdmin);

    const invited = await send(first.url, 'POST', '/invitations', {
      token,
      body: { email: 'durable@example.com', role: 'viewer' },
    });
    const promoted = await send(first.url, 'PUT', `/members/${DEMO_PEOPLE.cs}/role`, {
      token,
      body: { role: 'admin' },
    });
    const seats = await send(first.url, 'PUT', '/seats', { token, body: { limit: 90 } });
    expect([invited.status, promoted.status, seats.status]).toEqual([201, 200, 200]);

    // Groups are created a few at a time; the process dies with requests in flight.
    const acknowledged: RawAnswer[] = [];
    let next = 0;
    const worker = async () => {
      while (next < GROUPS) {
        const index = next++;
        const answer = await send(first.url, 'POST', '/groups', {
          token,
          body: { name: `Durable ${index}`, kind: 'custom' },
        }).catch(() => undefined);
        if (answer?.status === 201) acknowledged.push(answer);
        if (acknowledged.length === KILL_AFTER) await first.kill();
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.length).toBeLessThan(GROUPS);

    const second = await spawnServer(databasePath);
    servers.push(second);
    expect(second.output()).not.toContain('Seeded');

    // The session survived too: it was acknowledged like everything else.
    const groups = await send(second.url, 'GET', '/groups', { token });
    const ids = new Set(groups.body.items.map((group: { id: string }) => group.id));
    for (const answer of acknowledged) expect(ids).toContain(answer.body.id);
    const open = await send(second.url, 'GET', '/invitations', { token });
    expect(open.body.items.map((item: { id: string }) => item.id)).toContain(
      invited.body.id,
    );
    const nok = await send(second.url, 'GET', '/members?role=admin&search=nok', {
      token,
    });
    expect(nok.body.items.map((member: { id: string }) => member.id)).toEqual([
      DEMO_PEOPLE.cs,
    ]);
    const seatsAfter = await send(second.url, 'GET', '/seats', { token });
    expect(seatsAfter.body.limit).toBe(90);
  });
});
