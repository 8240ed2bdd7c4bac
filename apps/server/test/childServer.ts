import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ChildServer {
  /** `http://127.0.0.1:<port>/api/v1` */
  url: string;
  child: ChildProcess;
  /** Everything the process printed. */
  output(): string;
  /** Kills the process without warning, and waits for it to be gone. */
  kill(): Promise<void>;
}

/** Starts `src/main.ts` (the command line) as its own process on a database file. */
export function spawnServer(
  databasePath: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['--conditions=fiko:source', '--import', 'tsx', 'src/main.ts'],
    {
      cwd: packageDir,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        ...env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_PATH: databasePath,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolveExit) =>
    child.once('exit', () => resolveExit()),
  );

  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rejectStart(new Error(`The server did not start:\n${output}`));
    }, 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /Fiko server: (\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolveStart({
        url,
        child,
        output: () => output,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
      });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      rejectStart(new Error(`The server exited (${code}):\n${output}`));
    });
  });
}
