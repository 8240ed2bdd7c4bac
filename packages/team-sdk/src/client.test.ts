import { describe, expect, it, vi } from 'vitest';
import type { TeamAdapter, TeamAdapterMethod } from './adapter';
import { createTeamClient, type TeamClient } from './client';
import { TeamError } from './errors';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
  DEMO_PEOPLE,
} from './memory';

const NOW = new Date('2026-06-01T09:00:00.000Z');
const TOKEN = 'a'.repeat(64);

function setup(actingAs: string = DEMO_PEOPLE.superAdmin) {
  const store = createMemoryStore(createDemoTeam({ members: 12, now: NOW }), {
    now: () => NOW,
  });
  const adapter = createMemoryAdapter({ store, actingAs });
  for (const method of Object.keys(adapter) as TeamAdapterMethod[]) {
    vi.spyOn(adapter, method);
  }
  return { store, adapter, client: createTeamClient({ adapter }) };
}

async function rejectionOf(call: Promise<unknown>): Promise<TeamError> {
  const error = await call.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(TeamError);
  return error as TeamError;
}

type BadCall = [
  description: string,
  method: TeamAdapterMethod,
  field: string,
  call: (client: TeamClient) => Promise<unknown>,
];

// Calls with deliberately wrong types, as plain JavaScript callers can make them.
// biome-ignore lint/suspicious/noExplicitAny: the point is to bypass the types
const loose = (value: unknown) => value as any;

const BAD_CALLS: BadCall[] = [
  ['an invalid email', 'invite', 'email', (c) => c.invite({ email: 'nope', role: 'cs' })],
  [
    'an unknown role',
    'invite',
    'role',
    (c) => c.invite({ email: 'a@b.co', role: loose('boss') }),
  ],
  [
    'an id with a slash',
    'cancelInvitation',
    'invitationId',
    (c) => c.cancelInvitation('a/b'),
  ],
  ['an empty id', 'resendInvitation', 'invitationId', (c) => c.resendInvitation('')],
  [
    'a negative version',
    'cancelInvitation',
    'version',
    (c) => c.cancelInvitation('inv_pending1', { version: -1 }),
  ],
  ['a short token', 'previewInvitation', 'token', (c) => c.previewInvitation('abc')],
  [
    'a name with markup',
    'acceptInvitation',
    'name',
    (c) => c.acceptInvitation({ token: TOKEN, name: '<b>Eve</b>' }),
  ],
  ['a numeric member id', 'changeRole', 'memberId', (c) => c.changeRole(loose(42), 'cs')],
  [
    'an unknown role',
    'changeRole',
    'role',
    (c) => c.changeRole('mem_nok', loose('owner')),
  ],
  [
    'a text flag',
    'setSuperAdmin',
    'superAdmin',
    (c) => c.setSuperAdmin('mem_somchai', loose('yes')),
  ],
  ['a numeric status', 'setActive', 'active', (c) => c.setActive('mem_nok', loose(1))],
  ['an id with spaces', 'removeMember', 'memberId', (c) => c.removeMember('mem nok')],
  ['a negative seat limit', 'setSeatLimit', 'limit', (c) => c.setSeatLimit(-1)],
  ['a fractional seat limit', 'setSeatLimit', 'limit', (c) => c.setSeatLimit(1.5)],
  [
    'an empty group name',
    'createGroup',
    'name',
    (c) => c.createGroup({ name: ' ', kind: 'shift' }),
  ],
  [
    'an unknown group kind',
    'createGroup',
    'kind',
    (c) => c.createGroup({ name: 'Team', kind: loose('team') }),
  ],
  [
    'a 61-character group name',
    'updateGroup',
    'name',
    (c) => c.updateGroup('grp_1', { name: 'x'.repeat(61) }),
  ],
  ['a group id with dots', 'deleteGroup', 'groupId', (c) => c.deleteGroup('..')],
  [
    'a member twice',
    'setGroupMembers',
    'memberIds',
    (c) => c.setGroupMembers('grp_1', ['mem_nok', 'mem_nok']),
  ],
  ['a page size of zero', 'listMembers', 'limit', (c) => c.listMembers({ limit: 0 })],
  [
    'an unknown sort',
    'listMembers',
    'sort',
    (c) => c.listMembers({ sort: loose('salary') }),
  ],
];

describe('given invalid input', () => {
  for (const [description, method, field, call] of BAD_CALLS) {
    it(`should refuse ${description} to ${method} naming ${field}, before the adapter`, async () => {
      const { adapter, client } = setup();

      const error = await rejectionOf(call(client));

      expect(error.code).toBe('validation');
      expect(error.fields).toHaveProperty([field]);
      expect(adapter[method]).not.toHaveBeenCalled();
    });
  }
});

