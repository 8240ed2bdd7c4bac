import { describe, expect, it, vi } from 'vitest';
import { TeamError } from '../errors';
import { INVITATION_TTL_MS } from '../schemas';
import { createDemoTeam, DEMO_PEOPLE } from './demoTeam';
import { createMemoryStore, type TeamSeed } from './memoryStore';

const NOW = new Date('2026-06-01T09:00:00.000Z');
const { superAdmin: OWNER, admin: ADMIN, cs: AGENT, viewer: VIEWER } = DEMO_PEOPLE;

function demoSeed(): TeamSeed {
  return createDemoTeam({ members: 12, now: NOW });
}

function clock(start = NOW) {
  let time = start.getTime();
  return {
    now: () => new Date(time),
    advance: (ms: number) => {
      time += ms;
    },
  };
}

function failureOf(run: () => unknown): TeamError {
  try {
    run();
  } catch (error) {
    if (error instanceof TeamError) return error;
    throw error;
  }
  throw new Error('expected a TeamError');
}

describe('given a seed', () => {
  it('should copy it, so changing the seed later changes nothing', () => {
    const seed = demoSeed();
    const store = createMemoryStore(seed, { now: () => NOW });
    seed.members[0]!.name = 'Changed';
    seed.groups![0]!.memberIds.push('mem_ghost');
    seed.seatLimit = 0;

    expect(store.members.find((member) => member.id === OWNER)?.name).toBe(
      'Malee Srisai',
    );
    expect(store.listGroups(OWNER)[0]?.memberIds).not.toContain('mem_ghost');
    expect(store.getSeats(OWNER).limit).toBeGreaterThan(0);
  });

  it('should accept a seeded invitation by the token it was seeded with', () => {
    const seed = demoSeed();
    const token = 'seeded-token-0123456789';
    seed.invitations![0] = { ...seed.invitations![0]!, token };
    const store = createMemoryStore(seed, { now: () => NOW });

    const accepted = store.acceptInvitation({ token, name: 'Kanya New' });

    expect(accepted.member.email).toBe(seed.invitations![0]!.email);
  });
});

describe('given input that skips the client', () => {
  // Hosts and tests call the store and its adapter directly, with no client to parse for them.
  const bad: Array<
    [string, (store: ReturnType<typeof createMemoryStore>) => unknown, string]
  > = [
    [
      'a role outside the table',
      (s) => s.invite(OWNER, { email: 'a@example.com', role: 'owner' as never }),
      'role',
    ],
    [
      'an address that is not one',
      (s) => s.invite(OWNER, { email: 'not-an-address', role: 'cs' }),
      'email',
    ],
    [
      'a role change to no role',
      (s) => s.changeRole(OWNER, { memberId: AGENT, role: 'god' as never }),
      'role',
    ],
    [
      'a flag given as text',
      (s) => s.setSuperAdmin(OWNER, { memberId: ADMIN, superAdmin: 'yes' as never }),
      'superAdmin',
    ],
    [
      'a status given as text',
      (s) => s.setActive(OWNER, { memberId: AGENT, active: 'false' as never }),
      'active',
    ],
    ['a negative seat limit', (s) => s.setSeatLimit(OWNER, { limit: -5 }), 'limit'],
    [
      'a group name of 500 characters',
      (s) =>
        s.createGroup(OWNER, { name: 'x'.repeat(500), kind: 'custom', description: '' }),
      'name',
    ],
    [
      'a group kind outside the list',
      (s) =>
        s.createGroup(OWNER, { name: 'Night', kind: 'evil' as never, description: '' }),
      'kind',
    ],
    [
      'a member twice in a group',
      (s) => s.setGroupMembers(OWNER, { groupId: 'grp_1', memberIds: [AGENT, AGENT] }),
      'memberIds',
    ],
    [
      'a page of -1 members',
      (s) => s.listMembers(OWNER, { limit: -1, sort: 'name', order: 'asc' }),
      'limit',
    ],
    [
      'a sort on no field',
      (s) => s.listMembers(OWNER, { limit: 5, sort: '__proto__' as never, order: 'asc' }),
      'sort',
    ],
    [
      'a name with markup on accepting',
      (s) =>
        s.acceptInvitation({
          token: s.outbox[0]?.token ?? 'x'.repeat(20),
          name: '<b>Bob</b>',
        }),
      'name',
    ],
  ];

  it.each(bad)('should refuse %s with validation and change nothing', (_, run, field) => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    store.invite(OWNER, { email: 'pending@example.com', role: 'cs' });
    const before = {
      members: store.members,
      groups: store.listGroups(OWNER),
      seats: store.getSeats(OWNER),
    };

    const error = failureOf(() => run(store));

    expect(error.code).toBe('validation');
    expect(Object.keys(error.fields ?? {})).toContain(field);
    expect({
      members: store.members,
      groups: store.listGroups(OWNER),
      seats: store.getSeats(OWNER),
    }).toEqual(before);
  });

  it('should find a name typed with decomposed accents by a search typed composed', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    store.invite(OWNER, { email: 'renee@example.com', role: 'cs' });
    const token = store.outbox.at(-1)!.token;
    store.acceptInvitation({ token, name: 'Rene\u0301e Mu\u0308ller' });

    const found = store.listMembers(OWNER, {
      search: 'm\u00fcller',
      sort: 'name',
      order: 'asc',
      limit: 5,
    });
    const foundDecomposed = store.listMembers(OWNER, {
      search: 'rene\u0301e',
      sort: 'name',
      order: 'asc',
      limit: 5,
    });

    expect(found.items.map((member) => member.email)).toEqual(['renee@example.com']);
    expect(foundDecomposed.total).toBe(1);
  });

  it('should name the role in the invitation email as people write it', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    store.invite(OWNER, { email: 'agent@example.com', role: 'cs' });

    expect(store.outbox.at(-1)!.text).toContain('as CS (Customer Service).');
  });

  it('should keep an address trimmed and lower-cased, as the client does', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });

    const invitation = store.invite(OWNER, {
      email: '  New.Agent@Example.COM ',
      role: 'cs',
    });

    expect(invitation.email).toBe('new.agent@example.com');
  });
});

