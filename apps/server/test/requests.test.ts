import {
  conformanceSeed,
  CONFORMANCE_GROUPS as GROUPS,
  CONFORMANCE_INVITATIONS as INVITATIONS,
  CONFORMANCE_PEOPLE as PEOPLE,
} from '@fiko/team-sdk/conformance';
import {
  type RouteDefinition,
  type RouteName,
  routePath,
  routes,
} from '@fiko/team-sdk/contract';
import { describe, expect, it } from 'vitest';
import type { Db } from '../src/index';
import { type Answer, startServer } from './helpers';
import { validateResponse } from './openapi';

const PARAMS = {
  memberId: PEOPLE.agent,
  invitationId: INVITATIONS.pending,
  groupId: GROUPS.support,
};

const ROUTES_WITH_BODY = (Object.entries(routes) as Array<[RouteName, RouteDefinition]>)
  .filter(([, route]) => route.body)
  .map(([name, route]) => ({
    name,
    method: route.method.toUpperCase(),
    path: routePath(route.path, PARAMS),
  }));

function rowsOf(db: Db) {
  const tables = ['members', 'invitations', 'groups', 'group_members', 'outbox'];
  return tables.map((table) => db.prepare(`SELECT * FROM ${table}`).all());
}

/** A request with a body of raw bytes, so that fetch adds no Content-Type of its own. */
async function sendBytes(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<Answer> {
  const body = new TextEncoder().encode(JSON.stringify({ memberId: PEOPLE.owner }));
  const response = await fetch(`${url}${path}`, { method, headers, body });
  const text = await response.text();
  const answer = {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
  validateResponse(method, path, answer);
  return answer;
}

function expectUnsupported(answer: Answer, what: string) {
  expect(answer.status, what).toBe(415);
  expect(answer.body.error.code, what).toBe('validation');
  expect(answer.body.error.fields, what).toHaveProperty(['content-type']);
}

describe('given a request body that is not sent as JSON', () => {
  it.each([
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
  ])(
    'should refuse a %s body on every route that takes one, changing nothing',
    async (contentType) => {
      const { server, call, signIn } = await startServer([conformanceSeed()]);
      const token = await signIn(PEOPLE.owner);
      const before = rowsOf(server.db);

      for (const { name, method, path } of ROUTES_WITH_BODY) {
        const answer = await call(method, path, {
          token,
          raw: '{"email":"eve@example.com","role":"cs","name":"Eve","limit":20}',
          headers: { 'content-type': contentType },
        });
        expectUnsupported(answer, name);
      }

      expect(rowsOf(server.db)).toEqual(before);
    },
  );

  it('should refuse a body sent without any Content-Type', async () => {
    const { url, server } = await startServer([conformanceSeed()]);
    const before = rowsOf(server.db);

    const accept = await sendBytes(url, 'POST', '/invitations/accept', {});
    const signIn = await sendBytes(url, 'POST', '/dev/sign-in', {});

    expectUnsupported(accept, 'accept');
    expectUnsupported(signIn, 'sign-in');
    expect(rowsOf(server.db)).toEqual(before);
  });

  it('should take application/json with parameters, and an empty body with none', async () => {
    const { url, call, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.owner);

    const json = await sendBytes(url, 'POST', '/dev/sign-in', {
      'content-type': 'Application/JSON; charset=utf-8',
    });
    const empty = await call('POST', `/invitations/${INVITATIONS.pending}/resend`, {
      token,
    });

    expect(json.status).toBe(200);
    expect(empty.status).toBe(200);
  });
});

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

describe('given any answer of the API', () => {
  it('should forbid every cache to keep it, sessions and errors included', async () => {
    const { server, call, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.owner);
    await call('POST', '/invitations', {
      token,
      body: { email: 'june@example.com', role: 'cs' },
    });
    const { token: invitation } = server.db.prepare('SELECT token FROM outbox').get() as {
      token: string;
    };

    const answers = [
      await call('POST', '/dev/sign-in', { body: { memberId: PEOPLE.viewer } }),
      await call('POST', '/invitations/accept', {
        body: { token: invitation, name: 'June' },
      }),
      await call('GET', '/members', { token }),
      await call('GET', '/dev/outbox'),
      await call('GET', '/me'),
      await call('GET', '/groups/nothing-here/at-all', { token }),
      await call('POST', '/invitations', { token, body: { email: 'nope' } }),
      await call('POST', '/sign-out', { token }),
    ];

    expect(answers[1]!.headers.get('x-session-token')).toBeTruthy();
    for (const answer of answers) {
      expect(answer.headers.get('cache-control'), String(answer.status)).toBe('no-store');
    }
  });
});
