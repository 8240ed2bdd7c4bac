import { createServer } from 'node:net';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TeamAdapter } from '../adapter';
import { createTeamClient } from '../client';
import { createOpenApiDocument } from '../contract/openapi';
import { ERROR_STATUS, type RouteName, routes } from '../contract/routes';
import { createResponseValidator } from '../contract/validate';
import { TEAM_ERROR_CODES, TeamError } from '../errors';
import { createDemoTeam, createMemoryStore, DEMO_PEOPLE } from '../memory';
import { createTeamHandlers } from '../msw';
import {
  createHttpAdapter,
  type HttpAdapterOptions,
  type RetryableMethod,
} from './httpAdapter';

const BASE_URL = 'http://team.test/api/v1';
const NO_WAIT = { delay: () => 0 };

const server = setupServer();
beforeAll(() =>
  server.listen({
    // Loopback requests go out for real: the refused-connection test needs one.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  }),
);
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

function adapter(options: Partial<HttpAdapterOptions> = {}): TeamAdapter {
  return createHttpAdapter({
    baseUrl: BASE_URL,
    getToken: () => DEMO_PEOPLE.superAdmin,
    ...options,
  });
}

/** Answers every request to `path` with `answer`, counting the requests. */
function answer(
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
  path: string,
  respond: (attempt: number, request: Request) => Response | Promise<Response>,
) {
  const requests: Request[] = [];
  server.use(
    http[method](`${BASE_URL}${path}`, ({ request }) => {
      requests.push(request.clone());
      return respond(requests.length, request);
    }),
  );
  return requests;
}

async function failure(promise: Promise<unknown>): Promise<TeamError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TeamError);
  return error as TeamError;
}

function teamOnMsw() {
  const store = createMemoryStore(createDemoTeam());
  server.use(...createTeamHandlers({ store, baseUrl: BASE_URL }));
  return store;
}

