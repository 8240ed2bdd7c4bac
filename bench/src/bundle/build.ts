import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, defaultClientConditions, type Rolldown } from 'vite';
import { bytesBySource } from './sourceMap';

const HOSTS = join(dirname(fileURLToPath(import.meta.url)), 'hosts');

/** Where the kit's packages are read from: their TypeScript source or their tsup build. */
export type KitSource = 'source' | 'dist';

export interface HostBuild {
  /** Minified JavaScript of every chunk, in bytes. */
  jsBytes: number;
  /** The same, gzipped (level 9). */
  jsGzip: number;
  cssBytes: number;
  cssGzip: number;
  /** Minified bytes per source file of the JavaScript. */
  sources: Map<string, number>;
}

export interface HostOptions {
  entry: string;
  from: KitSource;
  /** Packages left out of the bundle, as a host that already ships them. */
  external?: readonly string[];
}

const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

function outputsOf(result: Awaited<ReturnType<typeof build>>): Rolldown.RolldownOutput[] {
  if (Array.isArray(result)) return result;
  if ('output' in result) return [result];
  throw new Error('A watcher came back from a build without watch mode');
}

function isExternal(external: readonly string[], id: string): boolean {
  return external.some((name) => id === name || id.startsWith(`${name}/`));
}

/** One production build of a host entry, in memory, measured. */
export async function buildHost(options: HostOptions): Promise<HostBuild> {
  const external = options.external ?? [];
  const result = await build({
    configFile: false,
    root: HOSTS,
    logLevel: 'silent',
    mode: 'production',
    plugins: [react()],
    resolve: {
      conditions:
        options.from === 'source'
          ? ['fiko:source', ...defaultClientConditions]
          : [...defaultClientConditions],
    },
    build: {
      write: false,
      sourcemap: true,
      reportCompressedSize: false,
      rolldownOptions: {
        input: join(HOSTS, options.entry),
        external: (id) => isExternal(external, id),
      },
    },
  });

  const measured: HostBuild = {
    jsBytes: 0,
    jsGzip: 0,
    cssBytes: 0,
    cssGzip: 0,
    sources: new Map(),
  };
  for (const output of outputsOf(result)) {
    for (const item of output.output) {
      if (item.type === 'chunk') {
        measured.jsBytes += Buffer.byteLength(item.code);
        measured.jsGzip += gzip(item.code);
        if (!item.map) continue;
        for (const [source, bytes] of bytesBySource(item.code, item.map)) {
          measured.sources.set(source, (measured.sources.get(source) ?? 0) + bytes);
        }
      } else if (item.fileName.endsWith('.css')) {
        const source = item.source;
        measured.cssBytes +=
          typeof source === 'string' ? Buffer.byteLength(source) : source.length;
        measured.cssGzip += gzip(source);
      }
    }
  }
  return measured;
}
