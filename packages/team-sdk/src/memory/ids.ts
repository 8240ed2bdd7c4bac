import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';

/** A new random id with a readable prefix (`mem_…`, `inv_…`, `grp_…`). */
export function createId(prefix: string): string {
  return `${prefix}_${bytesToHex(randomBytes(10))}`;
}