describe('given data read from the store', () => {
  it('should hand out copies: changing them changes nothing', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    store.invite(OWNER, { email: 'copy@example.com', role: 'cs' });

    store.me(OWNER).member.name = 'Mallory';
    store.listMembers(OWNER, { sort: 'name', order: 'asc', limit: 50 }).items[0]!.role =
      'viewer';
    store.listGroups(OWNER)[0]!.memberIds.length = 0;
    store.listInvitations(OWNER)[0]!.status = 'cancelled';
    store.outbox[0]!.token = 'stolen';
    store.members[0]!.superAdmin = false;

    const fresh = createMemoryStore(demoSeed(), { now: () => NOW });
    fresh.invite(OWNER, { email: 'copy@example.com', role: 'cs' });
    expect(store.me(OWNER).member.name).toBe('Malee Srisai');
    expect(store.listGroups(OWNER)[0]!.memberIds).toEqual(
      fresh.listGroups(OWNER)[0]!.memberIds,
    );
    expect(store.listInvitations(OWNER).map((open) => open.status)).toEqual(
      fresh.listInvitations(OWNER).map((open) => open.status),
    );
    expect(store.outbox[0]!.token).not.toBe('stolen');
    expect(store.members.filter((member) => member.superAdmin)).toHaveLength(2);
    expect(
      store.listMembers(OWNER, { sort: 'name', order: 'asc', limit: 50 }).items,
    ).toEqual(fresh.listMembers(OWNER, { sort: 'name', order: 'asc', limit: 50 }).items);
  });

  it('should never show the token or its hash on an invitation', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    const invitation = store.invite(OWNER, { email: 'hidden@example.com', role: 'cs' });
    const token = store.outbox.at(-1)!.token;

    for (const shown of [invitation, ...store.listInvitations(OWNER)]) {
      expect(shown).not.toHaveProperty('tokenHash');
      expect(JSON.stringify(shown)).not.toContain(token);
    }
  });
});

