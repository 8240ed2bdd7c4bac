import {
  conformanceSeed,
  CONFORMANCE_PEOPLE as PEOPLE,
} from '@fiko/team-sdk/conformance';
import { describe, expect, it } from 'vitest';
import { startServer } from './helpers';

describe('given numbers in a query string', () => {
  it('should read plain decimal digits only, refusing every other spelling', async () => {
    const { call, signIn } = await startServer([conformanceSeed({ extraAgents: 3 })]);
    const token = await signIn(PEOPLE.owner);
    const loose = [
      '',
      ' ',
      '0x0',
      '0x1',
      '1e0',
      '1e2',
      '+1',
      '-0',
      '1.0',
      ' 1',
      '1 ',
      'Infinity',
    ];

    for (const value of loose) {
      const version = encodeURIComponent(value);
      const removal = await call(
        'DELETE',
        `/members/${PEOPLE.agent}?version=${version}`,
        {
          token,
        },
      );
      const page = await call('GET', `/members?limit=${version}`, { token });
      expect(removal.status, `version=${value}`).toBe(422);
      expect(removal.body.error.fields, `version=${value}`).toHaveProperty('version');
      expect(page.status, `limit=${value}`).toBe(422);
      expect(page.body.error.fields, `limit=${value}`).toHaveProperty('limit');
    }

    const page = await call('GET', '/members?limit=007', { token });
    const stale = await call('DELETE', `/members/${PEOPLE.agent}?version=2`, { token });
    const removal = await call('DELETE', `/members/${PEOPLE.agent}?version=1`, { token });
    expect(page.body.items).toHaveLength(7);
    expect(stale.status).toBe(409);
    expect(removal.status).toBe(200);
  });
});
