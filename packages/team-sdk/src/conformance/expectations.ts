import { expect } from 'vitest';
import { TeamError, type TeamErrorCode } from '../errors';

/** Awaits a call that must fail, and checks it failed with a `TeamError` of `code`. */
export async function expectRefusal(
  call: Promise<unknown>,
  code: TeamErrorCode,
): Promise<TeamError> {
  const outcome = await call.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) {
    expect.fail(`expected a "${code}" TeamError, but the call succeeded`);
  }
  expect(outcome.error, `expected a "${code}" TeamError`).toBeInstanceOf(TeamError);
  expect((outcome.error as TeamError).code).toBe(code);
  return outcome.error as TeamError;
}

/** A random token of the right shape that no backend ever issued. */
export function unknownToken(): string {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const DAY_MS = 24 * 60 * 60 * 1000;