describe('given valid input', () => {
  it('should pass the adapter trimmed, lower-cased emails', async () => {
    const { adapter, client } = setup();
    await client.invite({ email: '  Fresh.Face@Example.COM ', role: 'viewer' });
    expect(adapter.invite).toHaveBeenCalledWith({
      email: 'fresh.face@example.com',
      role: 'viewer',
    });
  });

  it('should pass the adapter a member query with its defaults applied', async () => {
    const { adapter, client } = setup();
    await client.listMembers();
    expect(adapter.listMembers).toHaveBeenCalledWith({
      sort: 'name',
      order: 'asc',
      limit: 50,
    });
  });

  it('should pass the adapter the ids and the version a change is based on', async () => {
    const { adapter, client } = setup();
    await client.changeRole(DEMO_PEOPLE.cs, 'viewer', { version: 1 });
    await client.setGroupMembers('grp_1', [DEMO_PEOPLE.cs], { version: 1 });
    await client.updateGroup('grp_2', { name: '  Help desk ' });
    expect(adapter.changeRole).toHaveBeenCalledWith({
      memberId: DEMO_PEOPLE.cs,
      role: 'viewer',
      version: 1,
    });
    expect(adapter.setGroupMembers).toHaveBeenCalledWith({
      groupId: 'grp_1',
      memberIds: [DEMO_PEOPLE.cs],
      version: 1,
    });
    expect(adapter.updateGroup).toHaveBeenCalledWith({
      groupId: 'grp_2',
      name: 'Help desk',
    });
  });

  it('should not let change options replace the members of a group', async () => {
    const { adapter, client } = setup();
    const options = loose({ version: 1, memberIds: [DEMO_PEOPLE.viewer] });
    await client.setGroupMembers('grp_1', [DEMO_PEOPLE.cs], options);
    expect(adapter.setGroupMembers).toHaveBeenCalledWith(
      expect.objectContaining({ memberIds: [DEMO_PEOPLE.cs] }),
    );
  });

  it('should pass the adapter a trimmed display name', async () => {
    const { adapter, client, store } = setup();
    await client.invite({ email: 'joiner@example.com', role: 'cs' });
    const token = store.outbox.at(-1)!.token;
    await client.acceptInvitation({ token, name: '  June  ' });
    expect(adapter.acceptInvitation).toHaveBeenCalledWith({ token, name: 'June' });
  });
});

describe('given an adapter that fails', () => {
  function clientFailingWith(thrown: unknown) {
    const { adapter } = setup();
    vi.mocked(adapter.getSeats).mockRejectedValue(thrown);
    vi.mocked(adapter.me).mockImplementation(() => {
      throw thrown;
    });
    return createTeamClient({ adapter });
  }

  it('should turn anything thrown into an unknown TeamError keeping the cause', async () => {
    const thrown = new Error('disk full');
    const client = clientFailingWith(thrown);
    const error = await rejectionOf(client.getSeats());
    expect(error).toMatchObject({ code: 'unknown', cause: thrown });
  });

  it('should reject, not throw, when the adapter throws synchronously', async () => {
    const client = clientFailingWith(new Error('sync'));
    const pending = client.me();
    expect(pending).toBeInstanceOf(Promise);
    expect((await rejectionOf(pending)).code).toBe('unknown');
  });

  it('should rebuild a TeamError from a serialised body', async () => {
    const client = clientFailingWith({ code: 'rate_limited', message: 'Wait.' });
    const error = await rejectionOf(client.getSeats());
    expect(error).toMatchObject({ code: 'rate_limited', message: 'Wait.' });
  });

  it('should pass a TeamError on unchanged', async () => {
    const thrown = new TeamError('network');
    const client = clientFailingWith(thrown);
    expect(await rejectionOf(client.getSeats())).toBe(thrown);
  });
});

