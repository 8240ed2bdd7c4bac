import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export type ApiHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the bench page for production; returns the folder it was written to. */
export async function buildPage(configFile: string, outDir: string): Promise<string> {
  await build({ configFile, logLevel: 'warn' });
  return outDir;
}

async function serveFile(root: string, pathname: string, response: ServerResponse) {
  const relative = normalize(pathname === '/' ? '/index.html' : pathname);
  if (relative.includes('..')) {
    response.writeHead(400).end();
    return;
  }
  try {
    const body = await readFile(join(root, relative));
    response.writeHead(200, {
      'content-type': TYPES[extname(relative)] ?? 'application/octet-stream',
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}

/**
 * Serves the built page and, under `/api/`, the reference server: one
 * origin, as a host serving its own API would, so no CORS preflight is
 * counted as a request.
 */
export async function startPageServer(
  root: string,
  api?: ApiHandler,
): Promise<PageServer> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (api && pathname.startsWith('/api/')) {
      api(request, response);
      return;
    }
    void serveFile(root, pathname, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
