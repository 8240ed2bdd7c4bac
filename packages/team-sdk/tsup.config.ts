import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

type ExportTarget = string | { 'fiko:source'?: string };

const manifest = JSON.parse(readFileSync('./package.json', 'utf8')) as {
  exports: Record<string, ExportTarget>;
};

/**
 * The entries come from the `fiko:source` conditions of `exports`, so a subpath added
 * there is built without touching this file: `./src/rules/index.ts` → `dist/rules/index`.
 */
function entriesFromExports(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const target of Object.values(manifest.exports)) {
    const source = typeof target === 'string' ? undefined : target['fiko:source'];
    if (!source) continue;
    entries[source.replace(/^\.\/src\//, '').replace(/\.tsx?$/, '')] = source;
  }
  return entries;
}

export default defineConfig({
  // The error class gets an entry of its own (not exported) so that it lands in a chunk
  // of its own: importing `TeamError` from `./rules` then leaves the zod schemas out.
  entry: { ...entriesFromExports(), 'internal/errors': './src/errors.ts' },
  format: ['esm', 'cjs'],
  // Code splitting in both formats keeps one copy of shared modules, so `TeamError`
  // is the same class whichever subpath a consumer imports it through.
  splitting: true,
  dts: true,
  tsconfig: 'tsconfig.build.json',
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  clean: true,
});
