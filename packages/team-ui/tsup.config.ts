import { readFileSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { defineConfig } from 'tsup';

type ExportTarget = string | { 'fiko:source'?: string };

const manifest = JSON.parse(readFileSync('./package.json', 'utf8')) as {
  exports: Record<string, ExportTarget>;
};

/** Script entries come from the `fiko:source` conditions of `exports`. */
function entriesFromExports(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const target of Object.values(manifest.exports)) {
    const source = typeof target === 'string' ? undefined : target['fiko:source'];
    if (!source || !/\.tsx?$/.test(source)) continue;
    entries[source.replace(/^\.\/src\//, '').replace(/\.tsx?$/, '')] = source;
  }
  return entries;
}

/** The stylesheet is shipped as written: one file, imported by hosts on its own. */
async function copyStylesheet(): Promise<void> {
  await mkdir('dist', { recursive: true });
  await copyFile('src/styles.css', 'dist/styles.css');
}

export default defineConfig({
  entry: entriesFromExports(),
  format: ['esm', 'cjs'],
  // One entry: nothing to share between chunks, and an unsplit CommonJS build keeps
  // the banner below as the file's first statement.
  splitting: false,
  dts: true,
  tsconfig: 'tsconfig.build.json',
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  clean: true,
  // esbuild drops module directives when bundling; React Server Components hosts
  // (Next.js app router) need it back to render these hooks-based components.
  banner: { js: "'use client';" },
  onSuccess: copyStylesheet,
});
