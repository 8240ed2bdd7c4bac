import { describe, expect, it } from 'vitest';
import { createTeamClient, type TeamClient, TeamError, type TeamErrorCode } from '../src';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
  DEMO_PEOPLE,
  type MemoryStore,
  type TeamSeed,
} from '../src/memory';

/*
 * Hostile input, tried through the client against a memory store: each one
 * must fail with the right TeamError code (naming the field for validation)
 * and leave both teams exactly as they were.
 */

const NOW = new Date('2026-06-01T09:00:00.000Z');
const OWNER = DEMO_PEOPLE.superAdmin;
const AGENT = DEMO_PEOPLE.cs;
const TEN_KB = 'x'.repeat(10 * 1024);

// biome-ignore lint/suspicious/noExplicitAny: hostile callers ignore the types
const untyped = (value: unknown) => value as any;

function otherTeamSeed(): TeamSeed {
  const member = {
    name: 'Oscar Other',
    role: 'admin' as const,
    superAdmin: true,
    status: 'active' as const,
    joinedAt: NOW.toISOString(),
    version: 1,
  };
  return {
    team: { id: 'team_other', name: 'Other Team' },
    seatLimit: 10,
    members: [
      { ...member, id: 'mem_other_1', email: 'oscar@other.example' },
      { ...member, id: 'mem_other_2', email: 'olga@other.example', superAdmin: false },
    ],
    groups: [
      {
        id: 'grp_other',
        name: 'Other group',
        kind: 'custom',
        description: '',
        memberIds: ['mem_other_1'],
        createdAt: NOW.toISOString(),
        version: 1,
      },
    ],
    invitations: [],
  };
}

interface Context {
  client: TeamClient;
  /** A valid token of a pending invitation of this team. */
  token: string;
  /** A valid token of a pending invitation of the other team. */
  otherToken: string;
}

function setup() {
  const store = createMemoryStore(createDemoTeam({ members: 12, now: NOW }), {
    now: () => NOW,
  });
  const other = createMemoryStore(otherTeamSeed(), { now: () => NOW });
  store.invite(OWNER, { email: 'guest@example.com', role: 'cs' });
  other.invite('mem_other_1', { email: 'guest@other.example', role: 'cs' });

  const context: Context = {
    client: createTeamClient({
      adapter: createMemoryAdapter({ store, actingAs: OWNER }),
    }),
    token: store.outbox[0]!.token,
    otherToken: other.outbox[0]!.token,
  };
  return { store, other, context };
}

function stateOf(store: MemoryStore, actorId: string) {
  return JSON.stringify({
    members: store.members,
    invitations: store.listInvitations(actorId),
    seats: store.getSeats(actorId),
    groups: store.listGroups(actorId),
    tombstones: store.listTombstones(actorId),
    outbox: store.outbox,
  });
}

type Hostile = [
  description: string,
  code: TeamErrorCode,
  field: string | undefined,
  call: (context: Context) => Promise<unknown>,
];

const invite =
  (email: unknown, role: unknown = 'cs') =>
  (c: Context) =>
    c.client.invite(untyped({ email, role }));
const accept = (name: unknown) => (c: Context) =>
  c.client.acceptInvitation(untyped({ token: c.token, name }));
const createGroup =
  (name: unknown, kind: unknown = 'custom', description?: unknown) =>
  (c: Context) =>
    c.client.createGroup(untyped({ name, kind, description }));

const EMAILS: Hostile[] = [
  ['an address without @', 'validation', 'email', invite('not-an-email')],
  ['an empty address', 'validation', 'email', invite('   ')],
  ['an address without a domain', 'validation', 'email', invite('eve@')],
  ['an address with two @', 'validation', 'email', invite('eve@@example.com')],
  [
    'an address with spaces inside',
    'validation',
    'email',
    invite('eve smith@example.com'),
  ],
  ['an address with markup', 'validation', 'email', invite('<script>@example.com')],
  ['an address with a NUL', 'validation', 'email', invite('eve\u0000@example.com')],
  [
    'an address with an unpaired surrogate',
    'validation',
    'email',
    invite('eve\ud800@example.com'),
  ],
  [
    'an address with a bidi override',
    'validation',
    'email',
    invite('eve\u202e@example.com'),
  ],
  [
    'an address of 255 characters',
    'validation',
    'email',
    invite(`${'e'.repeat(243)}@example.com`),
  ],
  ['an address of 10 KB', 'validation', 'email', invite(`${TEN_KB}@example.com`)],
  ['an address that is a number', 'validation', 'email', invite(42)],
  [
    'an address that is an object',
    'validation',
    'email',
    invite({ toString: () => 'a@b.co' }),
  ],
  ['an unknown role', 'validation', 'role', invite('eve@example.com', 'owner')],
  ['a role in capitals', 'validation', 'role', invite('eve@example.com', 'ADMIN')],
  [
    'a missing role',
    'validation',
    'role',
    (c) => c.client.invite(untyped({ email: 'eve@example.com' })),
  ],
  [
    'a bulk invitation',
    'validation',
    'email',
    invite(['a@example.com', 'b@example.com']),
  ],
];

