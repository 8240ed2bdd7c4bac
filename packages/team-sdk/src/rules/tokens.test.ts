import { describe, expect, it } from 'vitest';
import { TokenSchema } from '../schemas';
import { createInvitationToken, hashInvitationToken } from './tokens';

describe('given a new invitation token', () => {
  it('should carry 256 random bits as 64 hex characters', () => {
    expect(createInvitationToken()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should never repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, createInvitationToken));
    expect(tokens.size).toBe(1000);
  });

  it('should pass the token schema of accept links', () => {
    expect(TokenSchema.safeParse(createInvitationToken()).success).toBe(true);
  });

  it('should use every hex digit, as random bits would', () => {
    const digits = new Set(Array.from({ length: 20 }, createInvitationToken).join(''));
    expect(digits.size).toBe(16);
  });
});

describe('given a token to store', () => {
  it('should hash it with SHA-256, as hex', () => {
    // The SHA-256 test vector of "abc" (FIPS 180-2).
    expect(hashInvitationToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('should give the same hash for the same token and another for another token', () => {
    const token = createInvitationToken();
    expect(hashInvitationToken(token)).toBe(hashInvitationToken(token));
    expect(hashInvitationToken(token)).not.toBe(hashInvitationToken(`${token}0`));
  });

  it('should not contain the token', () => {
    const token = createInvitationToken();
    expect(hashInvitationToken(token)).not.toContain(token.slice(0, 16));
  });
});
