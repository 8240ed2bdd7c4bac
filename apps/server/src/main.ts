import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from './createServer';
import { hasTeams, seedDemoTeams } from './db/seed';
import { createSmtpMailer } from './mail/smtpMailer';

/*
 * The command line: `tsx src/main.ts [--reset]`, configured by environment
 * variables (see the README).
 */

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `apps/server/.data/fiko.db` of the repository, whatever the working directory. */
export const DEFAULT_DATABASE_PATH = resolve(packageDir, '.data/fiko.db');

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

async function main(): Promise<void> {
  const env = process.env;
  const databasePath = resolve(env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH);
  if (process.argv.includes('--reset')) removeDatabase(databasePath);

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
    console.log('Seeded the demo teams (Siam Support, Harbor Help).');
  }

  const running = await server.listen(Number(env.PORT ?? 8787), env.HOST);
  console.log(`Fiko server: ${running.url} (database ${databasePath})`);

  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('[fiko-server] could not start:', error);
  process.exit(1);
});