describe('given an invitation sent', () => {
  it('should put one email in the outbox with the accept link carrying the token', () => {
    const store = createMemoryStore(demoSeed(), {
      now: () => NOW,
      acceptUrl: (token) => `https://console.example/join?token=${token}`,
    });

    const invitation = store.invite(OWNER, { email: 'mail@example.com', role: 'viewer' });

    expect(store.outbox).toHaveLength(1);
    const [mail] = store.outbox;
    expect(mail).toMatchObject({
      invitationId: invitation.id,
      to: 'mail@example.com',
      subject: 'Join Siam Support on Fiko',
      sentAt: NOW.toISOString(),
    });
    expect(mail!.acceptUrl).toBe(`https://console.example/join?token=${mail!.token}`);
    expect(mail!.text).toContain(mail!.acceptUrl);
    expect(mail!.text).toContain('Malee Srisai invited you');
  });

  it('should link to /join by default', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    store.invite(OWNER, { email: 'mail@example.com', role: 'viewer' });
    expect(store.outbox[0]!.acceptUrl).toBe(`/join?token=${store.outbox[0]!.token}`);
  });

  it('should expire with the clock the store was given', () => {
    const time = clock();
    const store = createMemoryStore(demoSeed(), { now: time.now });
    const invitation = store.invite(OWNER, { email: 'late@example.com', role: 'cs' });
    const token = store.outbox.at(-1)!.token;

    time.advance(INVITATION_TTL_MS);

    const listed = store.listInvitations(OWNER).find((open) => open.id === invitation.id);
    expect(listed?.status).toBe('expired');
    const error = failureOf(() => store.acceptInvitation({ token, name: 'Late' }));
    expect(error.code).toBe('invitation_expired');
  });

  it('should compare addresses of seeded members ignoring case', () => {
    const seed = demoSeed();
    seed.members[3] = { ...seed.members[3]!, email: 'Nok@Siam-Support.Example' };
    const store = createMemoryStore(seed, { now: () => NOW });

    const error = failureOf(() =>
      store.invite(OWNER, { email: 'nok@siam-support.example', role: 'cs' }),
    );

    expect(error.code).toBe('already_member');
  });

  it('should replace an expired invitation to the same address', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });

    store.invite(OWNER, { email: 'late.reply@siam-support.example', role: 'viewer' });

    const toAddress = store
      .listInvitations(OWNER)
      .filter((open) => open.email === 'late.reply@siam-support.example');
    expect(toAddress.map((open) => open.status)).toEqual(['pending']);
    const error = failureOf(() =>
      store.resendInvitation(OWNER, { invitationId: 'inv_expired1' }),
    );
    expect(error.code).toBe('not_found');
  });
});

