import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type FikoServer, type RunningServer } from './createServer';
import { hasTeams, seedDemoTeams } from './db/seed';
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

/**
 * Starts the server as the command line does: `--reset` deletes the database
 * file first, and an empty database is seeded with the demo teams.
 */
export async function runCli(
  argv: readonly string[],
  env: CliEnvironment,
  log: (line: string) => void = console.log,
): Promise<{ server: FikoServer; running: RunningServer; databasePath: string }> {
  const databasePath = resolve(env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH);
  if (argv.includes('--reset')) removeDatabase(databasePath);

  const server = createServer({
    databasePath,
    consoleUrl: env.CONSOLE_URL,
    corsOrigins: listOf(env.CORS_ORIGINS),
    mailer: env.SMTP_URL
      ? createSmtpMailer({ url: env.SMTP_URL, from: env.SMTP_FROM })
      : undefined,
  });
  if (!hasTeams(server.db)) {
    seedDemoTeams(server.db);
    log('Seeded the demo teams (Siam Support, Harbor Help).');
  }

  const running = await server.listen(Number(env.PORT ?? 8787), env.HOST);
  log(`Fiko server: ${running.url} (database ${databasePath})`);
  return { server, running, databasePath };
}
