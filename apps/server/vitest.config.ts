import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['fiko:source'] },
  ssr: { resolve: { conditions: ['fiko:source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
