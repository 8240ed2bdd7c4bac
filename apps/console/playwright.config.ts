import { defineConfig } from '@playwright/test';
import { e2eEnvironment } from './e2e/support/environment';

const { apiPort, consolePort } = await e2eEnvironment();

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  // One reference server and one team at a time: tests reset it between them.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Generous for a loaded two-core machine: axe alone takes seconds on a busy one.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: 'test-results',
  globalTeardown: './e2e/support/globalTeardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${consolePort}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      // Debian's Chromium on machines without a display or outside network.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The built console, as it ships; its `/api` proxy leads to the tests' reference server.
    command: `vite build --logLevel warn && vite preview --port ${consolePort} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${consolePort}`,
    env: { FIKO_API_URL: `http://127.0.0.1:${apiPort}` },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
