import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['fiko:source'] },
  ssr: { resolve: { conditions: ['fiko:source'] } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
    testTimeout: 15_000,
  },
});
