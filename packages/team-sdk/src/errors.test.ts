import { describe, expect, it, vi } from 'vitest';
import {
  isTeamErrorBody,
  isTeamErrorCode,
  TEAM_ERROR_CODES,
  TeamError,
  validationError,
} from './errors';

describe('given the error codes', () => {
  it('should be exactly the codes of the specification', () => {
    expect([...TEAM_ERROR_CODES]).toEqual([
      'unauthenticated',
      'forbidden',
      'not_found',
      'validation',
      'no_seats',
      'already_member',
      'already_invited',
      'self_action',
      'last_admin',
      'admin_cannot_be_deactivated',
      'invitation_expired',
      'invitation_invalid',
      'conflict',
      'rate_limited',
      'network',
      'invalid_response',
      'unknown',
    ]);
  });

  it('should each have a distinct default message that ends a sentence', () => {
    const messages = TEAM_ERROR_CODES.map((code) => TeamError.defaultMessage(code));
    expect(new Set(messages).size).toBe(TEAM_ERROR_CODES.length);
    for (const message of messages) expect(message).toMatch(/^[A-Z].*\.$/);
  });

  it('should recognise known codes only', () => {
    expect(isTeamErrorCode('no_seats')).toBe(true);
    expect(isTeamErrorCode('NO_SEATS')).toBe(false);
    expect(isTeamErrorCode('toString')).toBe(false);
    expect(isTeamErrorCode(42)).toBe(false);
  });
});

describe('given a new TeamError', () => {
  it('should be an Error named TeamError with the default message of its code', () => {
    const error = new TeamError('no_seats');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TeamError');
    expect(error.code).toBe('no_seats');
    expect(error.message).toBe(TeamError.defaultMessage('no_seats'));
    expect(error.fields).toBeUndefined();
    expect(error.stack).toContain('TeamError');
  });

  it('should keep a precise message, fields, cause and retryAfter', () => {
    const cause = new Error('socket hang up');
    const error = new TeamError('rate_limited', 'Slow down.', {
      fields: { email: 'Bad.' },
      cause,
      retryAfter: 3,
    });
    expect(error).toMatchObject({
      message: 'Slow down.',
      fields: { email: 'Bad.' },
      cause,
      retryAfter: 3,
    });
  });

  it('should build a validation error whose message is the first field message', () => {
    const error = validationError({ email: 'Enter an email.', role: 'Pick a role.' });
    expect(error.code).toBe('validation');
    expect(error.message).toBe('Enter an email.');
    expect(error.fields).toEqual({ email: 'Enter an email.', role: 'Pick a role.' });
  });
});

describe('given TeamError.is', () => {
  it('should recognise any TeamError without codes, and only the given codes with them', () => {
    const error = new TeamError('conflict');
    expect(TeamError.is(error)).toBe(true);
    expect(TeamError.is(error, 'conflict')).toBe(true);
    expect(TeamError.is(error, 'not_found', 'conflict')).toBe(true);
    expect(TeamError.is(error, 'not_found')).toBe(false);
  });

  it('should not take a plain error or a look-alike object for a TeamError', () => {
    expect(TeamError.is(new Error('conflict'))).toBe(false);
    expect(TeamError.is({ code: 'conflict', message: 'x' })).toBe(false);
    expect(TeamError.is(undefined)).toBe(false);
  });

  it('should recognise a TeamError made by another copy of the kit', async () => {
    // A query string makes the module loader evaluate the file a second time.
    const copy = './errors?copy';
    vi.resetModules();
    const other: typeof import('./errors') = await import(/* @vite-ignore */ copy);
    const foreign = new other.TeamError('no_seats');

    expect(foreign).not.toBeInstanceOf(TeamError);
    expect(TeamError.is(foreign, 'no_seats')).toBe(true);
    expect(TeamError.from(foreign)).toBe(foreign);
  });
});

describe('given TeamError.from', () => {
  it('should return a TeamError as it is', () => {
    const error = new TeamError('forbidden');
    expect(TeamError.from(error)).toBe(error);
  });

  it('should rebuild a serialised body, keeping the body as cause', () => {
    const body = { code: 'validation', message: 'Bad email.', fields: { email: 'Bad.' } };
    const error = TeamError.from(body);
    expect(error).toBeInstanceOf(TeamError);
    expect(error).toMatchObject({
      code: 'validation',
      message: 'Bad email.',
      cause: body,
    });
    expect(error.fields).toEqual({ email: 'Bad.' });
  });

  it('should unwrap the { error } body of the REST contract', () => {
    const error = TeamError.from({ error: { code: 'no_seats', message: 'Full.' } });
    expect(error).toMatchObject({ code: 'no_seats', message: 'Full.' });
  });

  it('should keep only text fields from a body and use the default message for an empty one', () => {
    const error = TeamError.from({
      code: 'validation',
      message: '',
      fields: { email: 'Bad.', role: 7, nested: { a: 1 } },
    });
    expect(error.message).toBe(TeamError.defaultMessage('validation'));
    expect(error.fields).toEqual({ email: 'Bad.' });
    expect(TeamError.from({ code: 'validation', message: 'x', fields: [1] }).fields).toBe(
      undefined,
    );
  });

  it('should turn anything else into unknown, keeping it as cause', () => {
    const thrown = new TypeError('Failed to fetch');
    for (const value of [
      thrown,
      'boom',
      null,
      undefined,
      42,
      { code: 'teapot', message: 'x' },
    ]) {
      const error = TeamError.from(value);
      expect(error.code).toBe('unknown');
      expect(error.cause).toBe(value);
    }
  });
});

describe('given a thrown value that throws when read', () => {
  function hostileValues(): unknown[] {
    const throwingGetter = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('getter');
      },
    });
    const throwingTrap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    return [throwingGetter, throwingTrap, revocable.proxy];
  }

  it('should still turn it into unknown, keeping it as cause', () => {
    for (const value of hostileValues()) {
      const error = TeamError.from(value);
      expect(error.code).toBe('unknown');
      expect(error.cause).toBe(value);
      expect(TeamError.is(value)).toBe(false);
    }
  });
});

describe('given a TeamError to send', () => {
  it('should serialise code and message, and fields only when it has them', () => {
    expect(new TeamError('forbidden', 'No.').toJSON()).toEqual({
      code: 'forbidden',
      message: 'No.',
    });
    const withFields = new TeamError('validation', 'Bad.', {
      fields: { name: 'Too long.' },
    });
    expect(JSON.parse(JSON.stringify(withFields))).toEqual({
      code: 'validation',
      message: 'Bad.',
      fields: { name: 'Too long.' },
    });
  });

  it('should leave the cause out, so no internals cross the wire', () => {
    const error = new TeamError('unknown', undefined, {
      cause: new Error('db password'),
    });
    expect(JSON.stringify(error)).not.toContain('password');
  });

  it('should come back the same through JSON and TeamError.from', () => {
    const original = new TeamError('validation', 'Bad.', { fields: { email: 'No.' } });
    const copy = TeamError.from(JSON.parse(JSON.stringify(original)));
    expect(copy.toJSON()).toEqual(original.toJSON());
    expect(isTeamErrorBody(original.toJSON())).toBe(true);
  });
});
