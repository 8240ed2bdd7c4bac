import { rmSync } from 'node:fs';

/** Removes the temporary database files once every test has run. */
export default function globalTeardown() {
  const dataDir = process.env.FIKO_E2E_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
