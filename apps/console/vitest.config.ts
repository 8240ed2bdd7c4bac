import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    // The Playwright specs in e2e/ run with `playwright test`, not here.
    test: { include: ['src/**/*.test.ts'], environment: 'node' },
  }),
);
