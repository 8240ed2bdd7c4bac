// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createTeamClient } from '@fiko/team-sdk';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
  DEMO_PEOPLE,
} from '@fiko/team-sdk/memory';
import { QueryClient } from '@tanstack/react-query';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  invitationsQueryOptions,
  membersQueryOptions,
  meQueryOptions,
  seatsQueryOptions,
  TeamPage,
  TeamProvider,
} from '../index';

/*
 * jsdom lays nothing out, so the table's fit is checked in Chromium: the page
 * is the server-rendered TeamPage with the kit's stylesheet, in a host shell
 * whose side navigation leaves the content area a given width.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STYLES = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
const WINDOW = { width: 1280, height: 800 };
const CONTENT_WIDTHS = [1280, 1030, 900, 760, 600, 480, 400, 360];

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function teamPageMarkup(options: {
  dir: 'ltr' | 'rtl';
  prefetch: boolean;
  theme?: 'light' | 'dark';
}) {
  const store = createMemoryStore(createDemoTeam({ members: 20 }));
  const client = createTeamClient({
    adapter: createMemoryAdapter({ store, actingAs: DEMO_PEOPLE.superAdmin }),
  });
  const queryClient = new QueryClient();
  if (options.prefetch) {
    await Promise.all([
      queryClient.prefetchQuery(meQueryOptions(client)),
      queryClient.prefetchQuery(seatsQueryOptions(client)),
      queryClient.prefetchQuery(invitationsQueryOptions(client)),
      queryClient.prefetchInfiniteQuery(membersQueryOptions(client)),
    ]);
  }
  return renderToString(
    <TeamProvider
      client={client}
      queryClient={queryClient}
      dir={options.dir}
      theme={options.theme}
      onAddSeats={() => {}}
    >
      <TeamPage heading={<h2>Agents</h2>} />
    </TeamProvider>,
  );
}

function hostPage(body: string, contentWidth: number, dir: 'ltr' | 'rtl') {
  const navWidth = WINDOW.width - contentWidth;
  return `<!doctype html>
<html lang="en" dir="${dir}">
<head><meta charset="utf-8"><title>Team</title><style>${STYLES}</style>
<style>
  body { margin: 0; }
  .shell { display: flex; }
  nav { flex: none; inline-size: ${navWidth}px; display: ${navWidth ? 'block' : 'none'}; }
  main { flex: 1; min-inline-size: 0; }
</style></head>
<body><div class="shell"><nav aria-label="Sections"></nav>
<main><h1>Team</h1>${body}</main></div></body></html>`;
}

async function openPage(body: string, contentWidth: number, dir: 'ltr' | 'rtl') {
  const page = await browser.newPage({ viewport: WINDOW });
  await page.setContent(hostPage(body, contentWidth, dir));
  return page;
}

/** How the table sits in its area, measured in the page. */
function measure(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const scroller = document.querySelector<HTMLElement>('[data-slot="table-scroll"]')!;
    // A folded column keeps its place in the table but has no width and is not seen.
    const shown = (element: Element) =>
      getComputedStyle(element).visibility !== 'hidden' &&
      element.getBoundingClientRect().width > 1;
    const headers = [...document.querySelectorAll('thead th')].filter(shown);
    const table = document.querySelector('table')!.getBoundingClientRect();
    const headerWidths = headers.reduce(
      (sum, header) => sum + header.getBoundingClientRect().width,
      0,
    );
    const widthOf = (column: string) =>
      headers
        .find((header) => header.getAttribute('data-column') === column)
        ?.getBoundingClientRect().width ?? 0;
    const rows = [
      ...document.querySelectorAll(
        'tbody tr[data-slot="row"], tr[data-slot="skeleton-row"]',
      ),
    ];
    const before = scroller.scrollLeft;
    // Scrolled to the far end (negative in right-to-left), every row's actions
    // button must lie wholly inside the region.
    scroller.scrollLeft = getComputedStyle(scroller).direction === 'rtl' ? -1e6 : 1e6;
    const box = scroller.getBoundingClientRect();
    const cutOff = [
      ...document.querySelectorAll('tbody td[data-column="actions"] button'),
    ]
      .map((button) => button.getBoundingClientRect())
      .filter(
        (rect) => rect.left < box.left - 0.5 || rect.right > box.right + 0.5,
      ).length;
    scroller.scrollLeft = before;
    return {
      pageOverflow: main.scrollWidth - main.clientWidth,
      sideways: scroller.scrollWidth - scroller.clientWidth,
      tallestRow: Math.max(...rows.map((row) => row.getBoundingClientRect().height)),
      cutOff,
      actionButtons: document.querySelectorAll('tbody td[data-column="actions"] button')
        .length,
      columns: headers.map((header) => header.getAttribute('data-column')),
      // Columns no header accounts for: blank space a spanning row added.
      unclaimedWidth: Math.round(table.width - headerWidths),
      mismatchedRows: rows.filter(
        (row) => [...row.children].filter(shown).length !== headers.length,
      ).length,
      widths: {
        member: widthOf('member'),
        role: widthOf('role'),
        status: widthOf('status'),
      },
    };
  });
}

