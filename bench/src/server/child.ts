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

async function main(): Promise<void> {
  const members = Number(process.env.BENCH_MEMBERS ?? 100_000);
  const server = createServer({
    databasePath: process.env.BENCH_DATABASE!,
    devRoutes: true,
    // The invite + cancel cycle sends thousands of invitations a second.
    rateLimit: false,
  });
  const started = performance.now();
  seedTeam(
    server.db,
    createDemoTeam({ members, seatLimit: members * 10, teamName: 'Large Team' }),
  );
  const seedMs = performance.now() - started;
  const running = await server.listen(0, '127.0.0.1');
  const ready: ChildReady = { url: running.url, token: await signIn(server.app), seedMs };
  process.send?.(ready);
  process.once('SIGTERM', () => {
    void server.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error('[bench server] could not start:', error);
  process.exit(1);
});