describe('given the MSW handlers on the demo team', () => {
  const validator = createResponseValidator(createOpenApiDocument());

  /** Records every answer, to check each against the OpenAPI document. */
  function recordAnswers() {
    const answers: Array<Promise<{ route: string; errors: string[] }>> = [];
    server.events.on('response:mocked', ({ request, response }) => {
      const check = validator.validateFetch(request, response);
      answers.push(
        check.then((result) => ({
          route: result.operationId ?? '?',
          errors: result.errors,
        })),
      );
    });
    return answers;
  }

  it('should reach every route of the contract, each answer matching the OpenAPI document', async () => {
    const store = teamOnMsw();
    const answers = recordAnswers();
    const client = createTeamClient({ adapter: adapter() });
    const anonymous = createTeamClient({ adapter: adapter({ getToken: undefined }) });

    const me = await client.me();
    expect(me.member.id).toBe(DEMO_PEOPLE.superAdmin);
    const page = await client.listMembers({ role: 'cs', sort: 'email', limit: 3 });
    expect(page.items).toHaveLength(3);
    expect(page.items.every((member) => member.role === 'cs')).toBe(true);
    const next = await client.listMembers({
      role: 'cs',
      sort: 'email',
      limit: 3,
      cursor: page.nextCursor!,
    });
    expect(next.items[0]?.email.localeCompare(page.items[2]!.email)).toBe(1);
    expect((await client.getSeats()).limit).toBeGreaterThan(0);
    expect(await client.listTombstones()).toEqual([]);

    const invitation = await client.invite({ email: 'Ana@Example.com', role: 'cs' });
    expect(invitation).toMatchObject({ email: 'ana@example.com', status: 'pending' });
    const listed = await client.listInvitations();
    expect(listed.map((open) => open.id)).toContain(invitation.id);
    const resent = await client.resendInvitation(invitation.id, {
      version: invitation.version,
    });
    expect(resent.version).toBe(invitation.version + 1);
    const token = store.outbox.at(-1)!.token;
    expect(await anonymous.previewInvitation(token)).toMatchObject({ role: 'cs' });
    const accepted = await anonymous.acceptInvitation({ token, name: 'Ana' });
    expect(accepted.member).toMatchObject({ name: 'Ana', role: 'cs', status: 'active' });
    const second = await client.invite({ email: 'bo@example.com', role: 'viewer' });
    expect((await client.cancelInvitation(second.id)).status).toBe('cancelled');

    const promoted = await client.changeRole(accepted.member.id, 'admin', { version: 1 });
    expect(promoted.role).toBe('admin');
    const granted = await client.setSuperAdmin(accepted.member.id, true, {
      version: promoted.version,
    });
    expect(granted.superAdmin).toBe(true);
    const demoted = await client.changeRole(accepted.member.id, 'cs');
    expect(demoted).toMatchObject({ role: 'cs', superAdmin: false });
    expect((await client.setActive(DEMO_PEOPLE.cs, false)).status).toBe('inactive');
    expect((await client.setSeatLimit(99)).limit).toBe(99);

    const group = await client.createGroup({ name: 'Night owls', kind: 'shift' });
    const renamed = await client.updateGroup(group.id, {
      name: 'Early birds',
      version: group.version,
    });
    expect(renamed.name).toBe('Early birds');
    const filled = await client.setGroupMembers(group.id, [DEMO_PEOPLE.viewer], {
      version: renamed.version,
    });
    expect(filled.memberIds).toEqual([DEMO_PEOPLE.viewer]);
    expect((await client.listGroups()).map((each) => each.id)).toContain(group.id);
    await client.deleteGroup(group.id, { version: filled.version });
    expect((await client.listGroups()).map((each) => each.id)).not.toContain(group.id);

    const tombstone = await client.removeMember(accepted.member.id);
    expect(tombstone).toMatchObject({ id: accepted.member.id, name: 'Ana' });
    expect(store.members.some((member) => member.id === accepted.member.id)).toBe(false);

    const checked = await Promise.all(answers);
    expect(checked.flatMap((each) => each.errors)).toEqual([]);
    expect(new Set(checked.map((each) => each.route))).toEqual(
      new Set(Object.keys(routes)),
    );
  });

  it('should carry the backend refusal as the same TeamError, its answer matching the document', async () => {
    teamOnMsw();
    const answers = recordAnswers();
    const client = createTeamClient({ adapter: adapter() });

    const self = await failure(client.changeRole(DEMO_PEOPLE.superAdmin, 'cs'));
    expect(self.code).toBe('self_action');
    const stale = await failure(client.setActive(DEMO_PEOPLE.cs, false, { version: 0 }));
    expect(stale.code).toBe('conflict');
    const viewer = createTeamClient({
      adapter: adapter({ getToken: () => DEMO_PEOPLE.viewer }),
    });
    expect(
      (await failure(viewer.invite({ email: 'x@example.com', role: 'cs' }))).code,
    ).toBe('forbidden');
    const missing = await failure(client.removeMember('mem_nobody'));
    expect(missing.code).toBe('not_found');
    const unknownToken = await failure(client.previewInvitation('f'.repeat(64)));
    expect(unknownToken.code).toBe('invitation_invalid');

    const checked = await Promise.all(answers);
    expect(checked).toHaveLength(5);
    expect(checked.flatMap((each) => each.errors)).toEqual([]);
  });
});

describe('given a backend that answers an ErrorBody', () => {
  it.each(TEAM_ERROR_CODES.map((code) => [code, ERROR_STATUS[code]] as const))(
    'should keep the code %s (status %i), its message and its fields',
    async (code, status) => {
      const fields =
        code === 'validation' ? { email: 'Enter a valid email.' } : undefined;
      const body = { error: { code, message: `Backend says ${code}.`, fields } };
      const requests = answer('get', '/seats', () => HttpResponse.json(body, { status }));

      const error = await failure(adapter({ retry: false }).getSeats());
      expect(error.code).toBe(code);
      expect(error.message).toBe(`Backend says ${code}.`);
      expect(error.fields).toEqual(fields);
      expect(requests).toHaveLength(1);
    },
  );
});