const NAMES: Hostile[] = [
  ['a name with a script tag', 'validation', 'name', accept('<script>alert(1)</script>')],
  ['a name with an angle bracket', 'validation', 'name', accept('Eve > Bob')],
  ['a name with a NUL', 'validation', 'name', accept('Eve\u0000')],
  ['a name with a bell', 'validation', 'name', accept('Eve\u0007')],
  ['a name with a line break inside', 'validation', 'name', accept('Eve\nAdmin')],
  ['a name with a right-to-left override', 'validation', 'name', accept('\u202eevE')],
  ['a name with a bidi isolate', 'validation', 'name', accept('Eve\u2066x\u2069')],
  ['a name with a zero-width space', 'validation', 'name', accept('E\u200bve')],
  ['a name with a zero-width joiner', 'validation', 'name', accept('E\u200dve')],
  ['a name with a byte order mark inside', 'validation', 'name', accept('Ev\ufeffe')],
  ['a name with a soft hyphen', 'validation', 'name', accept('Ev\u00ade')],
  ['a name with a word joiner', 'validation', 'name', accept('Ev\u2060e')],
  ['a name of only a Hangul filler', 'validation', 'name', accept('\u3164')],
  ['a name of only a braille blank', 'validation', 'name', accept('\u2800')],
  [
    'a name with a grapheme joiner hidden inside',
    'validation',
    'name',
    accept('Ma\u034flee'),
  ],
  ['a name with a Khmer filler inside', 'validation', 'name', accept('Ma\u17b4lee')],
  ['a name with an interlinear anchor', 'validation', 'name', accept('Ma\ufff9lee')],
  [
    'a name with 78 marks piled on one letter',
    'validation',
    'name',
    accept(`Z${'\u0336'.repeat(78)}`),
  ],
  ['a name of 40 unpaired surrogates', 'validation', 'name', accept('\ud800'.repeat(40))],
  ['a name with a lone low surrogate', 'validation', 'name', accept('Eve\udc00')],
  ['a name of only spaces', 'validation', 'name', accept('   ')],
  ['a name of 81 characters', 'validation', 'name', accept('E'.repeat(81))],
  ['a name of 10 KB', 'validation', 'name', accept(TEN_KB)],
  ['a name that is a number', 'validation', 'name', accept(7)],
];

const GROUPS: Hostile[] = [
  [
    'a group name with markup',
    'validation',
    'name',
    createGroup('<img src=x onerror=alert(1)>'),
  ],
  [
    'a group name with bidi isolates',
    'validation',
    'name',
    createGroup('\u2066Sales\u2069'),
  ],
  ['a group name of 61 characters', 'validation', 'name', createGroup('G'.repeat(61))],
  ['a group name of 10 KB', 'validation', 'name', createGroup(TEN_KB)],
  ['an empty group name', 'validation', 'name', createGroup('')],
  [
    'a group name with an unpaired surrogate',
    'validation',
    'name',
    createGroup('Dup\ud800'),
  ],
  ['a group name of a braille blank', 'validation', 'name', createGroup('\u2800')],
  [
    'a description with an unpaired surrogate',
    'validation',
    'description',
    createGroup('Sales 2', 'custom', 'Orders\udbff'),
  ],
  ['an unknown group kind', 'validation', 'kind', createGroup('Sales 2', 'team')],
  [
    'a description of 10 KB',
    'validation',
    'description',
    createGroup('Sales 2', 'custom', TEN_KB),
  ],
  [
    'a description with a bidi override',
    'validation',
    'description',
    createGroup('Sales 2', 'custom', 'Nice \u202e team'),
  ],
  [
    'a group name already used, in capitals',
    'validation',
    'name',
    createGroup(' SALES '),
  ],
];

