import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApiJson } from '../src/contract/openApiJson';

/*
 * Writes openapi.json from the contract. Run it after changing a route or a
 * schema: `pnpm --filter @fiko/team-sdk generate:openapi`.
 */
const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
writeFileSync(target, openApiJson());
process.stdout.write(`Wrote ${target}\n`);