describe('given a backend that answers an error status without a readable ErrorBody', () => {
  const cases = [
    [400, 'validation'],
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [410, 'invitation_invalid'],
    [412, 'conflict'],
    [418, 'unknown'],
    [422, 'validation'],
    [429, 'rate_limited'],
    [500, 'unknown'],
    [502, 'network'],
    [503, 'network'],
    [504, 'network'],
  ] as const;

  it.each(cases)('should map an HTML page with status %i to %s', async (status, code) => {
    answer('get', '/seats', () =>
      HttpResponse.html('<html><body><h1>Bad Gateway</h1></body></html>', { status }),
    );
    const error = await failure(adapter({ retry: false }).getSeats());
    expect(error.code).toBe(code);
    expect(error.message).toBe(TeamError.defaultMessage(code));
  });

  it('should map an empty body by its status', async () => {
    answer('delete', '/groups/:groupId', () => new HttpResponse(null, { status: 404 }));
    const error = await failure(adapter().deleteGroup({ groupId: 'grp_1' }));
    expect(error.code).toBe('not_found');
  });

  it('should ignore an ErrorBody whose code this version does not know', async () => {
    const body = { error: { code: 'quota_exceeded', message: 'New in v9.' } };
    answer('post', '/invitations', () => HttpResponse.json(body, { status: 409 }));
    const error = await failure(adapter().invite({ email: 'a@b.co', role: 'cs' }));
    expect(error.code).toBe('conflict');
  });

  it('should read an ErrorBody sent as text/plain', async () => {
    const body = JSON.stringify({ error: { code: 'no_seats', message: 'Full.' } });
    answer('post', '/invitations', () => HttpResponse.text(body, { status: 409 }));
    const error = await failure(adapter().invite({ email: 'a@b.co', role: 'cs' }));
    expect(error).toMatchObject({ code: 'no_seats', message: 'Full.' });
  });
});

describe('given a success answer that fails the route schema', () => {
  const seats = { limit: 10, used: 4, available: 6 };

  it('should refuse a missing field and name it', async () => {
    const { used: _used, ...partial } = seats;
    answer('get', '/seats', () => HttpResponse.json(partial));
    const error = await failure(adapter().getSeats());
    expect(error.code).toBe('invalid_response');
    expect(Object.keys(error.fields ?? {})).toEqual(['used']);
    expect(error.message).toContain('"used"');
  });

  it('should refuse seats whose figures do not add up', async () => {
    answer('get', '/seats', () => HttpResponse.json({ ...seats, available: 9 }));
    const error = await failure(adapter().getSeats());
    expect(error.code).toBe('invalid_response');
    expect(Object.keys(error.fields ?? {})).toEqual(['available']);
  });

  it('should refuse a wrong type deep inside and name its path', async () => {
    const store = createMemoryStore(createDemoTeam());
    const me = store.me(DEMO_PEOPLE.superAdmin);
    answer('get', '/me', () =>
      HttpResponse.json({ ...me, member: { ...me.member, version: '3' } }),
    );
    const error = await failure(adapter().me());
    expect(error.code).toBe('invalid_response');
    expect(error.fields).toHaveProperty(['member.version']);
    expect(error.message).toContain('"member.version"');
  });

  it('should refuse a bad item of a list and name its index', async () => {
    const store = createMemoryStore(createDemoTeam());
    const groups = store.listGroups(DEMO_PEOPLE.superAdmin);
    const broken = groups.map((group, index) =>
      index === 1 ? { ...group, kind: 'team' } : group,
    );
    answer('get', '/groups', () => HttpResponse.json({ items: broken }));
    const error = await failure(adapter().listGroups());
    expect(error.fields).toHaveProperty(['items.1.kind']);
  });

  it('should refuse an answer wrapped in an extra level of nesting', async () => {
    answer('get', '/seats', () => HttpResponse.json({ data: seats }));
    const error = await failure(adapter().getSeats());
    expect(error.code).toBe('invalid_response');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'available',
      'limit',
      'used',
    ]);
  });

  it('should refuse a body that is not JSON', async () => {
    answer('get', '/seats', () => HttpResponse.text('limit=10'));
    const error = await failure(adapter().getSeats());
    expect(error).toMatchObject({
      code: 'invalid_response',
      fields: { body: expect.any(String) },
    });
  });

  it('should refuse an HTML page served with status 200', async () => {
    answer('get', '/members', () =>
      HttpResponse.html('<!doctype html><title>Sign in</title>'),
    );
    const error = await failure(createTeamClient({ adapter: adapter() }).listMembers());
    expect(error.code).toBe('invalid_response');
  });

  it('should refuse an empty body where one is due', async () => {
    answer('post', '/groups', () => new HttpResponse(null, { status: 201 }));
    const error = await failure(
      adapter().createGroup({ name: 'A', kind: 'custom', description: '' }),
    );
    expect(error.code).toBe('invalid_response');
  });

  it('should refuse a JSON null and an array', async () => {
    answer('get', '/seats', (attempt) =>
      HttpResponse.json(attempt === 1 ? null : [seats]),
    );
    expect((await failure(adapter().getSeats())).fields).toEqual({
      body: expect.any(String),
    });
    expect((await failure(adapter().getSeats())).fields).toEqual({
      body: expect.any(String),
    });
  });

  it('should pass on only what the schema knows, dropping extra fields', async () => {
    answer('get', '/seats', () => HttpResponse.json({ ...seats, secret: 'x' }));
    expect(await adapter().getSeats()).toEqual(seats);
  });
});

