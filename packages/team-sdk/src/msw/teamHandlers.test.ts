import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../contract/routes';
import { createDemoTeam, createMemoryStore, DEMO_PEOPLE } from '../memory';
import {
  bearerActor,
  createTeamHandlers,
  type TeamHandlersOptions,
} from './teamHandlers';

const BASE_URL = 'http://team.test/api/v1';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function team(options: Partial<TeamHandlersOptions> = {}) {
  const store = createMemoryStore(createDemoTeam());
  server.use(...createTeamHandlers({ store, baseUrl: BASE_URL, ...options }));
  return store;
}

function send(path: string, init: RequestInit & { as?: string; json?: unknown } = {}) {
  const { as, json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (as) headers.set('authorization', `Bearer ${as}`);
  if (json !== undefined) headers.set('content-type', 'application/json');
  const body = json === undefined ? rest.body : JSON.stringify(json);
  return fetch(`${BASE_URL}${path}`, { ...rest, headers, body });
}

async function errorOf(response: Response) {
  return ErrorBodySchema.parse(await response.json()).error;
}

describe('given the default session', () => {
  it('should act as the member whose id is the bearer token', async () => {
    team();
    const response = await send('/me', { as: DEMO_PEOPLE.cs });
    expect(response.status).toBe(200);
    expect((await response.json()).member.id).toBe(DEMO_PEOPLE.cs);
  });

  it('should answer 401 unauthenticated without a session, and for an unknown member', async () => {
    team();
    const anonymous = await send('/members');
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe('unauthenticated');
    const stranger = await send('/members', { as: 'mem_stranger' });
    expect(stranger.status).toBe(401);
  });

  it('should read only the Bearer scheme', () => {
    const request = (value: string) =>
      new Request(BASE_URL, { headers: { authorization: value } });
    expect(bearerActor(request('Bearer mem_a'))).toBe('mem_a');
    expect(bearerActor(request('bearer   mem_a '))).toBe('mem_a');
    expect(bearerActor(request('Basic bWVtX2E6'))).toBeNull();
    expect(bearerActor(new Request(BASE_URL))).toBeNull();
  });

  it('should let actorFromRequest choose the member, from a cookie for instance', async () => {
    team({
      actorFromRequest: (request) =>
        /session=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1] ?? null,
    });
    const response = await send('/me', {
      headers: { cookie: `session=${DEMO_PEOPLE.viewer}` },
    });
    expect((await response.json()).member.id).toBe(DEMO_PEOPLE.viewer);
    expect((await send('/me', { as: DEMO_PEOPLE.viewer })).status).toBe(401);
  });
});

describe('given the public invitation routes', () => {
  it('should preview and accept without a session, handing the new member a session', async () => {
    const store = team();
    await send('/invitations', {
      method: 'POST',
      as: DEMO_PEOPLE.superAdmin,
      json: { email: 'new@example.com', role: 'viewer' },
    });
    const { token } = store.outbox.at(-1)!;

    const preview = await send('/invitations/preview', {
      method: 'POST',
      json: { token },
    });
    expect(preview.status).toBe(200);
    const accepted = await send('/invitations/accept', {
      method: 'POST',
      json: { token, name: 'New Person' },
    });
    expect(accepted.status).toBe(201);
    const { member } = await accepted.json();
    expect(accepted.headers.get('x-session-token')).toBe(member.id);
    expect((await send('/me', { as: member.id })).status).toBe(200);
  });
});

describe('given malformed requests', () => {
  it('should answer 422 validation naming the body when the JSON is malformed', async () => {
    team();
    const response = await send('/invitations', {
      method: 'POST',
      as: DEMO_PEOPLE.superAdmin,
      headers: { 'content-type': 'application/json' },
      body: '{"email": "a@b.co", role: cs}',
    });
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toMatchObject({
      code: 'validation',
      fields: { body: expect.any(String) },
    });
  });

  it('should name each field at fault, and change nothing', async () => {
    const store = team();
    const before = store.outbox.length;
    const response = await send('/invitations', {
      method: 'POST',
      as: DEMO_PEOPLE.superAdmin,
      json: { email: 'not-an-email', role: 'owner' },
    });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['email', 'role']);
    expect(store.outbox.length).toBe(before);
  });

  it('should refuse a query value out of range', async () => {
    team();
    const response = await send('/members?limit=5000', { as: DEMO_PEOPLE.superAdmin });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).fields).toHaveProperty('limit');
  });

  it('should refuse a body that is not an object', async () => {
    team();
    const response = await send('/seats', {
      method: 'PUT',
      as: DEMO_PEOPLE.admin,
      json: [5],
    });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).fields).toHaveProperty('body');
  });
});

describe('given a body not sent as JSON', () => {
  it('should refuse it unread with 415, naming the content type, and change nothing', async () => {
    const store = team();
    const before = JSON.stringify({ members: store.members, outbox: store.outbox });

    for (const [path, headers, as] of [
      ['/invitations', { 'content-type': 'text/plain' }, DEMO_PEOPLE.superAdmin],
      ['/invitations/accept', { 'content-type': 'text/plain;charset=UTF-8' }, undefined],
      ['/invitations/preview', {}, undefined],
      [
        '/dev/sign-in',
        { 'content-type': 'application/x-www-form-urlencoded' },
        undefined,
      ],
    ] as const) {
      const body = new TextEncoder().encode(
        JSON.stringify({ email: 'eve@example.com', role: 'cs', name: 'Eve' }),
      );
      const response = await send(path, { method: 'POST', as, headers, body });
      expect(response.status, path).toBe(415);
      expect(await errorOf(response), path).toMatchObject({
        code: 'validation',
        fields: { 'content-type': expect.any(String) },
      });
    }

    expect(JSON.stringify({ members: store.members, outbox: store.outbox })).toBe(before);
  });
});