const IDS: Hostile[] = [
  [
    'a member id with ..',
    'validation',
    'memberId',
    (c) => c.client.changeRole('../mem_nok', 'viewer'),
  ],
  [
    'a member id with slashes',
    'validation',
    'memberId',
    (c) => c.client.removeMember('mem_nok/x'),
  ],
  [
    'a member id that is a number',
    'validation',
    'memberId',
    (c) => c.client.setActive(untyped(5), false),
  ],
  [
    'a member id that is an object',
    'validation',
    'memberId',
    (c) => c.client.removeMember(untyped({ id: AGENT })),
  ],
  [
    'a member id of 65 characters',
    'validation',
    'memberId',
    (c) => c.client.removeMember('m'.repeat(65)),
  ],
  [
    'a member id of 10 KB',
    'validation',
    'memberId',
    (c) => c.client.changeRole(TEN_KB, 'cs'),
  ],
  [
    'an invitation id with a query',
    'validation',
    'invitationId',
    (c) => c.client.cancelInvitation('inv_pending1?all=1'),
  ],
  [
    'a group id with SQL',
    'validation',
    'groupId',
    (c) => c.client.deleteGroup("grp_1';DROP TABLE groups"),
  ],
  [
    'a member who does not exist',
    'not_found',
    undefined,
    (c) => c.client.removeMember('mem_nobody'),
  ],
  [
    'a member of another team',
    'not_found',
    undefined,
    (c) => c.client.changeRole('mem_other_2', 'cs'),
  ],
  [
    'an invitation of another team',
    'not_found',
    undefined,
    (c) => c.client.cancelInvitation('inv_other'),
  ],
  [
    'a group of another team',
    'not_found',
    undefined,
    (c) => c.client.setGroupMembers('grp_other', []),
  ],
  [
    'a member of another team put in a group',
    'validation',
    'memberIds',
    (c) => c.client.setGroupMembers('grp_1', [AGENT, 'mem_other_1']),
  ],
  [
    'a token of another team',
    'invitation_invalid',
    undefined,
    (c) => c.client.acceptInvitation({ token: c.otherToken, name: 'Eve' }),
  ],
  [
    'a token with a path',
    'validation',
    'token',
    (c) => c.client.previewInvitation(`../${c.token}`),
  ],
  ['a token of 10 KB', 'validation', 'token', (c) => c.client.previewInvitation(TEN_KB)],
  [
    'a token with an unpaired surrogate',
    'validation',
    'token',
    (c) => c.client.acceptInvitation({ token: `${c.token}\ud800`, name: 'Eve' }),
  ],
  [
    'a token with its last character changed',
    'invitation_invalid',
    undefined,
    (c) =>
      c.client.previewInvitation(
        `${c.token.slice(0, -1)}${c.token.endsWith('0') ? '1' : '0'}`,
      ),
  ],
];

const VERSIONS: Hostile[] = [
  [
    'a stale member version',
    'conflict',
    undefined,
    (c) => c.client.changeRole(AGENT, 'viewer', { version: 0 }),
  ],
  [
    'a member version from the future',
    'conflict',
    undefined,
    (c) => c.client.removeMember(AGENT, { version: 99 }),
  ],
  [
    'a stale group version',
    'conflict',
    undefined,
    (c) => c.client.deleteGroup('grp_1', { version: 0 }),
  ],
  [
    'a negative version',
    'validation',
    'version',
    (c) => c.client.setActive(AGENT, false, { version: -1 }),
  ],
  [
    'a fractional version',
    'validation',
    'version',
    (c) => c.client.removeMember(AGENT, { version: 1.5 }),
  ],
  [
    'a NaN version',
    'validation',
    'version',
    (c) => c.client.changeRole(AGENT, 'viewer', { version: Number.NaN }),
  ],
  [
    'a text version',
    'validation',
    'version',
    (c) => c.client.changeRole(AGENT, 'viewer', untyped({ version: '1' })),
  ],
];

