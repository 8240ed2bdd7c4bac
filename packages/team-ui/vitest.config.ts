import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['fiko:source'] },
  ssr: { resolve: { conditions: ['fiko:source'] } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
    // Generous: CI shares two cores with every other package's checks.
    testTimeout: 30_000,
  },
});