describe.each(['ltr', 'rtl'] as const)('given the agents table (%s)', (dir) => {
  let body: string;
  beforeAll(async () => {
    body = await teamPageMarkup({ dir, prefetch: true });
  });

  it.each(CONTENT_WIDTHS)(
    'should keep every row action reachable in a %ipx content area',
    async (width) => {
      const page = await openPage(body, width, dir);
      const result = await measure(page);
      await page.close();

      expect(result.actionButtons).toBeGreaterThan(0);
      expect(result.pageOverflow).toBeLessThanOrEqual(0);
      // Down to 360px the table fits without scrolling sideways.
      expect(result.sideways).toBeLessThanOrEqual(0);
      expect(result.cutOff).toBe(0);
      expect(result.mismatchedRows).toBe(0);
      expect(result.unclaimedWidth).toBeLessThanOrEqual(1);
      // A folded cell's text must not wrap in its zero width and stretch the row.
      expect(result.tallestRow).toBeLessThanOrEqual(72);
      expect(result.columns).toEqual(
        expect.arrayContaining(['member', 'role', 'status', 'actions']),
      );
      expect(result.widths.member).toBeGreaterThanOrEqual(120);
      expect(result.widths.role).toBeGreaterThanOrEqual(60);
      expect(result.widths.status).toBeGreaterThanOrEqual(80);
    },
  );
});

describe('given the agents table while it loads', () => {
  it.each([1030, 360])(
    'should fold placeholder cells with their columns at %ipx',
    async (width) => {
      const body = await teamPageMarkup({ dir: 'ltr', prefetch: false });
      const page = await openPage(body, width, 'ltr');
      const result = await measure(page);
      await page.close();
      expect(result.mismatchedRows).toBe(0);
      expect(result.unclaimedWidth).toBeLessThanOrEqual(1);
    },
  );
});

describe('given a content area narrower than the table', () => {
  it('should scroll the table sideways in a labelled region reachable by keyboard', async () => {
    const page = await openPage(
      await teamPageMarkup({ dir: 'ltr', prefetch: true }),
      280,
      'ltr',
    );
    const region = page.getByRole('region', { name: 'Team members and invitations' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    const overflow = await region.evaluate(
      (element) => element.scrollWidth - element.clientWidth,
    );
    expect(overflow).toBeGreaterThan(0);
    expect((await measure(page)).cutOff).toBe(0);

    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: ['scrollable-region-focusable', 'heading-order', 'region'],
      });
      return result.violations.map((violation) => violation.id);
    });
    await page.close();
    expect(violations).toEqual([]);
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}

describe('given a dark team page on a light host page', () => {
  it('should paint its own background, so its light text never lands on white', async () => {
    const markup = await teamPageMarkup({ dir: 'ltr', prefetch: true, theme: 'dark' });
    const page = await openPage(markup, 1280, 'ltr');
    const colours = await page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('[data-slot="team-page"]')!;
      const tab = document.querySelector<HTMLElement>('[data-slot="tab"]')!;
      return {
        body: getComputedStyle(document.body).backgroundColor,
        root: getComputedStyle(root).backgroundColor,
        tab: getComputedStyle(tab).color,
      };
    });
    await page.close();

    expect(colours.body).toBe('rgba(0, 0, 0, 0)');
    expect(colours.root).toBe('rgb(20, 23, 28)');
    expect(colours.tab).not.toBe(colours.root);
  });
});
