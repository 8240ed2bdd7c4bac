import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const here = dirname(fileURLToPath(import.meta.url));

/** Debian's Chromium: Playwright cannot download its own browser builds here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the networking flags Chromium keeps calling hosts this network refuses.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Every story of the root .storybook config runs as a test in Chromium; the
// accessibility addon fails a story on any axe violation (`a11y.test: 'error'`).
export default defineConfig({
  plugins: [
    storybookTest({
      configDir: join(here, '../../.storybook'),
      storybookScript: 'pnpm storybook',
    }),
  ],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      // Playwright starts each browser with a fresh temporary profile.
      provider: playwright({
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
      }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
    },
    testTimeout: 30_000,
  },
});
