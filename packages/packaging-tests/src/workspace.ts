import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOrThrow } from './run';

const here = path.dirname(fileURLToPath(import.meta.url));

export const PACKAGES_DIR = path.resolve(here, '../..');
export const FIXTURES_DIR = path.resolve(here, '../fixtures');

export const PUBLISHED = {
  sdk: { name: '@fiko/team-sdk', dir: path.join(PACKAGES_DIR, 'team-sdk') },
  ui: { name: '@fiko/team-ui', dir: path.join(PACKAGES_DIR, 'team-ui') },
} as const;

export type PublishedPackage = keyof typeof PUBLISHED;

/**
 * Packs a workspace package the way it is published (`pnpm pack` applies
 * `publishConfig` and turns `workspace:` ranges into versions).
 */
export async function packPackage(which: PublishedPackage, destination: string) {
  const { dir, name } = PUBLISHED[which];
  if (!existsSync(path.join(dir, 'dist'))) {
    throw new Error(
      `${name} has no dist/: run \`pnpm build\` (turbo builds it before this test).`,
    );
  }
  await runOrThrow('pnpm', ['pack', '--pack-destination', destination], { cwd: dir });
  const prefix = `${name.replace('@', '').replace('/', '-')}-`;
  const tarball = readdirSync(destination).find(
    (file) => file.startsWith(prefix) && file.endsWith('.tgz'),
  );
  if (!tarball)
    throw new Error(`pnpm pack wrote no tarball for ${name} in ${destination}`);
  return path.join(destination, tarball);
}
