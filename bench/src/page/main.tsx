import '@fiko/team-ui/styles.css';
import { createTeamClient, type Member, type TeamClient } from '@fiko/team-sdk';
import { createHttpAdapter } from '@fiko/team-sdk/http';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
  DEMO_PEOPLE,
} from '@fiko/team-sdk/memory';
import { TeamPage, TeamProvider } from '@fiko/team-ui';
import { createRoot, type Root } from 'react-dom/client';
import { timedAdapter } from './adapterClock';
import { NaiveTable } from './NaiveTable';
import {
  type ScrollResult,
  scrollWholeList,
  type TableProbe,
  type Timed,
  timeKeystrokes,
  timeToFirstRows,
} from './probes';
import {
  createCountingFetch,
  FLOWS,
  MutationBridge,
  type MutationHooks,
  type RequestRecord,
} from './requests';

/*
 * The page the browser measurements drive through `window.bench`: the kit's
 * TeamPage and a naive table on the memory adapter, and TeamPage on the HTTP
 * adapter with a counting fetch.
 */

export type TableKind = 'kit' | 'naive';

const container = document.getElementById('root')!;
const query = <T extends Element>(selector: string) => {
  const element = container.querySelector<T>(selector);
  if (!element) throw new Error(`Nothing matches ${selector}`);
  return element;
};

const PROBES: Record<TableKind, TableProbe> = {
  kit: {
    root: () => container,
    rows: () => container.querySelectorAll('tbody tr[data-slot="row"]'),
    search: () => query<HTMLInputElement>('input[data-slot="search-input"]'),
    scroller: () => query<HTMLElement>('[data-slot="table-scroll"]'),
    busy: () =>
      container.querySelector('table[data-slot="table"]')?.getAttribute('aria-busy') ===
      'true',
    empty: () => container.querySelector('[data-slot="empty-row"]') !== null,
    moreToLoad: () => container.querySelector('[data-slot="loader-row"]') !== null,
  },
  naive: {
    root: () => container,
    rows: () => container.querySelectorAll('tr[data-bench="row"]'),
    search: () => query<HTMLInputElement>('input[data-bench="search"]'),
    scroller: () => query<HTMLElement>('[data-bench="scroll"]'),
    busy: () => false,
    empty: () => true,
    moreToLoad: () => false,
  },
};

let root: Root | undefined;
let memory: { client: TeamClient; members: Member[] } | undefined;

/**
 * Builds the team and warms the memory store's sorted order, as a backend's
 * index would be; returns how long that first, cold query took.
 */
async function prepare(members: number): Promise<number> {
  const store = createMemoryStore(createDemoTeam({ members, seatLimit: members + 100 }));
  const adapter = timedAdapter(
    createMemoryAdapter({ store, actingAs: DEMO_PEOPLE.superAdmin }),
  );
  const client = createTeamClient({ adapter });
  const started = performance.now();
  await client.listMembers({ limit: 100, sort: 'name' });
  const coldQueryMs = performance.now() - started;
  const sorted = [...store.members].sort((a, b) => a.name.localeCompare(b.name));
  memory = { client, members: sorted };
  return coldQueryMs;
}

function mount(kind: TableKind): Promise<Timed | undefined> {
  if (!memory) throw new Error('Call prepare(members) first');
  const { client, members } = memory;
  root?.unmount();
  root = createRoot(container);
  const mounted = root;
  return timeToFirstRows(PROBES[kind], () =>
    mounted.render(
      kind === 'kit' ? (
        <TeamProvider client={client} live={false}>
          <TeamPage />
        </TeamProvider>
      ) : (
        <NaiveTable members={members} />
      ),
    ),
  );
}

const counting = createCountingFetch();
let http: { client: TeamClient; hooks?: MutationHooks } | undefined;
const flowState = {};

/** Mounts TeamPage on the HTTP adapter; returns the requests until it settled. */
async function mountHttp(token: string): Promise<RequestRecord[]> {
  const adapter = createHttpAdapter({
    baseUrl: `${location.origin}/api/v1`,
    getToken: () => token,
    fetch: counting.fetch,
  });
  const client = createTeamClient({ adapter });
  http = { client };
  const connected = http;
  counting.take();
  root?.unmount();
  root = createRoot(container);
  const mounted = root;
  await timeToFirstRows(PROBES.kit, () =>
    mounted.render(
      <TeamProvider client={client}>
        <TeamPage />
        <MutationBridge
          onHooks={(hooks) => {
            connected.hooks = hooks;
          }}
        />
      </TeamProvider>,
    ),
  );
  await counting.settle();
  return counting.take();
}

let prepared: unknown;

/** Fetches what a mutation flow needs, before its requests are counted. */
async function prepareFlow(name: string): Promise<void> {
  const flow = FLOWS.find((item) => item.name === name);
  if (!flow || !http) throw new Error(`Cannot prepare flow ${name}`);
  prepared = await flow.prepare?.(http.client, flowState);
  await counting.settle();
  counting.take();
}

/** Runs one mutation flow through the kit's hooks; returns the requests it caused. */
async function runFlow(name: string): Promise<RequestRecord[]> {
  const flow = FLOWS.find((item) => item.name === name);
  if (!flow || !http?.hooks) throw new Error(`Cannot run flow ${name}`);
  await flow.run(http.hooks, flowState, prepared);
  await counting.settle();
  return counting.take();
}

const bench = {
  prepare,
  mount,
  keystrokes: (kind: TableKind, values: string[]) => timeKeystrokes(PROBES[kind], values),
  scroll: (kind: TableKind, stepPx: number): Promise<ScrollResult> =>
    scrollWholeList(PROBES[kind], stepPx),
  mountHttp,
  flows: () => FLOWS.map((flow) => flow.name),
  prepareFlow,
  runFlow,
};

export type BenchApi = typeof bench;

declare global {
  interface Window {
    bench: BenchApi;
  }
}

window.bench = bench;