describe('given an adapter whose answers do not fit the model', () => {
  /** A host's own adapter around the memory one, answering what the test says. */
  function wrapped(overrides: (memory: TeamAdapter) => Partial<TeamAdapter>) {
    const { adapter } = setup();
    const own: TeamAdapter = { ...adapter, ...overrides(adapter) };
    return createTeamClient({ adapter: own });
  }

  it('should fail as invalid_response naming the field, for reads and for changes', async () => {
    const client = wrapped((memory) => ({
      listMembers: async (query) => {
        const page = await memory.listMembers(query);
        const [first, ...rest] = page.items;
        const { joinedAt: _dropped, ...withoutDate } = first!;
        return { ...page, items: [withoutDate as typeof first & {}, ...rest] };
      },
      changeRole: async (input) => ({
        ...(await memory.changeRole(input)),
        role: 'owner' as 'cs',
      }),
    }));

    const read = await rejectionOf(client.listMembers());
    expect(read.code).toBe('invalid_response');
    expect(read.fields).toHaveProperty(['answer.items.0.joinedAt']);
    expect(read.message).toContain('listMembers');

    const changed = vi.fn();
    client.subscribe(changed);
    const write = await rejectionOf(client.changeRole(DEMO_PEOPLE.cs, 'viewer'));
    expect(write.code).toBe('invalid_response');
    expect(write.fields).toHaveProperty(['answer.role']);
    // The backend did change: listeners still hear of it and refetch the truth.
    expect(changed).toHaveBeenCalledWith({ resources: ['members', 'me'] });
  });

  it('should pass on only the fields of the model, never extra ones such as secrets', async () => {
    const client = wrapped((memory) => ({
      me: async () => {
        const answer = await memory.me();
        return { ...answer, member: { ...answer.member, password: 'hunter2' } };
      },
    }));
    expect((await client.me()).member).not.toHaveProperty('password');
  });
});

describe('given a listener', () => {
  function clientWithoutPush() {
    const { adapter, store } = setup();
    const { subscribe: _push, ...rest } = adapter;
    return { store, client: createTeamClient({ adapter: rest }) };
  }

  it('should announce its own successful changes with the resources they touch', async () => {
    const { client } = clientWithoutPush();
    const listener = vi.fn();
    client.subscribe(listener);

    await client.invite({ email: 'new@example.com', role: 'cs' });
    await client.setActive(DEMO_PEOPLE.cs, false);

    expect(listener.mock.calls).toEqual([
      [{ resources: ['invitations', 'seats'] }],
      [{ resources: ['members', 'seats', 'me'] }],
    ]);
  });

  it('should announce neither reads nor failed changes', async () => {
    const { client } = clientWithoutPush();
    const listener = vi.fn();
    client.subscribe(listener);

    await client.listMembers();
    await client.getSeats();
    await client.changeRole(DEMO_PEOPLE.superAdmin, 'cs').catch(() => undefined);
    await client.invite({ email: 'bad', role: 'cs' }).catch(() => undefined);

    expect(listener).not.toHaveBeenCalled();
  });

  it('should pass on the changes the adapter hears of elsewhere', async () => {
    const { client, store } = setup(DEMO_PEOPLE.viewer);
    const listener = vi.fn();
    client.subscribe(listener);
    const colleague = createMemoryAdapter({ store, actingAs: DEMO_PEOPLE.admin });

    await colleague.createGroup({ name: 'Escalations', kind: 'custom', description: '' });

    expect(listener).toHaveBeenCalledWith({ resources: ['groups'] });
  });

  it('should keep a change made and tell the other listeners when one listener throws', async () => {
    const reported: Array<() => void> = [];
    const queue = vi
      .spyOn(globalThis, 'queueMicrotask')
      .mockImplementation((task) => reported.push(task));
    const { client, store } = setup();
    const listener = vi.fn();
    client.subscribe(() => {
      throw new Error('listener bug');
    });
    client.subscribe(listener);

    const invitation = await client.invite({ email: 'new@example.com', role: 'cs' });
    queue.mockRestore();

    expect(invitation.email).toBe('new@example.com');
    expect(store.outbox.at(-1)?.to).toBe('new@example.com');
    expect(listener).toHaveBeenCalledWith({ resources: ['invitations', 'seats'] });
    expect(reported.length).toBeGreaterThan(0);
    expect(() => reported[0]?.()).toThrow('listener bug');
  });

  it('should stop hearing both kinds of change once it unsubscribes', async () => {
    const { client, store } = setup();
    const listener = vi.fn();
    const unsubscribe = client.subscribe(listener);
    unsubscribe();

    await client.invite({ email: 'new@example.com', role: 'cs' });
    const colleague = createMemoryAdapter({ store, actingAs: DEMO_PEOPLE.admin });
    await colleague.createGroup({ name: 'Escalations', kind: 'custom', description: '' });

    expect(listener).not.toHaveBeenCalled();
  });
});

describe('given the adapter it was made with', () => {
  it('should expose it, for hosts that wrap or inspect it', () => {
    const { adapter, client } = setup();
    expect(client.adapter).toBe(adapter);
  });
});