const SEATS_AND_LISTS: Hostile[] = [
  ['a negative seat limit', 'validation', 'limit', (c) => c.client.setSeatLimit(-5)],
  ['a NaN seat limit', 'validation', 'limit', (c) => c.client.setSeatLimit(Number.NaN)],
  [
    'an infinite seat limit',
    'validation',
    'limit',
    (c) => c.client.setSeatLimit(Number.POSITIVE_INFINITY),
  ],
  ['a huge seat limit', 'validation', 'limit', (c) => c.client.setSeatLimit(1e12)],
  ['a fractional seat limit', 'validation', 'limit', (c) => c.client.setSeatLimit(10.5)],
  [
    'a text seat limit',
    'validation',
    'limit',
    (c) => c.client.setSeatLimit(untyped('100')),
  ],
  [
    'a seat limit below the seats in use',
    'validation',
    'limit',
    (c) => c.client.setSeatLimit(1),
  ],
  [
    'the same member twice in a group',
    'validation',
    'memberIds',
    (c) => c.client.setGroupMembers('grp_1', [AGENT, AGENT]),
  ],
  [
    '10,001 members in a group',
    'validation',
    'memberIds',
    (c) =>
      c.client.setGroupMembers(
        'grp_1',
        Array.from({ length: 10_001 }, (_, i) => `mem_${i}`),
      ),
  ],
  [
    'a member id list that is not a list',
    'validation',
    'memberIds',
    (c) => c.client.setGroupMembers('grp_1', untyped(AGENT)),
  ],
  [
    'a search of 10 KB',
    'validation',
    'search',
    (c) => c.client.listMembers({ search: TEN_KB }),
  ],
  [
    'a page of a million',
    'validation',
    'limit',
    (c) => c.client.listMembers({ limit: 1_000_000 }),
  ],
  [
    'a search with a NUL',
    'validation',
    'search',
    (c) => c.client.listMembers({ search: '\u0000abc' }),
  ],
  [
    'a search with an unpaired surrogate',
    'validation',
    'search',
    (c) => c.client.listMembers({ search: 'nok\ud800' }),
  ],
  [
    'a cursor with an unpaired surrogate',
    'validation',
    'cursor',
    (c) => c.client.listMembers({ cursor: 'o1\udfff' }),
  ],
  [
    'a cursor of 10 KB',
    'validation',
    'cursor',
    (c) => c.client.listMembers({ cursor: TEN_KB }),
  ],
  [
    'a group filter with ..',
    'validation',
    'groupId',
    (c) => c.client.listMembers({ groupId: '..' }),
  ],
  [
    'a role filter that is no role',
    'validation',
    'role',
    (c) => c.client.listMembers(untyped({ role: 'root' })),
  ],
];

const SELF: Hostile[] = [
  [
    'a super admin demoting themselves',
    'self_action',
    undefined,
    (c) => c.client.changeRole(OWNER, 'viewer'),
  ],
  [
    'a super admin deleting themselves',
    'self_action',
    undefined,
    (c) => c.client.removeMember(OWNER),
  ],
  [
    'a super admin deactivating an admin',
    'admin_cannot_be_deactivated',
    undefined,
    (c) => c.client.setActive(DEMO_PEOPLE.admin, false),
  ],
  [
    'a super admin flag for a CS agent',
    'validation',
    'superAdmin',
    (c) => c.client.setSuperAdmin(AGENT, true),
  ],
  [
    'an address already invited, in capitals',
    'already_invited',
    'email',
    invite('  GUEST@Example.com '),
  ],
  [
    'an address of a member, in capitals',
    'already_member',
    'email',
    invite('NOK@siam-support.example'),
  ],
];

const GROUPS_OF_CASES: Array<[string, Hostile[]]> = [
  ['emails and roles', EMAILS],
  ['display names', NAMES],
  ['groups', GROUPS],
  ['ids and tokens', IDS],
  ['versions', VERSIONS],
  ['seat limits, group members and member queries', SEATS_AND_LISTS],
  ['actions the rules forbid', SELF],
];

for (const [topic, cases] of GROUPS_OF_CASES) {
  describe(`given hostile ${topic}`, () => {
    for (const [description, code, field, call] of cases) {
      it(`should refuse ${description} with ${code}, changing nothing`, async () => {
        const { store, other, context } = setup();
        const before = stateOf(store, OWNER);
        const otherBefore = stateOf(other, 'mem_other_1');

        const error = await call(context).then(
          () => undefined,
          (failure: unknown) => failure,
        );

        expect(error, 'the call should have failed').toBeInstanceOf(TeamError);
        expect((error as TeamError).code).toBe(code);
        if (field) expect((error as TeamError).fields).toHaveProperty([field]);
        expect(stateOf(store, OWNER)).toBe(before);
        expect(stateOf(other, 'mem_other_1')).toBe(otherBefore);
      });
    }
  });
}

describe('given the same hostile calls with valid values', () => {
  it('should accept them, so each refusal above is about the hostile part', async () => {
    const { context, store } = setup();
    const { client } = context;

    await client.invite({ email: 'eve@example.com', role: 'cs' });
    await client.acceptInvitation({ token: context.token, name: 'Eve Émilie ประภา' });
    await client.createGroup({
      name: 'Sales 2',
      kind: 'custom',
      description: 'Line one\nline two',
    });
    await client.changeRole(AGENT, 'viewer', { version: 1 });
    await client.setSeatLimit(100_000);
    await client.listMembers({ search: 'x'.repeat(100), limit: 200, groupId: 'grp_1' });

    expect(store.members.some((member) => member.name === 'Eve Émilie ประภา')).toBe(true);
  });
});