describe('given no answer at all', () => {
  it('should fail as network when the connection is refused', async () => {
    const port = await closedPort();
    const error = await failure(
      createHttpAdapter({
        baseUrl: `http://127.0.0.1:${port}/api/v1`,
        retry: false,
      }).me(),
    );
    expect(error.code).toBe('network');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('should fail as network when the fetch rejects (DNS, offline)', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') });
    });
    const error = await failure(adapter({ fetch, retry: false }).me());
    expect(error.code).toBe('network');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('should fail as network when the request is aborted', async () => {
    const fetch = async () => {
      throw new DOMException('The operation was aborted.', 'AbortError');
    };
    expect(
      (await failure(adapter({ fetch }).invite({ email: 'a@b.co', role: 'cs' }))).code,
    ).toBe('network');
  });

  it('should fail as network after the timeout, without repeating the request', async () => {
    const requests = answer('get', '/me', async () => {
      await delay(4_000);
      return HttpResponse.json({});
    });
    const started = Date.now();
    const error = await failure(adapter({ timeout: 50 }).me());
    expect(error.code).toBe('network');
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(requests).toHaveLength(1);
  });

  it('should fail as network when the body stalls after the headers', async () => {
    answer('get', '/seats', () => {
      const stalled = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"limit":'));
        },
      });
      return new HttpResponse(stalled, {
        headers: { 'content-type': 'application/json' },
      });
    });
    const started = Date.now();
    const error = await failure(adapter({ timeout: 100 }).getSeats());
    expect(error.code).toBe('network');
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('should fail as network when an answer is an MSW network error', async () => {
    answer('get', '/seats', () => HttpResponse.error());
    expect((await failure(adapter({ retry: { ...NO_WAIT } }).getSeats())).code).toBe(
      'network',
    );
  });
});