describe('given numbers in a query string', () => {
  it('should refuse every spelling but plain decimal digits', async () => {
    team();
    for (const query of ['limit=', 'limit=1e1', 'limit=0x10', 'limit=%2B5']) {
      const response = await send(`/members?${query}`, { as: DEMO_PEOPLE.viewer });
      expect(response.status, query).toBe(422);
    }
    const removal = await send(`/members/${DEMO_PEOPLE.cs}?version=`, {
      method: 'DELETE',
      as: DEMO_PEOPLE.superAdmin,
    });
    expect(removal.status).toBe(422);
    expect((await errorOf(removal)).fields).toHaveProperty('version');
    expect((await send('/members?limit=10', { as: DEMO_PEOPLE.viewer })).status).toBe(
      200,
    );
  });
});

describe('given any answer', () => {
  it('should forbid caches to keep it, as the reference server does', async () => {
    team();
    const answers = [
      await send('/me', { as: DEMO_PEOPLE.cs }),
      await send('/me'),
      await send('/dev/people'),
      await send('/dev/sign-in', { method: 'POST', json: { memberId: DEMO_PEOPLE.cs } }),
      await send('/sign-out', { method: 'POST' }),
      await send('/groups/grp_1', { method: 'DELETE', as: DEMO_PEOPLE.admin }),
    ];
    for (const answer of answers) {
      expect(answer.headers.get('cache-control'), String(answer.status)).toBe('no-store');
    }
  });
});

describe('given a refusal of the rules', () => {
  it('should answer the ERROR_STATUS of the code with an ErrorBody', async () => {
    team();
    const self = await send(`/members/${DEMO_PEOPLE.superAdmin}/role`, {
      method: 'PUT',
      as: DEMO_PEOPLE.superAdmin,
      json: { role: 'cs' },
    });
    expect(self.status).toBe(403);
    expect((await errorOf(self)).code).toBe('self_action');

    const stale = await send(`/members/${DEMO_PEOPLE.cs}/active`, {
      method: 'PUT',
      as: DEMO_PEOPLE.superAdmin,
      json: { active: false, version: 0 },
    });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).code).toBe('conflict');

    const removal = `/members/${DEMO_PEOPLE.cs}`;
    expect(
      (await send(removal, { method: 'DELETE', as: DEMO_PEOPLE.superAdmin })).status,
    ).toBe(200);
    const again = await send(removal, { method: 'DELETE', as: DEMO_PEOPLE.superAdmin });
    expect(again.status).toBe(404);
    expect((await errorOf(again)).code).toBe('not_found');
  });

  it('should answer 204 without a body for a deleted group', async () => {
    const store = team();
    const [group] = store.listGroups(DEMO_PEOPLE.superAdmin);
    const response = await send(`/groups/${group!.id}`, {
      method: 'DELETE',
      as: DEMO_PEOPLE.admin,
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });
});

describe('given the development routes', () => {
  it('should list people, sign in, and show the outbox newest first', async () => {
    const store = team();
    const people = await (await send('/dev/people')).json();
    expect(people.items).toHaveLength(store.members.length);
    expect(people.items[0]).not.toHaveProperty('version');

    const signIn = await send('/dev/sign-in', {
      method: 'POST',
      json: { memberId: DEMO_PEOPLE.cs },
    });
    const { token } = await signIn.json();
    expect((await (await send('/me', { as: token })).json()).member.id).toBe(
      DEMO_PEOPLE.cs,
    );

    for (const email of ['one@example.com', 'two@example.com']) {
      await send('/invitations', {
        method: 'POST',
        as: DEMO_PEOPLE.superAdmin,
        json: { email, role: 'cs' },
      });
    }
    const outbox = await (await send('/dev/outbox')).json();
    expect(outbox.items.slice(0, 2).map((mail: { to: string }) => mail.to)).toEqual([
      'two@example.com',
      'one@example.com',
    ]);
    expect((await send('/sign-out', { method: 'POST' })).status).toBe(204);
  });

  it('should refuse to sign in as nobody', async () => {
    team();
    const unknown = await send('/dev/sign-in', {
      method: 'POST',
      json: { memberId: 'mem_x' },
    });
    expect(unknown.status).toBe(404);
    const malformed = await send('/dev/sign-in', { method: 'POST', json: {} });
    expect(malformed.status).toBe(422);
  });

  it('should leave them out when devRoutes is false', () => {
    const store = createMemoryStore(createDemoTeam());
    const paths = (devRoutes: boolean) =>
      createTeamHandlers({ store, baseUrl: BASE_URL, devRoutes }).map(
        (handler) => handler.info.path,
      );
    expect(paths(true)).toContain(`${BASE_URL}/dev/outbox`);
    expect(paths(false).some((path) => String(path).includes('/dev/'))).toBe(false);
    expect(paths(false)).toHaveLength(paths(true).length - 4);
  });
});
