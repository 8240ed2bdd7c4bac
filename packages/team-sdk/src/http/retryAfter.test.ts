import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './retryAfter';

const NOW = Date.parse('2026-12-03T10:00:00Z');
const now = () => NOW;

describe('given a Retry-After header', () => {
  it('should read delay seconds', () => {
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds(' 0 ', now)).toBe(0);
  });

  it('should read an HTTP date as the seconds until then, never below zero', () => {
    expect(retryAfterSeconds('Thu, 03 Dec 2026 10:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Thu, 03 Dec 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('should read nothing from an absent or unreadable header', () => {
    expect(retryAfterSeconds(null, now)).toBeUndefined();
    expect(retryAfterSeconds('', now)).toBeUndefined();
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds('-5', now)).toBeUndefined();
    expect(retryAfterSeconds('9'.repeat(20), now)).toBeUndefined();
    expect(retryAfterSeconds('9'.repeat(400), now)).toBeUndefined();
  });
});
