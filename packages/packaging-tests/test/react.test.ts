import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AppServer, startAppServer } from '../src/appServer';
import { collectProblems, launchChromium } from '../src/browser';
import { run, runOrThrow } from '../src/run';

const apps = inject('apps');
/** Every demo member and invitation has an address at the demo team's domain. */
const DEMO_DOMAIN = '@siam-support.example';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(url: string) {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(url);
  await page.waitForSelector('html[data-mounted="true"]', { timeout: 20_000 });
  return { page, problems, close: () => context.close() };
}

describe.each(['18', '19'] as const)(
  'given a Vite app on React %s with both tarballs',
  (line) => {
    const app = apps[line];
    const bin = (name: string) => path.join(app.dir, 'node_modules', '.bin', name);
    let server: AppServer;

    beforeAll(async () => {
      const vite = bin('vite');
      // Set NODE_ENV for each build: the runner's NODE_ENV=test would pick React's
      // development build for production too.
      await runOrThrow(vite, ['build'], {
        cwd: app.dir,
        env: { NODE_ENV: 'production' },
      });
      await runOrThrow(
        vite,
        ['build', '--mode', 'development', '--base', '/dev/', '--outDir', 'dist-dev'],
        { cwd: app.dir, env: { NODE_ENV: 'development' } },
      );
      server = await startAppServer(app.dir);
    });

    afterAll(() => server?.stop());

    it('should type-check the app against the shipped declarations', async () => {
      const result = await run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: app.dir });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    });

    it('should render TeamPage on the memory adapter in the production build', async () => {
      const { page, problems, close } = await openPage(`${server.url}/client`);
      const rows = page.getByRole('row').filter({ hasText: DEMO_DOMAIN });
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(5);
      expect(await page.getByRole('tab').count()).toBe(2);
      expect(problems).toEqual([]);
      await close();
    });

    it('should render the table on the server in Node', async () => {
      const html = await (await fetch(`${server.url}/`)).text();
      // Only the rendered markup counts, not the serialised query cache after it.
      const markup = html.split('<div id="root">')[1]?.split('<script>')[0] ?? '';
      expect(markup).toMatch(/<table[\s>]/);
      expect(markup.split('<tr').length - 1).toBeGreaterThan(5);
      expect(markup).toContain(DEMO_DOMAIN);
      expect(server.output()).toBe(`listening ${new URL(server.url).port}\n`);
    });

    it('should hydrate the server markup without any warning and stay interactive', async () => {
      const { page, problems, close } = await openPage(`${server.url}/`);
      await page.getByRole('tab', { name: 'Groups' }).click();
      await expect
        .poll(() =>
          page.getByRole('tab', { name: 'Groups' }).getAttribute('aria-selected'),
        )
        .toBe('true');
      expect(problems).toEqual([]);
      await close();
    });

    it('should refetch the hydrated queries, pages included, without an error', async () => {
      const { page, problems, close } = await openPage(`${server.url}/`);
      const failures = await page.evaluate(() =>
        (window as unknown as { refetchTeam: () => Promise<string[]> }).refetchTeam(),
      );
      expect(failures).toEqual([]);
      const rows = page.getByRole('row').filter({ hasText: DEMO_DOMAIN });
      expect(await rows.count()).toBeGreaterThan(5);
      expect(problems).toEqual([]);
      await close();
    });
  },
);
