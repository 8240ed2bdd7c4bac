import { type ChildProcess, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { ms, type Row, type SectionResult } from '../shared/report';
import type { ChildReady } from './child';

const HERE = dirname(fileURLToPath(import.meta.url));
const SECTION = '4 Server';
const MEMBERS = 100_000;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 5);
const SEARCH = 'kim';

const REPO = join(HERE, '../../..');

/**
 * Where a seeded database is kept between runs, named by a hash of the code
 * that shapes it (the server's schema and seeding, the demo team generator),
 * so that a change to either seeds afresh. BENCH_FRESH_SEED=1 always seeds.
 */
function seedCachePath(): string | undefined {
  if (process.env.BENCH_FRESH_SEED === '1') return undefined;
  const hash = createHash('sha256').update(String(MEMBERS));
  const dbSources = join(REPO, 'apps/server/src/db');
  const files = [
    ...readdirSync(dbSources).map((name) => join(dbSources, name)),
    join(REPO, 'packages/team-sdk/src/memory/demoTeam.ts'),
  ];
  for (const file of files.sort()) hash.update(readFileSync(file));
  return join(HERE, '../../results/cache', `team-${hash.digest('hex').slice(0, 16)}.db`);
}

interface Started {
  child: ChildProcess;
  ready: ChildReady;
}

function startChild(databasePath: string): Promise<Started> {
  const child = fork(join(HERE, 'child.ts'), {
    cwd: join(HERE, '../..'),
    execArgv: ['--import', 'tsx', '--conditions=fiko:source'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_DATABASE: databasePath,
      BENCH_MEMBERS: String(MEMBERS),
      BENCH_SEED_CACHE: seedCachePath() ?? '',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (ready) => resolve({ child, ready: ready as ChildReady }));
    child.once('exit', (code) => reject(new Error(`The server exited with ${code}`)));
  });
}

/** Resident and peak resident memory of a process, in MB, from /proc. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

interface Scenario {
  /** Path of a single repeated request. */
  path?: string;
  method?: autocannon.Options['method'];
  /** A sequence of requests each connection sends in turn. */
  requests?: autocannon.Request[];
}

interface CycleContext {
  invitation?: { id: string; version: number };
}

function run(
  ready: ChildReady,
  scenario: Scenario,
  seconds: number,
  connections = CONNECTIONS,
) {
  const origin = new URL(ready.url).origin;
  const { path, ...rest } = scenario;
  return autocannon({
    url: `${origin}${path ?? ''}`,
    connections,
    duration: seconds,
    headers: {
      authorization: `Bearer ${ready.token}`,
      'content-type': 'application/json',
    },
    ...rest,
  });
}

let sequence = 0;

/** Invite a new address, then cancel that invitation, on each connection in turn. */
const inviteAndCancel: Scenario = {
  requests: [
    {
      method: 'POST',
      path: '/api/v1/invitations',
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          email: `load.${Date.now()}.${sequence++}@example.com`,
          role: 'cs',
        }),
      }),
      onResponse: (_status, body, context) => {
        (context as CycleContext).invitation = JSON.parse(body);
      },
    },
    {
      method: 'POST',
      setupRequest: (request, context) => {
        const invitation = (context as CycleContext).invitation!;
        return {
          ...request,
          path: `/api/v1/invitations/${invitation.id}/cancel`,
          body: JSON.stringify({ version: invitation.version }),
        };
      },
    },
  ],
};

function scenarioRow(
  name: string,
  result: autocannon.Result,
  perCycle = 1,
  serial?: autocannon.Result,
): Row {
  const failures = result.errors + result.timeouts + result.non2xx;
  const perSecond = result.requests.average / perCycle;
  return {
    section: SECTION,
    name: `${name}: p50 / p99 latency`,
    value: `${ms(result.latency.p50)} / ${ms(result.latency.p99)}`,
    raw: result.latency.p99,
    unit: 'ms',
    compare:
      `${Math.round(perSecond).toLocaleString('en')} ${perCycle > 1 ? 'cycles' : 'requests'}/s` +
      `${perCycle > 1 ? ` (${Math.round(result.requests.average).toLocaleString('en')} requests/s)` : ''}` +
      `, ${result.requests.total.toLocaleString('en')} requests${failures ? `, ${failures} failed` : ''}` +
      (serial
        ? `; one connection alone: p50 ${ms(serial.latency.p50)}, ${Math.round(serial.requests.average)} requests/s`
        : ''),
  };
}

function seedingText(ready: ChildReady): string {
  if (ready.fromCache) return 'team copied from a file seeded by an earlier run';
  return `seeding ${MEMBERS.toLocaleString('en')} members with seedTeam took ${(ready.seedMs / 1000).toFixed(1)} s`;
}

/** Measurement 4: the reference server on 100,000 members under autocannon. */
export async function measureServer(): Promise<SectionResult> {
  const directory = mkdtempSync(join(tmpdir(), 'fiko-bench-server-'));
  const { child, ready } = await startChild(join(directory, 'fiko.db'));
  try {
    const idle = memoryOf(child.pid!);
    const page: Scenario = { method: 'GET', path: '/api/v1/members?limit=50&sort=name' };
    const search: Scenario = {
      method: 'GET',
      path: `/api/v1/members?limit=50&sort=name&search=${SEARCH}`,
    };
    // A short warm-up: the first requests fill SQLite's page cache and the JIT.
    await run(ready, page, 1);
    // One connection shows the service time without queueing behind the others.
    const pageSerial = await run(ready, page, 2, 1);
    const pageResult = await run(ready, page, SECONDS);
    const searchResult = await run(ready, search, SECONDS);
    const cycleResult = await run(ready, inviteAndCancel, SECONDS);
    const loaded = memoryOf(child.pid!);
    return {
      rows: [
        scenarioRow('page of 50 (by name)', pageResult, 1, pageSerial),
        scenarioRow(`page of 50, search "${SEARCH}"`, searchResult),
        scenarioRow('invite + cancel cycle', cycleResult, 2),
        {
          section: SECTION,
          name: 'resident memory (VmRSS): idle after seeding / after the load',
          value: `${idle.rss.toFixed(0)} MB / ${loaded.rss.toFixed(0)} MB`,
          raw: loaded.rss,
          unit: 'MB',
          compare: `peak ${loaded.peak.toFixed(0)} MB (VmHWM); ${seedingText(ready)}`,
        },
      ],
      notes: [
        `Server: createServer in a child process (NODE_ENV=production, tsx), SQLite file in a temporary folder, team of ${MEMBERS.toLocaleString('en')} members from createDemoTeam loaded with seedTeam; ` +
          `autocannon 9 on 127.0.0.1 in the parent, ${CONNECTIONS} connections, ${SECONDS} s per scenario after a 1 s warm-up, signed in as a super admin; the invite + cancel cycle is two requests per connection in turn, rate limit off.`,
      ],
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(directory, { recursive: true, force: true });
  }
}
