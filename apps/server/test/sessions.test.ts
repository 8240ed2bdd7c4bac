import {
  conformanceSeed,
  CONFORMANCE_PEOPLE as PEOPLE,
} from '@fiko/team-sdk/conformance';
import { describe, expect, it, vi } from 'vitest';
import { startServer } from './helpers';

describe('given signed-in members', () => {
  it('should reject a deactivated member on their next request', async () => {
    const { call, signIn } = await startServer([conformanceSeed()]);
    const [owner, agent] = [await signIn(PEOPLE.owner), await signIn(PEOPLE.agent)];
    expect((await call('GET', '/me', { token: agent })).status).toBe(200);

    await call('PUT', `/members/${PEOPLE.agent}/active`, {
      token: owner,
      body: { active: false },
    });

    const next = await call('GET', '/members', { token: agent });
    expect(next.status).toBe(401);
    expect(next.body.error.code).toBe('unauthenticated');
    const again = await call('POST', '/dev/sign-in', {
      body: { memberId: PEOPLE.agent },
    });
    expect(again.status).toBe(401);
  });

  it('should not revive old sessions when the member is reactivated', async () => {
    const { call, signIn } = await startServer([conformanceSeed()]);
    const [owner, agent] = [await signIn(PEOPLE.owner), await signIn(PEOPLE.agent)];
    const path = `/members/${PEOPLE.agent}/active`;

    await call('PUT', path, { token: owner, body: { active: false } });
    await call('PUT', path, { token: owner, body: { active: true } });

    expect((await call('GET', '/me', { token: agent })).status).toBe(401);
    expect((await call('GET', '/me', { token: await signIn(PEOPLE.agent) })).status).toBe(
      200,
    );
  });

  it('should reject a deleted member on their next request', async () => {
    const { call, signIn } = await startServer([conformanceSeed()]);
    const [owner, viewer] = [await signIn(PEOPLE.owner), await signIn(PEOPLE.viewer)];

    const removed = await call('DELETE', `/members/${PEOPLE.viewer}`, { token: owner });

    expect(removed.status).toBe(200);
    expect((await call('GET', '/seats', { token: viewer })).status).toBe(401);
    expect(
      (await call('POST', '/dev/sign-in', { body: { memberId: PEOPLE.viewer } })).status,
    ).toBe(404);
  });

  it('should end a session on sign-out', async () => {
    const { call, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.agent);

    const signOut = await call('POST', '/sign-out', { token });

    expect(signOut.status).toBe(204);
    expect((await call('GET', '/me', { token })).status).toBe(401);
  });

  it('should refuse unknown, malformed and missing tokens alike', async () => {
    const { call } = await startServer([conformanceSeed()]);

    for (const authorization of ['Bearer nope', 'Basic abc', 'Bearer', '']) {
      const answer = await call('GET', '/me', { headers: { authorization } });
      expect(answer.status).toBe(401);
    }
  });

  it('should store session tokens only as hashes', async () => {
    const { server, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.agent);

    const stored = server.db.prepare('SELECT token_hash FROM sessions').pluck().all();

    expect(stored).toHaveLength(1);
    expect(stored).not.toContain(token);
  });

  it('should sign a new member in with the session handed over on accepting', async () => {
    const { server, call, signIn } = await startServer([conformanceSeed()]);
    const owner = await signIn(PEOPLE.owner);
    await call('POST', '/invitations', {
      token: owner,
      body: { email: 'new@example.com', role: 'cs' },
    });
    const outbox = await call('GET', '/dev/outbox');
    const link = new URL(outbox.body.items[0].acceptUrl);

    const accepted = await call('POST', '/invitations/accept', {
      body: { token: link.searchParams.get('token'), name: 'New Person' },
    });
    const session = accepted.headers.get('x-session-token');

    expect(link.origin + link.pathname).toBe('http://localhost:5173/join');
    expect(session).toBeTruthy();
    const me = await call('GET', '/me', { token: session ?? '' });
    expect(me.body.member.name).toBe('New Person');
    const hashes = server.db.prepare('SELECT token_hash FROM invitations').pluck().all();
    expect(hashes).not.toContain(link.searchParams.get('token'));
  });
});

describe('given production mode', () => {
  // Without the development routes the server needs a mailer of its own.
  const mailer = { send: async () => undefined };

  it('should serve no development route', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const { call } = await startServer([conformanceSeed()], {
        devRoutes: undefined,
        mailer,
      });
      for (const [method, path] of [
        ['GET', '/dev/people'],
        ['GET', '/dev/outbox'],
        ['POST', '/dev/sign-in'],
      ] as const) {
        const body = method === 'POST' ? { memberId: PEOPLE.owner } : undefined;
        const answer = await call(method, path, { body });
        expect(answer.status).toBe(404);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('should serve them again when FIKO_DEV_ROUTES=1', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('FIKO_DEV_ROUTES', '1');
    try {
      const { call } = await startServer([conformanceSeed()], { devRoutes: undefined });
      const people = await call('GET', '/dev/people');
      expect(people.status).toBe(200);
      expect(people.body.items).toHaveLength(6);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
