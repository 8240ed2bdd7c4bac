import { describe, expect, it } from 'vitest';
import { TEAM_ERROR_CODES, TeamError } from '../errors';
import { errorResponseFor, successStatusOf } from './errorResponse';
import { codeForStatus, ERROR_STATUS, ErrorBodySchema } from './routes';

describe('given a TeamError', () => {
  it.each(TEAM_ERROR_CODES)(
    'should answer %s with its ERROR_STATUS and an ErrorBody',
    (code) => {
      const response = errorResponseFor(new TeamError(code, 'Because.'));
      expect(response.status).toBe(ERROR_STATUS[code]);
      expect(ErrorBodySchema.parse(response.body)).toEqual({
        error: { code, message: 'Because.' },
      });
    },
  );

  it('should keep the fields of a validation error', () => {
    const error = new TeamError('validation', 'Bad email.', {
      fields: { email: 'Bad email.' },
    });
    expect(errorResponseFor(error).body.error.fields).toEqual({ email: 'Bad email.' });
  });

  it('should send Retry-After in whole seconds when the error says how long to wait', () => {
    const response = errorResponseFor(
      new TeamError('rate_limited', undefined, { retryAfter: 2.2 }),
    );
    expect(response).toMatchObject({ status: 429, headers: { 'Retry-After': '3' } });
    expect(errorResponseFor(new TeamError('conflict')).headers).toEqual({});
  });
});

describe('given anything else thrown', () => {
  it('should answer 500 unknown with the default message, leaking nothing', () => {
    const response = errorResponseFor(new Error('SQLITE_BUSY at /srv/db.sqlite'));
    expect(response.status).toBe(500);
    expect(response.body.error).toEqual({
      code: 'unknown',
      message: TeamError.defaultMessage('unknown'),
    });
  });
});

describe('given the statuses of the contract', () => {
  it('should read back every ERROR_STATUS as a code with that status, but for 502', () => {
    for (const status of new Set(Object.values(ERROR_STATUS))) {
      if (status === 502) continue;
      expect(ERROR_STATUS[codeForStatus(status)], String(status)).toBe(status);
    }
  });

  it('should read a bare 502, 503 or 504 as a gateway whose backend did not answer', () => {
    expect([502, 503, 504].map(codeForStatus)).toEqual(['network', 'network', 'network']);
  });

  it('should answer 201 for creations, 204 without a body, 200 otherwise', () => {
    expect(successStatusOf('invite')).toBe(201);
    expect(successStatusOf('deleteGroup')).toBe(204);
    expect(successStatusOf('changeRole')).toBe(200);
  });
});