describe('given a failure worth retrying', () => {
  const seats = { limit: 10, used: 4, available: 6 };
  const unavailable = () => new HttpResponse(null, { status: 503 });

  it('should repeat a GET until it succeeds, within the limit', async () => {
    const requests = answer('get', '/seats', (attempt) =>
      attempt < 3 ? unavailable() : HttpResponse.json(seats),
    );
    expect(await adapter({ retry: { limit: 2, ...NO_WAIT } }).getSeats()).toEqual(seats);
    expect(requests).toHaveLength(3);
  });

  it('should give up after the limit with the last failure', async () => {
    const requests = answer('get', '/seats', unavailable);
    const error = await failure(adapter({ retry: { limit: 2, ...NO_WAIT } }).getSeats());
    expect(error.code).toBe('network');
    expect(requests).toHaveLength(3);
  });

  it('should repeat a GET whose connection failed', async () => {
    const requests = answer('get', '/seats', (attempt) =>
      attempt === 1 ? HttpResponse.error() : HttpResponse.json(seats),
    );
    expect(await adapter({ retry: NO_WAIT }).getSeats()).toEqual(seats);
    expect(requests).toHaveLength(2);
  });

  it('should never repeat a POST or a PATCH', async () => {
    const invites = answer('post', '/invitations', unavailable);
    const updates = answer('patch', '/groups/:groupId', unavailable);
    const http = adapter({ retry: { limit: 3, ...NO_WAIT } });
    await failure(http.invite({ email: 'a@b.co', role: 'cs' }));
    await failure(http.updateGroup({ groupId: 'grp_1', name: 'B' }));
    expect(invites).toHaveLength(1);
    expect(updates).toHaveLength(1);
  });

  it('should never repeat a POST or a PATCH, even when a host lists them', async () => {
    const invites = answer('post', '/invitations', unavailable);
    const updates = answer('patch', '/groups/:groupId', unavailable);
    // Plain JavaScript hosts are not held back by the type.
    const methods = ['get', 'post', 'patch'] as unknown as RetryableMethod[];
    const http = adapter({ retry: { limit: 3, methods, ...NO_WAIT } });
    await failure(http.invite({ email: 'a@b.co', role: 'cs' }));
    await failure(http.updateGroup({ groupId: 'grp_1', name: 'B' }));
    expect(invites).toHaveLength(1);
    expect(updates).toHaveLength(1);
  });

  it('should not repeat a PUT or a DELETE by default, since a landed write would turn into a conflict', async () => {
    const changes = answer('put', '/members/:memberId/role', unavailable);
    const removals = answer('delete', '/members/:memberId', unavailable);
    const http = adapter({ retry: NO_WAIT });
    await failure(http.changeRole({ memberId: 'mem_1', role: 'cs', version: 2 }));
    await failure(http.removeMember({ memberId: 'mem_1', version: 2 }));
    expect(changes).toHaveLength(1);
    expect(removals).toHaveLength(1);
  });

  it('should repeat a PUT when the host opts in', async () => {
    const changes = answer('put', '/seats', (attempt) =>
      attempt === 1 ? unavailable() : HttpResponse.json(seats),
    );
    const http = adapter({ retry: { methods: ['get', 'put'], ...NO_WAIT } });
    expect(await http.setSeatLimit({ limit: 10 })).toEqual(seats);
    expect(changes).toHaveLength(2);
  });

  it('should not repeat a client error', async () => {
    const requests = answer('get', '/me', () => new HttpResponse(null, { status: 401 }));
    await failure(adapter({ retry: { limit: 3, ...NO_WAIT } }).me());
    expect(requests).toHaveLength(1);
  });

  it('should not repeat anything when retry is false', async () => {
    const requests = answer('get', '/seats', unavailable);
    await failure(adapter({ retry: false }).getSeats());
    expect(requests).toHaveLength(1);
  });
});

