import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, seedDemoTeams } from '@fiko/server';
import { DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import { getRequestListener } from '@hono/node-server';
import type { RequestRecord } from '../page/requests';
import { launchChromium } from '../shared/chromium';
import { benchPage } from '../shared/page';
import { startPageServer } from '../shared/pageServer';
import type { Row, SectionResult } from '../shared/report';

const SECTION = '3 Requests';

/**
 * The longest chain of requests where each starts only after another has
 * answered: 1 when everything goes out at once.
 */
export function dependencyDepth(records: readonly RequestRecord[]): number {
  const sorted = [...records].sort((a, b) => a.start - b.start);
  const depths: number[] = [];
  sorted.forEach((record, index) => {
    let depth = 1;
    for (let before = 0; before < index; before++) {
      if (sorted[before]!.end <= record.start)
        depth = Math.max(depth, depths[before]! + 1);
    }
    depths.push(depth);
  });
  return Math.max(0, ...depths);
}

/** `GET /members?…` without the query string: the resource a request reads. */
const resourceOf = (record: RequestRecord) => record.path.split('?')[0]!;

function describe(records: readonly RequestRecord[]): string {
  return records
    .map(
      (record) =>
        `${record.method} ${record.path}${record.status >= 400 ? ` → ${record.status}` : ''}`,
    )
    .join(', ');
}

function initialLoadRow(records: RequestRecord[], serverCount: number): Row {
  const depth = dependencyDepth(records);
  return {
    section: SECTION,
    name: 'initial load of TeamPage: requests, dependency depth',
    value: `${records.length} requests, depth ${depth}`,
    raw: records.length,
    unit: 'requests',
    budget: 'depth 1 (parallel)',
    pass: depth === 1 && records.every((record) => record.status < 400),
    compare: `${describe(records)}; server saw ${serverCount}`,
  };
}

function flowRow(name: string, records: RequestRecord[], serverCount: number): Row {
  const writes = records.filter((record) => record.method !== 'GET');
  const reads = records.filter((record) => record.method === 'GET');
  const resources = reads.map(resourceOf);
  const repeated = resources.filter((path, index) => resources.indexOf(path) !== index);
  const failed = records.filter((record) => record.status >= 400);
  return {
    section: SECTION,
    name: `mutation: ${name}`,
    value: `${records.length} = ${writes.length} write + ${reads.length} refetch`,
    raw: records.length,
    unit: 'requests',
    budget: '1 write + ≤ 1 refetch per changed resource',
    pass: writes.length === 1 && repeated.length === 0 && failed.length === 0,
    compare: `${describe(records)}${serverCount !== records.length ? `; server saw ${serverCount}` : ''}`,
  };
}

async function signIn(fetchApi: (request: Request) => Response | Promise<Response>) {
  const response = await fetchApi(
    new Request('http://bench.local/api/v1/dev/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ memberId: DEMO_PEOPLE.superAdmin }),
    }),
  );
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Measurement 3: requests per action of TeamPage over the HTTP adapter. */
export async function measureRequests(): Promise<SectionResult> {
  const directory = mkdtempSync(join(tmpdir(), 'fiko-bench-requests-'));
  const server = createServer({
    databasePath: join(directory, 'fiko.db'),
    devRoutes: true,
    rateLimit: false,
  });
  seedDemoTeams(server.db);
  const token = await signIn(server.app.fetch);
  let serverCount = 0;
  const countingApp = (request: Request) => {
    serverCount++;
    return server.app.fetch(request);
  };
  const pages = await startPageServer(await benchPage(), getRequestListener(countingApp));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => console.error(`[bench page] ${error.message}`));
    await page.goto(pages.url);
    await page.waitForFunction(() => 'bench' in window);
    serverCount = 0;
    const initial = await page.evaluate(
      (session) => window.bench.mountHttp(session),
      token,
    );
    const rows = [initialLoadRow(initial, serverCount)];
    for (const flow of await page.evaluate(() => window.bench.flows())) {
      await page.evaluate((name) => window.bench.prepareFlow(name), flow);
      const before = serverCount;
      const records = await page.evaluate((name) => window.bench.runFlow(name), flow);
      rows.push(flowRow(flow, records, serverCount - before));
    }
    return {
      rows,
      notes: [
        'Requests: TeamPage on the HTTP adapter against the reference server (createServer on a temporary SQLite file, demo team, signed in as a super admin), ' +
          'page and API on one origin; counted by a counting fetch given to createHttpAdapter and cross-checked on the server. ' +
          'Mutations go through the kit’s hooks (useInviteMember, useChangeRole, …) and are counted until no request has been in flight for 400 ms; ' +
          'depth = the longest chain of requests that each started after another had answered.',
      ],
    };
  } finally {
    await browser.close();
    await pages.close();
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
