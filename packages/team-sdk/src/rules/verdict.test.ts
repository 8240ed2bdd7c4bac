import { describe, expect, it } from 'vitest';
import { TeamError } from '../errors';
import { ALLOWED, assertAllowed, firstRefusal, refuse } from './verdict';

describe('given a refusal', () => {
  it('should carry the default message of its code when given no reason', () => {
    expect(refuse('no_seats')).toEqual({
      allowed: false,
      code: 'no_seats',
      reason: TeamError.defaultMessage('no_seats'),
    });
  });

  it('should carry a precise reason and the fields at fault when given them', () => {
    const verdict = refuse('validation', 'Pick another name.', { name: 'Taken.' });
    expect(verdict).toEqual({
      allowed: false,
      code: 'validation',
      reason: 'Pick another name.',
      fields: { name: 'Taken.' },
    });
  });

  it('should throw it as a TeamError with the same code, reason and fields', () => {
    const verdict = refuse('validation', 'Pick another name.', { name: 'Taken.' });
    let thrown: unknown;
    try {
      assertAllowed(verdict);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TeamError);
    expect(thrown).toMatchObject({
      code: 'validation',
      message: 'Pick another name.',
      fields: { name: 'Taken.' },
    });
  });
});

describe('given an allowed verdict', () => {
  it('should not throw', () => {
    expect(() => assertAllowed(ALLOWED)).not.toThrow();
  });

  it('should be frozen, so no caller can turn it into a refusal', () => {
    expect(Object.isFrozen(ALLOWED)).toBe(true);
  });
});

describe('given several checks', () => {
  it('should answer the first refusal, in order, and run no check after it', () => {
    const calls: string[] = [];
    const check = (name: string, verdict: typeof ALLOWED) => () => {
      calls.push(name);
      return verdict;
    };
    const verdict = firstRefusal(
      check('a', ALLOWED),
      check('b', refuse('forbidden')),
      check('c', refuse('conflict')),
    );
    expect(verdict).toMatchObject({ code: 'forbidden' });
    expect(calls).toEqual(['a', 'b']);
  });

  it('should allow when every check allows, and when there are none', () => {
    expect(
      firstRefusal(
        () => ALLOWED,
        () => ALLOWED,
      ),
    ).toEqual(ALLOWED);
    expect(firstRefusal()).toEqual(ALLOWED);
  });
});
