import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runOrThrow } from '../src/run';

const app = inject('apps')['19'];

/** Strings that only the named code contains, so their absence shows it was left out. */
const MARKERS = {
  zod: 'ZodError',
  ky: 'TimeoutError',
  msw: '[MSW]',
  radix: 'DismissableLayer',
  demoTeam: 'Malee',
} as const;

type Marker = keyof typeof MARKERS;

async function bundle(probe: string) {
  await runOrThrow(
    path.join(app.dir, 'node_modules', '.bin', 'vite'),
    ['build', '--config', 'treeshake/vite.config.ts'],
    { cwd: app.dir, env: { PROBE: probe, NODE_ENV: 'production' } },
  );
  return readFileSync(path.join(app.dir, 'dist-treeshake', probe, `${probe}.js`), 'utf8');
}

function markersIn(code: string): Marker[] {
  return (Object.keys(MARKERS) as Marker[]).filter((name) =>
    code.includes(MARKERS[name]),
  );
}

describe('given a Vite production bundle of a host importing one part of the kit', () => {
  it('should bundle the rules subpath alone, without zod, ky, msw or the demo team', async () => {
    const code = await bundle('rules');
    expect(markersIn(code)).toEqual([]);
    expect(code.length).toBeLessThan(10_000);
  });

  it('should bundle the client with its schemas but without the adapters', async () => {
    const code = await bundle('client');
    expect(markersIn(code)).toEqual(['zod']);
  });

  it('should bundle the UI catalog without the components behind it', async () => {
    const code = await bundle('catalog');
    expect(markersIn(code)).toEqual([]);
    expect(code.length).toBeLessThan(30_000);
  });
});
