import { join, resolve } from 'node:path';
import { DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_PATH, runCli } from '../src/index';
import { temporaryDirectory } from './helpers';
import { devSignIn, send } from './rawHttp';

async function start(databasePath: string, argv: string[] = []) {
  const lines: string[] = [];
  const started = await runCli(
    argv,
    { PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: databasePath },
    (line) => lines.push(line),
  );
  return { ...started, lines };
}

describe('given the command line', () => {
  it('should default to apps/server/.data/fiko.db, wherever it runs from', () => {
    expect(DEFAULT_DATABASE_PATH).toBe(resolve(__dirname, '../.data/fiko.db'));
  });

  it('should seed on first start, keep data on the next, and start over with --reset', async () => {
    const databasePath = join(temporaryDirectory(), 'fiko.db');

    const first = await start(databasePath);
    const token = await devSignIn(first.running.url, DEMO_PEOPLE.superAdmin);
    const created = await send(first.running.url, 'POST', '/groups', {
      token,
      body: { name: 'Kept', kind: 'custom' },
    });
    await first.server.close();
    const second = await start(databasePath);
    const kept = await send(second.running.url, 'GET', '/groups', { token });
    await second.server.close();
    const third = await start(databasePath, ['--reset']);
    const fresh = await devSignIn(third.running.url, DEMO_PEOPLE.superAdmin);
    const reset = await send(third.running.url, 'GET', '/groups', { token: fresh });
    const old = await send(third.running.url, 'GET', '/me', { token });
    await third.server.close();

    expect(first.lines[0]).toContain('Seeded');
    expect(second.lines.join('\n')).not.toContain('Seeded');
    expect(kept.body.items.map((group: { id: string }) => group.id)).toContain(
      created.body.id,
    );
    expect(third.lines[0]).toContain('Seeded');
    expect(reset.body.items.map((group: { name: string }) => group.name)).not.toContain(
      'Kept',
    );
    expect(old.status).toBe(401);
  });
});
