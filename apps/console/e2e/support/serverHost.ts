/*
 * The reference server for the end-to-end tests: the same `createServer` that
 * `apps/server/src/main.ts` runs, plus a control port on loopback that puts the
 * demo team back as seeded and moves the server's clock.
 *
 *   tsx --conditions=fiko:source e2e/support/serverHost.ts
 *
 * PORT, CONTROL_PORT, DATABASE_PATH and CONSOLE_URL configure it; RESET=1 starts
 * the database over, otherwise the file is reopened as it was left (after a kill).
 */
import { copyFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer, type FikoServer, seedDemoTeams } from '@fiko/server';

const port = Number(process.env.PORT);
const controlPort = Number(process.env.CONTROL_PORT);
const databasePath = process.env.DATABASE_PATH ?? '';
const templatePath = `${databasePath}.template`;
const consoleUrl = process.env.CONSOLE_URL;

let clockOffsetMs = 0;
const now = () => new Date(Date.now() + clockOffsetMs);

function removeDatabase(path: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function open(): FikoServer {
  return createServer({ databasePath, consoleUrl, now, devRoutes: true });
}

/** Seeds the demo teams once into a template file; each reset copies it, which is quick. */
async function writeTemplate() {
  removeDatabase(templatePath);
  const template = createServer({ databasePath: templatePath, devRoutes: true });
  seedDemoTeams(template.db);
  await template.close();
}

let server: FikoServer;
let closeListener: () => Promise<void>;

async function start() {
  server = open();
  const running = await server.listen(port, '127.0.0.1');
  closeListener = () => server.close();
  console.log(`reference server on ${running.url} (database ${databasePath})`);
}

async function reset() {
  await closeListener?.();
  removeDatabase(databasePath);
  copyFileSync(templatePath, databasePath);
  clockOffsetMs = 0;
  await start();
}

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : {};
}

function control() {
  const controller = createHttpServer(async (request, response) => {
    try {
      if (request.method === 'POST' && request.url === '/reset') await reset();
      else if (request.method === 'POST' && request.url === '/advance-clock') {
        clockOffsetMs += Number((await bodyOf(request)).ms ?? 0);
      } else {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(204).end();
    } catch (error) {
      console.error(error);
      response.writeHead(500).end(String(error));
    }
  });
  return new Promise<void>((resolve) =>
    controller.listen(controlPort, '127.0.0.1', resolve),
  );
}

async function main() {
  await writeTemplate();
  if (process.env.RESET === '1') await reset();
  else await start();
  await control();
  console.log(`control on http://127.0.0.1:${controlPort}`);
}

main().catch((error: unknown) => {
  console.error('[e2e server] could not start:', error);
  process.exit(1);
});
