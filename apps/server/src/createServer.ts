import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { type Db, openDatabase } from './db/database';
import { type AppEnv, createApp } from './http/app';
import { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rateLimit';
import type { Mailer } from './mail/mailer';
import { createOutboxMailer } from './mail/outboxMailer';
import { createTeamService, type TeamService } from './team/teamService';

export interface ServerOptions {
  /** The SQLite file; created with its folder when missing. Required. */
  databasePath: string;
  /** The clock: tests move it to expire invitations. Defaults to `() => new Date()`. */
  now?: () => Date;
  /**
   * Delivers invitation emails. The outbox table keeps their links readable
   * (`GET /api/v1/dev/outbox`), so it is only the default while the development
   * routes are on; without them a mailer is required (`createSmtpMailer`).
   * Defaults to the outbox when `devRoutes` is on.
   */
  mailer?: Mailer;
  /**
   * Serve `/api/v1/dev/people`, `/dev/sign-in` and `/dev/outbox`.
   * Defaults to `true` outside production (`NODE_ENV !== 'production'`).
   */
  devRoutes?: boolean;
  /** The console's URL: accept links are `${consoleUrl}/join?token=…`. Defaults to `http://localhost:5173`. */
  consoleUrl?: string;
  /** Origins allowed to call the API from a browser (`*` for any). Defaults to the console's origin. */
  corsOrigins?: readonly string[];
  /** Invitation emails per team and window, or `false` for no limit. Defaults to 30 per 10 minutes. */
  rateLimit?: RateLimitOptions | false;
  /** The largest request body accepted, in bytes. Defaults to `1048576` (1 MiB). */
  maxBodyBytes?: number;
}

export interface RunningServer {
  /** The API's base URL, e.g. `http://127.0.0.1:8787/api/v1`. */
  url: string;
  /** The interface listened on, e.g. `127.0.0.1` (`0.0.0.0` for all of them). */
  hostname: string;
  port: number;
  /** Stops accepting connections and ends open ones. */
  close(): Promise<void>;
}

export interface FikoServer {
  app: Hono<AppEnv>;
  db: Db;
  service: TeamService;
  /**
   * Listens on a port (`0` picks a free one) of `hostname`: `0.0.0.0` for all
   * interfaces. Defaults to `127.0.0.1`, this machine only.
   */
  listen(port: number, hostname?: string): Promise<RunningServer>;
  /** Stops every listener, the mailer and the database. */
  close(): Promise<void>;
}

function defaultDevRoutes(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.FIKO_DEV_ROUTES === '1';
}

/** Where a server listens unless told otherwise: loopback, never the network. */
export const DEFAULT_HOSTNAME = '127.0.0.1';

// Invitation tokens are stored only as a hash (SPEC rule 5); the outbox keeps
// the whole link, which only the development mailbox has a use for.
function requireMailer(options: ServerOptions, devRoutes: boolean): void {
  if (options.mailer || devRoutes) return;
  throw new Error(
    'createServer needs a mailer when the development routes are off: the outbox would keep every invitation link readable. Pass createSmtpMailer({ url }).',
  );
}

/** The base URL of a listener: loopback for a wildcard address, brackets for IPv6. */
function urlOf(hostname: string, port: number): string {
  const wildcard = hostname === '0.0.0.0' || hostname === '::';
  const host = wildcard ? '127.0.0.1' : hostname;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/api/v1`;
}

/** The reference server on one database file: the REST contract under `/api/v1`. */
export function createServer(options: ServerOptions): FikoServer {
  const devRoutes = options.devRoutes ?? defaultDevRoutes();
  requireMailer(options, devRoutes);
  const db = openDatabase(options.databasePath);
  const consoleUrl = (options.consoleUrl ?? 'http://localhost:5173').replace(/\/+$/, '');
  const service = createTeamService({
    db,
    now: options.now ?? (() => new Date()),
    acceptUrl: (token) => `${consoleUrl}/join?token=${token}`,
  });
  const mailer = options.mailer ?? createOutboxMailer(db);
  const { app, shutdown } = createApp({
    service,
    mailer,
    devRoutes,
    corsOrigins: options.corsOrigins ?? [new URL(consoleUrl).origin],
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
  });
  const listeners = new Set<RunningServer>();

  async function listen(
    port: number,
    hostname = DEFAULT_HOSTNAME,
  ): Promise<RunningServer> {
    const server = createHttpServer(getRequestListener(app.fetch));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, hostname, () => resolve());
    });
    const address = server.address() as AddressInfo;
    const running: RunningServer = {
      url: urlOf(hostname, address.port),
      hostname: address.address,
      port: address.port,
      close: () =>
        new Promise<void>((resolve) => {
          listeners.delete(running);
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
    listeners.add(running);
    return running;
  }

  return {
    app,
    db,
    service,
    listen,
    async close() {
      await Promise.all([...listeners].map((running) => running.close()));
      await mailer.close?.();
      shutdown();
      db.close();
    },
  };
}
