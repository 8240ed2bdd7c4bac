import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { e2eEnvironment, freePort } from './environment';
import { ReferenceServer } from './referenceServer';

export { expect };

interface TestFixtures {
  /** Runs axe on the page as it is now and fails on any violation. */
  expectAccessible: (page: Page, state: string) => Promise<void>;
}

interface WorkerFixtures {
  /** The reference server; each test starts on a fresh demo team. */
  server: ReferenceServer;
}

export const test = base.extend<TestFixtures & { freshTeam: undefined }, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a function destructures
    async ({}, use, workerInfo) => {
      const { apiPort, consolePort, dataDir } = await e2eEnvironment();
      const server = new ReferenceServer({
        port: apiPort,
        controlPort: await freePort(),
        databasePath: join(dataDir, `team-${workerInfo.workerIndex}.db`),
        consoleUrl: `http://127.0.0.1:${consolePort}`,
        // Beside the traces and screenshots, and kept after the run.
        logPath: join(
          workerInfo.project.outputDir,
          `reference-server-${workerInfo.workerIndex}.log`,
        ),
      });
      await server.start({ reset: true });
      await use(server);
      await server.dispose();
    },
    { scope: 'worker' },
  ],

  freshTeam: [
    async ({ server }, use) => {
      await server.resetUnlessFresh();
      await use(undefined);
    },
    { auto: true },
  ],

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a function destructures
  expectAccessible: async ({}, use, testInfo) => {
    await use(async (page, state) => {
      const results = await new AxeBuilder({ page }).analyze();
      await testInfo.attach(`axe: ${state}`, {
        body: JSON.stringify(results.violations, null, 2),
        contentType: 'application/json',
      });
      const summary = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
      expect(summary, `axe violations on ${state}`).toEqual([]);
    });
  },
});
