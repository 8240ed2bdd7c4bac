import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createServer,
  DEFAULT_HOSTNAME,
  type FikoServer,
  type RunningServer,
} from './createServer';
import { hasTeams, seedDemoTeams } from './db/seed';
import type { Mailer } from './mail/mailer';
import { createSmtpMailer } from './mail/smtpMailer';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `apps/server/.data/fiko.db` of the repository, whatever the working directory. */
export const DEFAULT_DATABASE_PATH = resolve(packageDir, '.data/fiko.db');

/** The environment variables the command line reads. */
export interface CliEnvironment {
  PORT?: string;
  HOST?: string;
  DATABASE_PATH?: string;
  CONSOLE_URL?: string;
  CORS_ORIGINS?: string;
  SMTP_URL?: string;
  SMTP_FROM?: string;
  NODE_ENV?: string;
  FIKO_DEV_ROUTES?: string;
  [name: string]: string | undefined;
}

function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function listOf(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}

/** The development routes: on outside production, or when `FIKO_DEV_ROUTES=1` asks. */
function devRoutesOf(env: CliEnvironment): boolean {
  return env.NODE_ENV !== 'production' || env.FIKO_DEV_ROUTES === '1';
}

/**
 * SMTP when `SMTP_URL` is set, else the outbox table. The outbox keeps every
 * invitation link readable, for the development mailbox: in production it
 * needs the development routes asked for, or the server does not start.
 */
function mailerOf(env: CliEnvironment, devRoutes: boolean): Mailer | undefined {
  if (env.SMTP_URL) return createSmtpMailer({ url: env.SMTP_URL, from: env.SMTP_FROM });
  if (devRoutes) return undefined;
  throw new Error(
    'SMTP_URL is not set: in production the server sends invitation emails over SMTP (SMTP_URL=smtp://user:pass@mail.example.com:587), because the outbox table would keep every invitation link readable. For a demo, FIKO_DEV_ROUTES=1 keeps the development routes and the outbox on.',
  );
}

/**
 * Starts the server as the command line does: `--reset` deletes the database
 * file first, and an empty database is seeded with the demo teams. Listens on
 * `HOST`, `127.0.0.1` unless set. Refuses to start in production without
 * `SMTP_URL` (see `mailerOf`), before touching the database.
 */
export async function runCli(
  argv: readonly string[],
  env: CliEnvironment,
  log: (line: string) => void = console.log,
): Promise<{ server: FikoServer; running: RunningServer; databasePath: string }> {
  const devRoutes = devRoutesOf(env);
  const mailer = mailerOf(env, devRoutes);
  const databasePath = resolve(env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH);
  if (argv.includes('--reset')) removeDatabase(databasePath);

  const server = createServer({
    databasePath,
    consoleUrl: env.CONSOLE_URL,
    corsOrigins: listOf(env.CORS_ORIGINS),
    devRoutes,
    mailer,
  });
  if (!hasTeams(server.db)) {
    seedDemoTeams(server.db);
    log('Seeded the demo teams (Siam Support, Harbor Help).');
  }

  const running = await server.listen(
    Number(env.PORT ?? 8787),
    env.HOST || DEFAULT_HOSTNAME,
  );
  log(`Fiko server: ${running.url} (database ${databasePath})`);
  return { server, running, databasePath };
}
