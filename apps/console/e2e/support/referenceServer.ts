import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname, resolve } from 'node:path';

const CONSOLE_DIR = resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 60_000;

export interface ReferenceServerOptions {
  port: number;
  /** Where `serverHost.ts` takes orders: reset the team, move the clock. */
  controlPort: number;
  databasePath: string;
  /** The console's address, for the accept links in invitation emails. */
  consoleUrl: string;
  /** Where the server's output goes, for reading after a failure. */
  logPath: string;
}

function sleep(ms: number) {
  return new Promise((done) => setTimeout(done, ms));
}

async function answers(url: string) {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

function hasExited(child: ChildProcess) {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * The reference server as a real process on a real database file. A test can
 * reset its team, move its clock, and kill it outright and start it again on
 * the same file.
 */
export class ReferenceServer {
  private child: ChildProcess | null = null;
  private fresh = false;
  private readonly log: WriteStream;

  constructor(private readonly options: ReferenceServerOptions) {
    mkdirSync(dirname(options.logPath), { recursive: true });
    this.log = createWriteStream(options.logPath, { flags: 'a' });
  }

  get apiUrl() {
    return `http://127.0.0.1:${this.options.port}/api/v1`;
  }

  private get controlUrl() {
    return `http://127.0.0.1:${this.options.controlPort}`;
  }

  /** Starts the server; `reset` starts the team over from the demo seed. */
  async start({ reset }: { reset: boolean }) {
    if (this.child) throw new Error('The reference server is already running.');
    this.log.write(`\n--- start (reset: ${reset}) ${new Date().toISOString()}\n`);
    const child = spawn(
      resolve(CONSOLE_DIR, 'node_modules/.bin/tsx'),
      ['--conditions=fiko:source', 'e2e/support/serverHost.ts'],
      {
        cwd: CONSOLE_DIR,
        // Its own process group, so that a kill also reaches what tsx starts.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NODE_ENV: 'development',
          PORT: String(this.options.port),
          CONTROL_PORT: String(this.options.controlPort),
          DATABASE_PATH: this.options.databasePath,
          CONSOLE_URL: this.options.consoleUrl,
          RESET: reset ? '1' : '0',
        },
      },
    );
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.child = child;
    await this.waitUntilReady(child);
    this.fresh = reset;
  }

  private async waitUntilReady(child: ChildProcess) {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (hasExited(child)) {
        this.child = null;
        throw new Error(
          `The reference server exited before answering; see ${this.options.logPath}.`,
        );
      }
      if (await answers(`${this.apiUrl}/dev/people`)) return;
      await sleep(100);
    }
    throw new Error(`The reference server did not answer within ${READY_TIMEOUT_MS} ms.`);
  }

  /** Ends the server with `signal`: SIGTERM asks, SIGKILL pulls the plug mid-run. */
  async stop(signal: NodeJS.Signals = 'SIGTERM') {
    const child = this.child;
    if (!child?.pid) return;
    this.child = null;
    if (hasExited(child)) return;
    const exited = new Promise((done) => child.once('exit', done));
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
    await exited;
  }

  private async order(path: string, body: unknown = {}) {
    const response = await fetch(`${this.controlUrl}${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} failed: ${await response.text()}`);
  }

  /**
   * Puts the demo team back as seeded, so each test starts from the same
   * team; skipped when nothing ran since the last reset.
   */
  async resetUnlessFresh() {
    if (!this.child) await this.start({ reset: true });
    else if (!this.fresh) await this.order('/reset');
    this.fresh = false;
  }

  /** Moves the server's clock forward, for invitations that expire. */
  advanceClock(ms: number) {
    return this.order('/advance-clock', { ms });
  }

  async dispose() {
    await this.stop();
    this.log.end();
  }
}
