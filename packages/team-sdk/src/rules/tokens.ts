import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';

/** Bytes of randomness in an invitation token: 256 bits, twice the minimum. */
const TOKEN_BYTES = 32;

/** A new invitation token: 256 random bits, hex encoded. Only its hash is ever stored. */
export function createInvitationToken(): string {
  return bytesToHex(randomBytes(TOKEN_BYTES));
}

/**
 * The stored form of a token. A store keeps the hash beside the invitation
 * (and so beside its team): a leaked table gives no usable link, and a token
 * only ever finds the one invitation, of the one team, it was issued for.
 */
export function hashInvitationToken(token: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(token)));
}