describe('given a backend that asks to wait with Retry-After', () => {
  const seats = { limit: 10, used: 4, available: 6 };
  const busy = (seconds: string) =>
    HttpResponse.json(
      { error: { code: 'rate_limited', message: 'Slow down.' } },
      { status: 429, headers: { 'Retry-After': seconds } },
    );

  it('should wait that long before repeating a GET', async () => {
    const times: number[] = [];
    answer('get', '/seats', (attempt) => {
      times.push(Date.now());
      return attempt === 1 ? busy('1') : HttpResponse.json(seats);
    });
    // The backoff would retry at once: only Retry-After explains the pause.
    expect(await adapter({ retry: NO_WAIT }).getSeats()).toEqual(seats);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('should give up at once, telling how long to wait, when the pause is longer than allowed', async () => {
    const requests = answer('get', '/seats', () => busy('120'));
    const started = Date.now();
    const error = await failure(adapter({ retry: { maxRetryAfter: 5_000 } }).getSeats());
    expect(error).toMatchObject({ code: 'rate_limited', retryAfter: 120 });
    expect(requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_500);
  });

  it('should tell how long to wait on a write, without repeating it', async () => {
    const requests = answer('post', '/invitations', () => busy('7'));
    const error = await failure(adapter().invite({ email: 'a@b.co', role: 'cs' }));
    expect(error).toMatchObject({ code: 'rate_limited', retryAfter: 7 });
    expect(requests).toHaveLength(1);
  });

  it('should read Retry-After given as an HTTP date', async () => {
    const later = new Date(Date.now() + 30_000).toUTCString();
    answer('post', '/invitations', () => busy(later));
    const error = await failure(adapter().invite({ email: 'a@b.co', role: 'cs' }));
    expect(error.retryAfter).toBeGreaterThanOrEqual(28);
    expect(error.retryAfter).toBeLessThanOrEqual(31);
  });
});

describe('given a session token', () => {
  it('should send it as a bearer token, awaiting an async getToken', async () => {
    const requests = answer('get', '/seats', () =>
      HttpResponse.json({ limit: 1, used: 0, available: 1 }),
    );
    await adapter({ getToken: async () => 'session-123' }).getSeats();
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer session-123');
  });

  it('should send no Authorization header when getToken returns null or is absent', async () => {
    const requests = answer('get', '/seats', () =>
      HttpResponse.json({ limit: 1, used: 0, available: 1 }),
    );
    await adapter({ getToken: async () => null }).getSeats();
    await adapter({ getToken: undefined }).getSeats();
    expect(requests.map((request) => request.headers.has('authorization'))).toEqual([
      false,
      false,
    ]);
  });

  it('should neither ask for nor send a token on the public invitation routes', async () => {
    const preview = {
      teamName: 'T',
      email: 'a@b.co',
      role: 'cs',
      expiresAt: new Date().toISOString(),
    };
    const requests = answer('post', '/invitations/preview', () =>
      HttpResponse.json(preview),
    );
    const getToken = vi.fn(() => 'session-123');
    await adapter({ getToken }).previewInvitation({ token: 'a'.repeat(64) });
    expect(getToken).not.toHaveBeenCalled();
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('should pass on a TeamError thrown by getToken without sending anything', async () => {
    const requests = answer('get', '/me', () => HttpResponse.json({}));
    const getToken = () => {
      throw new TeamError('unauthenticated', 'Signed out elsewhere.');
    };
    const error = await failure(adapter({ getToken }).me());
    expect(error).toMatchObject({
      code: 'unauthenticated',
      message: 'Signed out elsewhere.',
    });
    expect(requests).toHaveLength(0);
  });

  it('should send the extra headers and accept JSON', async () => {
    const requests = answer('get', '/seats', () =>
      HttpResponse.json({ limit: 1, used: 0, available: 1 }),
    );
    await adapter({ headers: { 'x-tenant': 'acme' } }).getSeats();
    expect(requests[0]?.headers.get('x-tenant')).toBe('acme');
    expect(requests[0]?.headers.get('accept')).toBe('application/json');
  });
});

describe('given the requests the adapter builds', () => {
  it('should put path parameters in the path, encoded, and the rest in the JSON body', async () => {
    const member = createMemoryStore(createDemoTeam()).members[0]!;
    const requests = answer('put', '/members/:memberId/role', () =>
      HttpResponse.json(member),
    );
    await adapter().changeRole({ memberId: 'mem_a-1', role: 'viewer', version: 4 });
    const [request] = requests;
    expect(new URL(request!.url).pathname).toBe('/api/v1/members/mem_a-1/role');
    expect(await request!.json()).toEqual({ role: 'viewer', version: 4 });
  });

  it('should send list filters and the version of a deletion as query parameters', async () => {
    const requests = answer('get', '/members', () =>
      HttpResponse.json({ items: [], nextCursor: null, total: 0 }),
    );
    const deletions = answer(
      'delete',
      '/groups/:groupId',
      () => new HttpResponse(null, { status: 204 }),
    );
    await createTeamClient({ adapter: adapter() }).listMembers({
      search: 'nok',
      role: 'cs',
    });
    await adapter().deleteGroup({ groupId: 'grp_1', version: 3 });
    const query = Object.fromEntries(new URL(requests[0]!.url).searchParams);
    expect(query).toEqual({
      search: 'nok',
      role: 'cs',
      sort: 'name',
      order: 'asc',
      limit: '50',
    });
    expect(new URL(deletions[0]!.url).searchParams.get('version')).toBe('3');
  });

  it('should accept a base URL with a trailing slash', async () => {
    const requests = answer('get', '/seats', () =>
      HttpResponse.json({ limit: 1, used: 0, available: 1 }),
    );
    await adapter({ baseUrl: `${BASE_URL}/` }).getSeats();
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/seats');
  });

  it('should refuse to start without a base URL, saying what it needs', () => {
    expect(() => createHttpAdapter({ baseUrl: '' })).toThrow(/needs a baseUrl/);
  });

  it('should build every request from the contract routes', () => {
    const names = Object.keys(adapter()).sort();
    expect(names).toEqual((Object.keys(routes) as RouteName[]).sort());
  });
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('No port.');
  return address.port;
}
