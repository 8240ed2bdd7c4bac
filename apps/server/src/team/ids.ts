import { createHash, randomBytes } from 'node:crypto';

/** A new random id with a readable prefix (`mem_…`, `inv_…`, `grp_…`). */
export function createId(prefix: string): string {
  return `${prefix}_${randomBytes(10).toString('hex')}`;
}

/** The stored form of a session token: a leaked table opens no session. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new session token: 256 random bits. */
export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}
