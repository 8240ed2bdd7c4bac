import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Asks the system for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('No port was assigned.'));
      });
    });
  });
}

/** Where the tests' reference server and built console live. */
export interface E2eEnvironment {
  apiPort: number;
  consolePort: number;
  /** A temporary folder for the server's database file and its log. */
  dataDir: string;
}

/**
 * Chosen once by the runner's main process, then read back by each worker
 * (they inherit its environment), so every process agrees on the ports.
 */
export async function e2eEnvironment(): Promise<E2eEnvironment> {
  process.env.FIKO_E2E_API_PORT ??= String(await freePort());
  process.env.FIKO_E2E_CONSOLE_PORT ??= String(await freePort());
  process.env.FIKO_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'fiko-console-e2e-'));
  return {
    apiPort: Number(process.env.FIKO_E2E_API_PORT),
    consolePort: Number(process.env.FIKO_E2E_CONSOLE_PORT),
    dataDir: process.env.FIKO_E2E_DATA_DIR,
  };
}
