import { LIMITS, ListMembersQuerySchema } from '@fiko/team-sdk';
import {
  conformanceSeed,
  CONFORMANCE_GROUPS as GROUPS,
  CONFORMANCE_PEOPLE as PEOPLE,
} from '@fiko/team-sdk/conformance';
import { describe, expect, it, vi } from 'vitest';
import { queryMembers } from '../src/team/memberQuery';
import { type Answer, startServer, type TestServer } from './helpers';

/** Invites an address and accepts the invitation with `name`, over HTTP. */
async function join(server: TestServer, token: string, email: string, name: string) {
  await server.call('POST', '/invitations', { token, body: { email, role: 'cs' } });
  const outbox = await server.call('GET', '/dev/outbox');
  const sent = outbox.body.items.find((mail: { to: string }) => mail.to === email);
  return server.call('POST', '/invitations/accept', {
    body: { token: sent.token, name },
  });
}

function expectValidation(answer: Answer, field: string) {
  expect(answer.status).toBe(422);
  expect(answer.body.error.code).toBe('validation');
  expect(answer.body.error.fields).toHaveProperty([field]);
}

describe('given a rate limit of 2 invitation emails per team', () => {
  const rateLimit = { limit: 2, windowMs: 60_000 };

  it('should refuse the third email with rate_limited and Retry-After', async () => {
    const { call, signIn } = await startServer([conformanceSeed()], { rateLimit });
    const token = await signIn(PEOPLE.owner);
    const invite = (email: string) =>
      call('POST', '/invitations', { token, body: { email, role: 'cs' } });

    const first = await invite('one@example.com');
    const refused = await invite('one@example.com');
    const second = await invite('two@example.com');
    const third = await call('POST', `/invitations/${first.body.id}/resend`, {
      token,
      body: {},
    });

    expect([first.status, refused.status, second.status]).toEqual([201, 409, 201]);
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('rate_limited');
    const retryAfter = Number(third.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('should count each team on its own', async () => {
    const twin = { ...conformanceSeed(), team: { id: 'team_twin', name: 'Twin' } };
    const { server, call, signIn } = await startServer([conformanceSeed(), twin], {
      rateLimit,
    });
    const first = await signIn(PEOPLE.owner);
    const other = server.service.sessions.create({
      teamId: 'team_twin',
      memberId: PEOPLE.owner,
    });
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      await call('POST', '/invitations', { token: first, body: { email, role: 'cs' } });
    }

    const answer = await call('POST', '/invitations', {
      token: other,
      body: { email: 'a@example.com', role: 'cs' },
    });

    expect(answer.status).toBe(201);
  });
});

describe('given request bodies over the limit', () => {
  it('should refuse them with validation before reading them', async () => {
    const { call, signIn } = await startServer([conformanceSeed()], {
      maxBodyBytes: 1024,
    });
    const token = await signIn(PEOPLE.admin);

    const answer = await call('POST', '/groups', {
      token,
      body: { name: 'Big', kind: 'custom', description: 'x'.repeat(2000) },
    });

    expect(answer.status).toBe(422);
    expect(answer.body.error.fields).toHaveProperty('body');
  });

  it('should take a long member list under the default limit, and no more than the schema allows', async () => {
    const { call, signIn } = await startServer([conformanceSeed({ extraAgents: 300 })]);
    const token = await signIn(PEOPLE.admin);
    const page = await call('GET', '/members?limit=200', { token });
    const memberIds = page.body.items.map((member: { id: string }) => member.id);

    const answer = await call('PUT', `/groups/${GROUPS.support}/members`, {
      token,
      body: { memberIds },
    });
    const tooMany = await call('PUT', `/groups/${GROUPS.support}/members`, {
      token,
      body: { memberIds: Array.from({ length: 10_001 }, (_, index) => `mem_${index}`) },
    });

    expect(answer.status).toBe(200);
    expect(answer.body.memberIds).toHaveLength(200);
    expect(tooMany.status).toBe(422);
  });
});

describe('given hostile input', () => {
  it('should answer malformed bodies with validation naming the field', async () => {
    const { call, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.owner);

    const notJson = await call('POST', '/invitations', {
      token,
      raw: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    const array = await call('POST', '/invitations', { token, body: [1, 2] });
    const email = await call('POST', '/invitations', {
      token,
      body: { email: `${'a'.repeat(300)}@example.com`, role: 'cs' },
    });
    const role = await call('POST', '/invitations', {
      token,
      body: { email: 'x@example.com', role: 'owner' },
    });
    const name = await call('POST', '/invitations/accept', {
      body: { token: 'f'.repeat(64), name: 'Eve\u202eevil' },
    });

    for (const answer of [notJson, array, email, role, name]) {
      expect(answer.status).toBe(422);
      expect(answer.body.error.code).toBe('validation');
    }
    expect(notJson.body.error.fields).toHaveProperty('body');
    expect(email.body.error.fields).toHaveProperty('email');
    expect(role.body.error.fields).toHaveProperty('role');
    expect(name.body.error.fields).toHaveProperty('name');
  });

  it('should store a name with decomposed accents composed, and find it either way', async () => {
    const { call, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.owner);
    await call('POST', '/invitations', {
      token,
      body: { email: 'renee@example.com', role: 'cs' },
    });
    const outbox = await call('GET', '/dev/outbox');
    const accepted = await call('POST', '/invitations/accept', {
      body: { token: outbox.body.items[0].token, name: 'Rene\u0301e Mu\u0308ller' },
    });
    const search = (text: string) =>
      call('GET', `/members?search=${encodeURIComponent(text)}`, { token });

    const composed = await search('m\u00fcller');
    const decomposed = await search('rene\u0301e');

    expect(accepted.body.member.name).toBe('Ren\u00e9e M\u00fcller');
    expect(composed.body.items.map((member: { email: string }) => member.email)).toEqual([
      'renee@example.com',
    ]);
    expect(decomposed.body.total).toBe(1);
  });

  it('should treat searches as text, never as SQL or index syntax', async () => {
    const { call, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.viewer);
    const searches = [
      "' OR 1=1 --",
      '"; DROP TABLE members; --',
      '%',
      '_',
      'cora" OR "1',
      'NEAR(a b)',
      'co*',
      '\\',
    ];

    for (const search of searches) {
      const answer = await call('GET', `/members?search=${encodeURIComponent(search)}`, {
        token,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.total).toBe(0);
    }
    const members = await call('GET', '/members', { token });
    expect(members.body.total).toBe(6);
  });

  it('should answer bad paging with validation', async () => {
    const { call, signIn } = await startServer([conformanceSeed({ extraAgents: 5 })]);
    const token = await signIn(PEOPLE.viewer);
    const byName = await call('GET', '/members?limit=2&sort=name', { token });
    const cursor = encodeURIComponent(byName.body.nextCursor);

    for (const query of [
      'limit=0',
      'limit=100000',
      'limit=ten',
      'sort=password',
      'cursor=not-a-cursor',
      `cursor=${cursor}&sort=email`,
      `search=${'a'.repeat(101)}`,
    ]) {
      const answer = await call('GET', `/members?${query}`, { token });
      expect(answer.status, query).toBe(422);
    }
  });

  it('should answer odd ids and unknown routes with not_found', async () => {
    const { call, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.owner);

    const odd = await call('PUT', `/members/${encodeURIComponent("';--")}/role`, {
      token,
      body: { role: 'cs' },
    });
    const long = await call('DELETE', `/groups/${'g'.repeat(5000)}`, { token });
    const unknown = await call('GET', '/admin/export', { token });

    for (const answer of [odd, long, unknown]) {
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('not_found');
    }
  });

  it('should answer an internal failure as unknown, with no stack trace or SQL', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let failing = false;
    const { call, signIn } = await startServer([conformanceSeed()], {
      now: () => {
        if (failing) throw new Error('SQLITE_ERROR near "SELECT * FROM members"');
        return new Date();
      },
    });
    const token = await signIn(PEOPLE.viewer);

    failing = true;
    const answer = await call('GET', '/seats', { token });
    failing = false;

    expect(answer.status).toBe(500);
    expect(answer.body.error.code).toBe('unknown');
    expect(JSON.stringify(answer.body)).not.toMatch(/SELECT|SQLITE|at .*\.ts/);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe('given text with unpaired UTF-16 surrogates', () => {
  it('should refuse them in every text a request carries, storing nothing', async () => {
    const server = await startServer([conformanceSeed({ seatLimit: 20 })]);
    const { call, signIn } = server;
    const [owner, admin] = [await signIn(PEOPLE.owner), await signIn(PEOPLE.admin)];
    const tables = () =>
      ['members', 'groups', 'invitations'].map((table) =>
        server.server.db.prepare(`SELECT * FROM ${table} ORDER BY seq`).all(),
      );
    const before = tables();

    const answers: Array<[Answer, string]> = [
      [await join(server, owner, 'lone@example.com', '\ud800'.repeat(40)), 'name'],
      [
        await call('POST', '/groups', {
          token: admin,
          body: { name: 'Dup\ud800', kind: 'custom' },
        }),
        'name',
      ],
      [
        await call('POST', '/groups', {
          token: admin,
          body: { name: 'Dup\udbff', kind: 'custom' },
        }),
        'name',
      ],
      [
        await call('PATCH', `/groups/${GROUPS.support}`, {
          token: admin,
          body: { description: 'Orders\udc00' },
        }),
        'description',
      ],
      [
        await call('POST', '/invitations', {
          token: owner,
          body: { email: 'eve\ud800@example.com', role: 'cs' },
        }),
        'email',
      ],
      [
        await call('POST', '/invitations/preview', {
          body: { token: `${'a'.repeat(30)}\ud800` },
        }),
        'token',
      ],
    ];

    for (const [answer, field] of answers) expectValidation(answer, field);
    // The one refused acceptance left its invitation: only that row changed.
    const [members, groups] = tables();
    expect(members).toEqual(before[0]);
    expect(groups).toEqual(before[1]);
    const page = await call('GET', '/members?limit=200', { token: owner });
    expect(page.status).toBe(200);
  });

  it('should count lengths as SQLite does, so text at its limit stays within it', async () => {
    const server = await startServer([conformanceSeed({ seatLimit: 20 })]);
    const { call, signIn } = server;
    const [owner, admin] = [await signIn(PEOPLE.owner), await signIn(PEOPLE.admin)];
    const names = [
      '\u{1f600}'.repeat(LIMITS.nameLength),
      'ก\u0e34\u0e48\u0e4d'.repeat(LIMITS.nameLength / 4),
      '\ud46f'.repeat(LIMITS.nameLength),
    ];

    for (const [index, name] of names.entries()) {
      const accepted = await join(server, owner, `long${index}@example.com`, name);
      expect(accepted.status).toBe(201);
    }
    const group = await call('POST', '/groups', {
      token: admin,
      body: { name: '\u{1f465}'.repeat(LIMITS.groupNameLength), kind: 'custom' },
    });

    expect(group.status).toBe(201);
    const stored = server.server.db
      .prepare(
        "SELECT name, length(name) AS length FROM members WHERE email LIKE 'long%'",
      )
      .all() as Array<{ name: string; length: number }>;
    expect(stored.map((row) => row.name).sort()).toEqual([...names].sort());
    expect(stored.map((row) => row.length)).toEqual(names.map(() => LIMITS.nameLength));
    const groupLength = server.server.db
      .prepare('SELECT length(name) FROM groups WHERE id = ?')
      .pluck()
      .get(group.body.id);
    expect(groupLength).toBe(LIMITS.groupNameLength);
    // Every page still keeps the contract (call() checks each answer).
    const page = await call('GET', '/members?limit=200', { token: owner });
    expect(page.body.total).toBe(6 + names.length);
  });
});

describe('given searches with control characters', () => {
  it('should refuse them with validation, and log nothing', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { call, signIn } = await startServer([conformanceSeed()]);
    const token = await signIn(PEOPLE.viewer);

    for (const search of ['%00abc', 'abc%00', 'a%00b', '%01abc', 'ab%0Acd', '%7Fabc']) {
      const answer = await call('GET', `/members?search=${search}`, { token });
      expectValidation(answer, 'search');
    }

    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('should never build an index query that fails, whatever the search holds', async () => {
    const { server } = await startServer([conformanceSeed()]);
    const characters = [
      ...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)),
      '\ud800',
      '\udfff',
      '\ufffd',
      '\u{1f600}',
    ];
    const query = ListMembersQuerySchema.parse({});

    // Straight to the query, past the schema: the index must not be what fails.
    for (const character of characters) {
      for (const search of [`ab${character}cd`, character.repeat(3), `${character}ab`]) {
        const page = queryMembers(server.db, 'team_conformance', { ...query, search });
        expect(page.total, JSON.stringify(search)).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('given browsers and proxies', () => {
  it('should allow the configured origins only', async () => {
    const { url } = await startServer([conformanceSeed()], {
      corsOrigins: ['https://console.example'],
    });
    const preflight = (origin: string) =>
      fetch(`${url}/members`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });

    const allowed = await preflight('https://console.example');
    const refused = await preflight('https://evil.example');

    expect(allowed.headers.get('access-control-allow-origin')).toBe(
      'https://console.example',
    );
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should allow any origin with *', async () => {
    const { url } = await startServer([conformanceSeed()], { corsOrigins: ['*'] });

    const answer = await fetch(`${url}/me`, {
      headers: { origin: 'https://any.example' },
    });

    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('should send security headers with every answer', async () => {
    const { call } = await startServer([conformanceSeed()]);

    const answer = await call('GET', '/me');

    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(answer.headers.get('strict-transport-security')).toBeTruthy();
  });
});
