import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['fiko:source'] },
  ssr: { resolve: { conditions: ['fiko:source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
