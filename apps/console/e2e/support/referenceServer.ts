import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const SERVER_DIR = resolve(import.meta.dirname, '../../../server');
const READY_TIMEOUT_MS = 30_000;

export interface ReferenceServerOptions {
  port: number;
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

/**
 * The reference server as a real process on a real database file, which a
 * test can stop, kill outright and start again on the same file.
 */
export class ReferenceServer {
  private child: ChildProcess | null = null;
  private fresh = false;
  private log: WriteStream;

  constructor(private readonly options: ReferenceServerOptions) {
    mkdirSync(dirname(options.logPath), { recursive: true });
    this.log = createWriteStream(options.logPath, { flags: 'a' });
  }

  get apiUrl() {
    return `http://127.0.0.1:${this.options.port}/api/v1`;
  }

  /** Starts the server; `reset` starts the team over from the demo seed. */
  async start({ reset }: { reset: boolean }) {
    if (this.child) throw new Error('The reference server is already running.');
    this.log.write(`\n--- start (reset: ${reset}) ${new Date().toISOString()}\n`);
    const child = spawn(
      join(SERVER_DIR, 'node_modules/.bin/tsx'),
      ['--conditions=fiko:source', 'src/main.ts', ...(reset ? ['--reset'] : [])],
      {
        cwd: SERVER_DIR,
        // Its own process group, so that killing it also kills what tsx starts.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NODE_ENV: 'development',
          FIKO_DEV_ROUTES: '1',
          PORT: String(this.options.port),
          DATABASE_PATH: this.options.databasePath,
          CONSOLE_URL: this.options.consoleUrl,
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
      if (child.exitCode !== null || child.signalCode !== null) {
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
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
    await exited;
  }

  /**
   * A fresh demo team on the same port and file, so each test starts from the
   * seed; skipped when nothing ran since the last reset.
   */
  async resetUnlessFresh() {
    if (this.fresh && this.child) {
      this.fresh = false;
      return;
    }
    await this.stop();
    await this.start({ reset: true });
    this.fresh = false;
  }

  async dispose() {
    await this.stop();
    this.log.end();
  }
}
