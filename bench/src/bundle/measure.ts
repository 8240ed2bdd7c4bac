import { budgeted, kb, type Row, ratio, type SectionResult } from '../shared/report';
import { buildHost, type HostBuild, type KitSource } from './build';
import { packageOf, shortPath } from './packageOf';
import { UNMAPPED } from './sourceMap';

/** Gzipped JavaScript of the vendors' member management, as issue 7 quotes it (KB). */
const VENDORS = [
  { name: 'WorkOS UsersManagement', js: 102, css: 88 },
  { name: 'Descope', js: 114, css: 0 },
  { name: 'Stytch admin portal', js: 169, css: 0 },
  { name: 'Clerk organization profile', js: 387, css: 0 },
] as const;

export const BUNDLE_BUDGETS = { teamPage: 55_000, stylesheet: 6_000, sdk: 15_000 };

/** What a host ships already, so it is not counted against the kit. */
const HOST_PACKAGES = new Set(['react', 'react-dom', 'scheduler', '(host entry)']);
const QUERY = ['@tanstack/react-query', '@tanstack/query-core'];
const SECTION = '1 Bundle';

interface Added {
  min: number;
  gzip: number;
}

function added(withKit: HostBuild, without: HostBuild): Added {
  return {
    min: withKit.jsBytes - without.jsBytes,
    gzip: withKit.jsGzip - without.jsGzip,
  };
}

interface Contributor {
  name: string;
  min: number;
}

/** Minified bytes per package (and per file), leaving out what the host ships. */
function contributors(build: HostBuild, byFile: boolean): Contributor[] {
  const totals = new Map<string, number>();
  for (const [source, bytes] of build.sources) {
    const pkg = source === UNMAPPED ? '(bundler glue)' : packageOf(source);
    if (HOST_PACKAGES.has(pkg)) continue;
    const key = byFile && source !== UNMAPPED ? shortPath(source) : pkg;
    totals.set(key, (totals.get(key) ?? 0) + bytes);
  }
  return [...totals].map(([name, min]) => ({ name, min })).sort((a, b) => b.min - a.min);
}

function contributorRows(
  label: string,
  list: Contributor[],
  addedBytes: Added,
  count: number,
): Row[] {
  const totalMin = list.reduce((sum, item) => sum + item.min, 0);
  return list.slice(0, count).map((item) => {
    const share = item.min / totalMin;
    return {
      section: SECTION,
      name: `  ${label} ${item.name}`,
      value: `${kb(item.min)} min`,
      raw: item.min,
      unit: 'B',
      compare: `${(share * 100).toFixed(1)}% ≈ ${kb(share * addedBytes.gzip)} gz`,
    };
  });
}

function vendorComparison(js: number, css: number): string {
  const ours = js / 1000;
  const workos = VENDORS[0];
  const parts = VENDORS.map(
    (vendor) => `${vendor.name.split(' ')[0]} ${ratio(vendor.js / ours)}`,
  );
  const total = (workos.js + workos.css) / ((js + css) / 1000);
  return `vendors ÷ ours (JS): ${parts.join(', ')}; WorkOS JS+CSS ${ratio(total)}`;
}

/** Measurement 1: what the kit adds to a Vite production build of a host. */
export async function measureBundles(from: KitSource): Promise<SectionResult> {
  const [
    reactHost,
    teamHost,
    ownAdapterHost,
    reactNoQuery,
    teamNoQuery,
    emptyHost,
    sdkHost,
    stylesHost,
  ] = await [
    { entry: 'react-host.tsx' },
    { entry: 'team-page-host.tsx' },
    { entry: 'team-page-own-adapter-host.tsx' },
    { entry: 'react-host.tsx', external: QUERY },
    { entry: 'team-page-host.tsx', external: QUERY },
    { entry: 'empty-host.ts' },
    { entry: 'sdk-host.ts' },
    { entry: 'styles-host.ts' },
  ].reduce<Promise<HostBuild[]>>(
    // One build at a time: the machine has two cores and other work on it.
    async (done, host) => [...(await done), await buildHost({ ...host, from })],
    Promise.resolve([]),
  );

  const page = added(teamHost!, reactHost!);
  const pageNoQuery = added(teamNoQuery!, reactNoQuery!);
  const ownAdapter = added(ownAdapterHost!, reactHost!);
  const sdk = added(sdkHost!, emptyHost!);
  const css = { min: stylesHost!.cssBytes, gzip: stylesHost!.cssGzip };

  const rows: Row[] = [
    budgeted(
      {
        section: SECTION,
        name: '(a) TeamPage + TeamProvider + HTTP adapter, gzip',
        value: `${kb(page.gzip)} (${kb(page.min)} min)`,
        raw: page.gzip,
        unit: 'B',
        compare: vendorComparison(page.gzip, css.gzip),
      },
      BUNDLE_BUDGETS.teamPage,
      kb,
    ),
    {
      section: SECTION,
      name: '(a) the same, host already ships TanStack Query',
      value: `${kb(pageNoQuery.gzip)} (${kb(pageNoQuery.min)} min)`,
      raw: pageNoQuery.gzip,
      unit: 'B',
      compare: `TanStack Query adds ${kb(page.gzip - pageNoQuery.gzip)}`,
    },
    {
      section: SECTION,
      name: '(a) the same, host brings its own adapter (no HTTP adapter)',
      value: `${kb(ownAdapter.gzip)} (${kb(ownAdapter.min)} min)`,
      raw: ownAdapter.gzip,
      unit: 'B',
      compare: `the HTTP adapter adds ${kb(page.gzip - ownAdapter.gzip)}`,
    },
    ...contributorRows('(a) top:', contributors(teamHost!, false), page, 8),
    ...contributorRows('(a) file:', contributors(teamHost!, true), page, 6),
    budgeted(
      {
        section: SECTION,
        name: '(b) stylesheet @fiko/team-ui/styles.css, gzip',
        value: `${kb(css.gzip)} (${kb(css.min)} min)`,
        raw: css.gzip,
        unit: 'B',
        compare: `WorkOS CSS ÷ ours ${ratio(VENDORS[0].css / (css.gzip / 1000))}`,
      },
      BUNDLE_BUDGETS.stylesheet,
      kb,
    ),
    budgeted(
      {
        section: SECTION,
        name: '(c) SDK: createTeamClient + createHttpAdapter, gzip',
        value: `${kb(sdk.gzip)} (${kb(sdk.min)} min)`,
        raw: sdk.gzip,
        unit: 'B',
      },
      BUNDLE_BUDGETS.sdk,
      kb,
    ),
    ...contributorRows('(c) top:', contributors(sdkHost!, false), sdk, 5),
  ];

  return {
    rows,
    notes: [
      `Bundles: Vite 8.4 production builds (Rolldown, default minifier), gzip level 9, ` +
        `1 KB = 1,000 bytes; kit read from its ${from === 'source' ? 'TypeScript source (fiko:source condition)' : 'tsup dist'}. ` +
        `"Adds" = host with the import minus the same host without it. Contributors: ` +
        `minified bytes per package or file from the chunk's source map, gzip share estimated pro rata.`,
    ],
  };
}
