import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createServer, seedTeam } from '@fiko/server';
import { createDemoTeam, DEMO_PEOPLE } from '@fiko/team-sdk/memory';

/*
 * The reference server on a team of BENCH_MEMBERS members, in a process of
 * its own so that its resident memory can be read and the load generator
 * does not share its event loop. Tells its parent the URL and a session.
 */

export interface ChildReady {
  url: string;
  token: string;
  seedMs: number;
  /** The team came from a file seeded by an earlier run with the same seeding code. */
  fromCache: boolean;
}

async function signIn(app: ReturnType<typeof createServer>['app']): Promise<string> {
  const response = await app.fetch(
    new Request('http://bench.local/api/v1/dev/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ memberId: DEMO_PEOPLE.superAdmin }),
    }),
  );
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/**
 * Seeds the team, or copies the file an earlier run seeded: seeding 100,000
 * members through every index takes longer than the measurements.
 */
function prepareDatabase(databasePath: string, cachePath: string | undefined) {
  if (cachePath && existsSync(cachePath)) {
    copyFileSync(cachePath, databasePath);
    return { server: openServer(databasePath), seedMs: 0, fromCache: true };
  }
  const members = Number(process.env.BENCH_MEMBERS ?? 100_000);
  const server = openServer(databasePath);
  const started = performance.now();
  seedTeam(
    server.db,
    createDemoTeam({ members, seatLimit: members * 10, teamName: 'Large Team' }),
  );
  const seedMs = performance.now() - started;
  if (cachePath) {
    server.db.pragma('wal_checkpoint(TRUNCATE)');
    mkdirSync(dirname(cachePath), { recursive: true });
    copyFileSync(databasePath, cachePath);
  }
  return { server, seedMs, fromCache: false };
}

function openServer(databasePath: string) {
  return createServer({
    databasePath,
    devRoutes: true,
    // The invite + cancel cycle sends thousands of invitations a second.
    rateLimit: false,
  });
}

async function main(): Promise<void> {
  const { server, seedMs, fromCache } = prepareDatabase(
    process.env.BENCH_DATABASE!,
    process.env.BENCH_SEED_CACHE,
  );
  const running = await server.listen(0, '127.0.0.1');
  const ready: ChildReady = {
    url: running.url,
    token: await signIn(server.app),
    seedMs,
    fromCache,
  };
  process.send?.(ready);
  process.once('SIGTERM', () => {
    void server.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error('[bench server] could not start:', error);
  process.exit(1);
});
