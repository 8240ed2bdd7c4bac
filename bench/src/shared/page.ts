import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPage } from './pageServer';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(SRC, '../results/page');

let built: Promise<string> | undefined;

/** The production build of the bench page, built once per run. */
export function benchPage(): Promise<string> {
  built ??= buildPage(join(SRC, 'page/vite.config.ts'), OUT);
  return built;
}
