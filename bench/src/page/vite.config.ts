import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/** The bench page, built for production into bench/results/page. */
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  resolve: { conditions: ['fiko:source', ...defaultClientConditions] },
  build: {
    outDir: join(here, '../../results/page'),
    emptyOutDir: true,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 5000,
  },
});
