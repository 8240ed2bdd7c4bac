import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TeamSeed } from '@fiko/team-sdk/memory';
import { afterAll, afterEach } from 'vitest';
import {
  createServer,
  type FikoServer,
  openDatabase,
  type RunningServer,
  type ServerOptions,
  seedTeam,
} from '../src/index';
import { validateResponse } from './openapi';

/** A fresh folder for a database file, removed after the test. */
export function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'fiko-server-'));
  cleanups.push(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

const cleanups: Array<() => void | Promise<void>> = [];

let templateDirectory: string | undefined;
let template: string | undefined;

afterAll(() => {
  if (templateDirectory) rmSync(templateDirectory, { recursive: true, force: true });
  templateDirectory = undefined;
  template = undefined;
});

/**
 * A new database file holding the current schema. Migrating takes a few
 * fsyncs, so it runs once per test file into a template that each test copies.
 */
export function freshDatabasePath(directory = temporaryDirectory()): string {
  if (!template) {
    templateDirectory = mkdtempSync(join(tmpdir(), 'fiko-template-'));
    template = join(templateDirectory, 'template.db');
    // Closing checkpoints the WAL: the template is one self-contained file.
    openDatabase(template).close();
  }
  const path = join(directory, `fiko-${Math.random().toString(36).slice(2)}.db`);
  copyFileSync(template, path);
  return path;
}

afterEach(async () => {
  const pending = cleanups.splice(0).reverse();
  for (const cleanup of pending) await cleanup();
});

export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers freely
  body: any;
}

export interface TestServer {
  server: FikoServer;
  running: RunningServer;
  /** `http://127.0.0.1:<port>/api/v1` */
  url: string;
  /** Moves the server's clock forward. */
  advanceClock(ms: number): void;
  /** A session token for a member, made through the development sign-in. */
  signIn(memberId: string): Promise<string>;
  /** One HTTP request; the answer is checked against the OpenAPI document. */
  call(
    method: string,
    path: string,
    options?: {
      token?: string;
      body?: unknown;
      raw?: string;
      headers?: Record<string, string>;
    },
  ): Promise<Answer>;
}

/** A server on a new database file in a temporary folder, holding `seeds`. */
export async function startServer(
  seeds: TeamSeed[],
  options: Partial<ServerOptions> = {},
): Promise<TestServer> {
  let offset = 0;
  const server = createServer({
    databasePath: freshDatabasePath(),
    now: () => new Date(Date.now() + offset),
    devRoutes: true,
    rateLimit: false,
    ...options,
  });
  for (const seed of seeds) seedTeam(server.db, seed);
  const running = await server.listen(0, '127.0.0.1');
  cleanups.push(() => server.close());

  const call: TestServer['call'] = async (method, path, request = {}) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.token) headers.authorization = `Bearer ${request.token}`;
    let body: string | undefined = request.raw;
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    const response = await fetch(`${running.url}${path}`, { method, headers, body });
    const text = await response.text();
    const answer = {
      status: response.status,
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    validateResponse(method, path, answer);
    return answer;
  };

  return {
    server,
    running,
    url: running.url,
    advanceClock: (ms) => {
      offset += ms;
    },
    async signIn(memberId) {
      const answer = await call('POST', '/dev/sign-in', { body: { memberId } });
      if (answer.status !== 200) throw new Error(`Sign-in failed: ${answer.status}`);
      return answer.body.token as string;
    },
    call,
  };
}
