import {
  conformanceSeed,
  CONFORMANCE_PEOPLE as PEOPLE,
} from '@fiko/team-sdk/conformance';
import { describe, expect, it } from 'vitest';
import { createServer } from '../src/index';
import { freshDatabasePath, startServer } from './helpers';

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

describe('given no development routes and no mailer', () => {
  it('should refuse to start rather than keep invitation links in the outbox', () => {
    const databasePath = freshDatabasePath();

    const start = () => createServer({ databasePath, devRoutes: false });

    expect(start).toThrow(/needs a mailer/);
  });
});
