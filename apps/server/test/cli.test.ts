import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_DATABASE_PATH, runCli } from '../src/index';
import { temporaryDirectory } from './helpers';
import { devSignIn, send } from './rawHttp';

async function start(
  databasePath: string,
  argv: string[] = [],
  env: Record<string, string | undefined> = { HOST: '127.0.0.1' },
) {
  const lines: string[] = [];
  const started = await runCli(
    argv,
    { PORT: '0', DATABASE_PATH: databasePath, ...env },
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

describe('given no HOST', () => {
  it('should listen on this machine only, and on the interface HOST names', async () => {
    const local = await start(join(temporaryDirectory(), 'fiko.db'), [], {});
    await local.server.close();
    const everywhere = await start(join(temporaryDirectory(), 'fiko.db'), [], {
      HOST: '0.0.0.0',
    });
    await everywhere.server.close();

    expect(local.running.hostname).toBe('127.0.0.1');
    expect(local.lines.at(-1)).toContain('http://127.0.0.1:');
    expect(everywhere.running.hostname).toBe('0.0.0.0');
  });
});

describe('given production', () => {
  const production = { HOST: '127.0.0.1', NODE_ENV: 'production' };

  it('should refuse to start without SMTP_URL, naming it, before touching the database', async () => {
    const databasePath = join(temporaryDirectory(), 'fiko.db');
    writeFileSync(databasePath, 'kept as it was');

    const started = start(databasePath, ['--reset'], production);

    await expect(started).rejects.toThrow(/SMTP_URL/);
    await expect(started).rejects.toThrow(/FIKO_DEV_ROUTES=1/);
    expect(readFileSync(databasePath, 'utf8')).toBe('kept as it was');
  });

  it('should send invitations over SMTP, keep no outbox and serve no development route', async () => {
    const databasePath = join(temporaryDirectory(), 'fiko.db');
    const { server, running } = await start(databasePath, [], {
      ...production,
      SMTP_URL: 'smtp://127.0.0.1:9',
    });
    const session = server.service.sessions.create({
      teamId: 'team_siam',
      memberId: DEMO_PEOPLE.superAdmin,
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const invited = await send(running.url, 'POST', '/invitations', {
      token: session,
      body: { email: 'new@example.com', role: 'cs' },
    });
    const outbox = await send(running.url, 'GET', '/dev/outbox');
    const kept = server.db.prepare('SELECT count(*) FROM outbox').pluck().get();
    await server.close();
    logged.mockRestore();

    expect(invited.status).toBe(201);
    expect(outbox.status).toBe(404);
    expect(kept).toBe(0);
  });

  it('should keep the outbox when FIKO_DEV_ROUTES=1 asks for the development routes', async () => {
    const databasePath = join(temporaryDirectory(), 'fiko.db');
    const { server, running } = await start(databasePath, [], {
      ...production,
      FIKO_DEV_ROUTES: '1',
    });
    const token = await devSignIn(running.url, DEMO_PEOPLE.superAdmin);

    await send(running.url, 'POST', '/invitations', {
      token,
      body: { email: 'new@example.com', role: 'cs' },
    });
    const outbox = await send(running.url, 'GET', '/dev/outbox');
    await server.close();

    expect(outbox.body.items[0].to).toBe('new@example.com');
  });
});
