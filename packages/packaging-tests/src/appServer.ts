import { type ChildProcess, spawn } from 'node:child_process';

export interface AppServer {
  url: string;
  output: () => string;
  stop: () => void;
}

/** Starts the app's `server.mjs` on a free port and resolves once it listens. */
export function startAppServer(dir: string): Promise<AppServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn('node', ['server.mjs'], {
      cwd: dir,
      // Development React on both sides reports every hydration difference; UTC and
      // the fixed locale keep dates identical between Node and Chromium.
      env: { ...process.env, NODE_ENV: 'development', TZ: 'UTC' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening (\d+)/.exec(output);
      if (match) {
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          output: () => output,
          stop: () => child.kill(),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.on('exit', (code) =>
      reject(new Error(`server.mjs exited (${code}):\n${output}`)),
    );
  });
}
