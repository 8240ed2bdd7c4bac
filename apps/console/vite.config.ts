/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import {
  defaultClientConditions,
  defaultServerConditions,
  defineConfig,
  type Plugin,
  type ProxyOptions,
} from 'vite';

// The reference server the console talks to through `/api`, where it listens
// by default (loopback); the end-to-end tests point it at a server of their own.
const apiTarget = process.env.FIKO_API_URL ?? 'http://127.0.0.1:8787';

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiTarget, changeOrigin: false },
};

/** Says where to go once the development server listens, above the rest of the output. */
function announceAddress(): Plugin {
  return {
    name: 'fiko-console-address',
    apply: 'serve',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        const { port } = server.config.server;
        server.config.logger.info(
          `\n  Fiko Console is ready: open http://localhost:${port}\n` +
            `  (team API proxied to ${apiTarget}; add ?backend=memory to run without it)\n`,
        );
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), announceAddress()],
  resolve: {
    // Workspace packages resolve to their TypeScript source: no build step first.
    conditions: ['fiko:source', ...defaultClientConditions],
  },
  // The unit tests run in Node, where Vite resolves with the server conditions.
  ssr: { resolve: { conditions: ['fiko:source', ...defaultServerConditions] } },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  // The Playwright specs in e2e/ run with `playwright test`, not here.
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