describe('given a change to the team', () => {
  it('should tell every listener which resources changed, until they unsubscribe', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    store.setActive(OWNER, { memberId: AGENT, active: false });
    store.createGroup(ADMIN, { name: 'Escalations', kind: 'custom', description: '' });
    unsubscribe();
    store.setActive(OWNER, { memberId: AGENT, active: true });

    expect(listener.mock.calls).toEqual([
      [{ resources: ['members', 'seats', 'me'] }],
      [{ resources: ['groups'] }],
    ]);
  });

  it('should tell no listener of a refused change', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    const listener = vi.fn();
    store.subscribe(listener);

    failureOf(() => store.setActive(VIEWER, { memberId: AGENT, active: false }));

    expect(listener).not.toHaveBeenCalled();
  });

  it('should raise the version of each record it changes', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });

    const member = store.changeRole(OWNER, { memberId: AGENT, role: 'viewer' });
    const group = store.updateGroup(ADMIN, { groupId: 'grp_1', description: 'Quotes' });
    const invitation = store.resendInvitation(OWNER, { invitationId: 'inv_pending1' });

    expect([member.version, group.version, invitation.version]).toEqual([2, 2, 2]);
  });

  it('should keep the version of a group an update leaves as it was, and tell no listener', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    const [group] = store.listGroups(ADMIN);
    const listener = vi.fn();
    store.subscribe(listener);

    const empty = store.updateGroup(ADMIN, { groupId: group!.id });
    const same = store.updateGroup(ADMIN, {
      groupId: group!.id,
      name: group!.name,
      kind: group!.kind,
      description: group!.description,
    });
    const members = store.setGroupMembers(ADMIN, {
      groupId: group!.id,
      memberIds: group!.memberIds,
    });

    expect([empty, same, members]).toEqual([group, group, group]);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('given a store listener that throws', () => {
  it('should still make the change and tell the other listeners', () => {
    const reported: Array<() => void> = [];
    const queue = vi
      .spyOn(globalThis, 'queueMicrotask')
      .mockImplementation((task) => reported.push(task));
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    const heard = vi.fn();
    store.subscribe(() => {
      throw new Error('listener bug');
    });
    store.subscribe(heard);

    const group = store.createGroup(OWNER, {
      name: 'Night',
      kind: 'shift',
      description: '',
    });
    queue.mockRestore();

    expect(store.listGroups(OWNER).map((each) => each.id)).toContain(group.id);
    expect(heard).toHaveBeenCalledWith({ resources: ['groups'] });
    expect(() => reported[0]?.()).toThrow('listener bug');
  });
});

describe('given a member deleted', () => {
  function deleted() {
    const seed = demoSeed();
    seed.groups![0]!.memberIds = [AGENT, VIEWER];
    seed.groups![1]!.memberIds = [AGENT];
    const store = createMemoryStore(seed, { now: () => NOW });
    return { store, tombstone: store.removeMember(OWNER, { memberId: AGENT }) };
  }

  it('should keep a tombstone with id and name only', () => {
    const { store, tombstone } = deleted();
    expect(tombstone).toEqual({
      id: AGENT,
      name: 'Nok Thongdee',
      removedAt: NOW.toISOString(),
    });
    expect(store.listTombstones(VIEWER)).toEqual([tombstone]);
  });

  it('should take them out of every group, raising those groups’ versions', () => {
    const { store } = deleted();
    const [first, second] = store.listGroups(OWNER);
    expect(first).toMatchObject({ memberIds: [VIEWER], version: 2 });
    expect(second).toMatchObject({ memberIds: [], version: 2 });
  });

  it('should leave the invitations they sent without a sender', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    store.removeMember(DEMO_PEOPLE.secondSuperAdmin, { memberId: OWNER });
    for (const invitation of store.listInvitations(DEMO_PEOPLE.secondSuperAdmin)) {
      expect(invitation.invitedBy).toBeNull();
    }
  });

  it('should refuse the deleted member every later call', () => {
    const { store } = deleted();
    expect(failureOf(() => store.me(AGENT)).code).toBe('unauthenticated');
  });
});

describe('given a group deleted', () => {
  it('should drop it from the groups of its members', () => {
    const store = createMemoryStore(demoSeed(), { now: () => NOW });
    store.setGroupMembers(ADMIN, { groupId: 'grp_1', memberIds: [AGENT] });

    store.deleteGroup(ADMIN, { groupId: 'grp_1' });

    expect(store.me(AGENT).member.groupIds).not.toContain('grp_1');
    const page = store.listMembers(OWNER, {
      groupId: 'grp_1',
      sort: 'name',
      order: 'asc',
      limit: 50,
    });
    expect(page.total).toBe(0);
  });
});

describe('given a team of 10,000 members', () => {
  const big = createMemoryStore(createDemoTeam({ members: 10_000, now: NOW }), {
    now: () => NOW,
  });
  const query = { sort: 'name' as const, order: 'asc' as const, limit: 200 };

  it('should page through all of them by cursor, each once', () => {
    const seen = new Set<string>();
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = big.listMembers(OWNER, { ...query, cursor });
      for (const member of page.items) seen.add(member.id);
      expect(page.total).toBe(10_000);
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(50);
    expect(seen.size).toBe(10_000);
  });

  it('should answer a search keystroke quickly once sorted', () => {
    big.listMembers(OWNER, query);
    const started = performance.now();
    const page = big.listMembers(OWNER, { ...query, search: 'nguyen', role: 'cs' });
    const elapsed = performance.now() - started;
    expect(page.total).toBeGreaterThan(0);
    for (const member of page.items) {
      expect(`${member.name} ${member.email}`.toLowerCase()).toContain('nguyen');
      expect(member.role).toBe('cs');
    }
    expect(elapsed).toBeLessThan(200);
  });
});
