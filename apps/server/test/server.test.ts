import {
  conformanceSeed,
  CONFORMANCE_PEOPLE as PEOPLE,
} from '@fiko/team-sdk/conformance';
import { describe, expect, it } from 'vitest';
import { startServer } from './helpers';

describe('given a server on a seeded database', () => {
  it('should tell a signed-in member who they are', async () => {
    const { call, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.agent);

    const me = await call('GET', '/me', { token });

    expect(me.status).toBe(200);
    expect(me.body.member.id).toBe(PEOPLE.agent);
    expect(me.body.team).toEqual({
      id: 'team_conformance',
      name: 'Conformance Team',
      activeSuperAdminCount: 2,
    });
  });

  it('should answer unauthenticated without a session', async () => {
    const { call } = await startServer([conformanceSeed()]);

    const me = await call('GET', '/me');

    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('unauthenticated');
  });
});
