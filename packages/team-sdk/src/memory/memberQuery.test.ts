import { describe, expect, it } from 'vitest';
import type { ListMembersParams } from '../schemas';
import { pageMembers } from './memberQuery';
import type { StoredMember } from './memoryStore';

function person(
  id: string,
  name: string,
  extra: Partial<StoredMember> = {},
): StoredMember {
  return {
    id,
    name,
    email: `${id}@example.com`,
    role: 'cs',
    superAdmin: false,
    status: 'active',
    joinedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    ...extra,
  };
}

const MEMBERS = new Map(
  [
    person('mem_c', 'Chai', { role: 'admin', joinedAt: '2025-03-01T00:00:00.000Z' }),
    person('mem_a', 'anong', { role: 'viewer', joinedAt: '2025-01-01T00:00:00.000Z' }),
    person('mem_b', 'Boonsri', {
      status: 'inactive',
      joinedAt: '2025-02-01T00:00:00.000Z',
    }),
    person('mem_d', 'Dara 10'),
    person('mem_e', 'Dara 9'),
  ].map((member) => [member.id, member]),
);

function page(query: Partial<ListMembersParams>, groups: Record<string, string[]> = {}) {
  return pageMembers({
    members: MEMBERS,
    revision: 0,
    query: { sort: 'name', order: 'asc', limit: 50, ...query },
    groupsOf: (id) => groups[id] ?? [],
  });
}

const ids = (result: ReturnType<typeof page>) => result.items.map((member) => member.id);

describe('given a sort', () => {
  it('should sort names ignoring case, with numbers in numeric order', () => {
    expect(ids(page({}))).toEqual(['mem_a', 'mem_b', 'mem_c', 'mem_e', 'mem_d']);
  });

  it('should reverse the order when descending', () => {
    expect(ids(page({ order: 'desc' }))).toEqual([
      'mem_d',
      'mem_e',
      'mem_c',
      'mem_b',
      'mem_a',
    ]);
  });

  it('should sort roles from admin to viewer, then by name', () => {
    expect(ids(page({ sort: 'role' }))).toEqual([
      'mem_c',
      'mem_b',
      'mem_e',
      'mem_d',
      'mem_a',
    ]);
  });

  it('should sort by the date members joined', () => {
    expect(ids(page({ sort: 'joinedAt' })).slice(0, 3)).toEqual([
      'mem_a',
      'mem_b',
      'mem_c',
    ]);
  });
});

describe('given filters', () => {
  it('should search name and email, ignoring case', () => {
    expect(ids(page({ search: 'DARA' }))).toEqual(['mem_e', 'mem_d']);
    expect(ids(page({ search: 'mem_b@' }))).toEqual(['mem_b']);
  });

  it('should combine role, status and group filters', () => {
    expect(ids(page({ status: 'inactive' }))).toEqual(['mem_b']);
    expect(ids(page({ role: 'cs', status: 'active' }))).toEqual(['mem_e', 'mem_d']);
    const groups = { mem_a: ['grp_1'], mem_d: ['grp_1', 'grp_2'] };
    expect(ids(page({ groupId: 'grp_1' }, groups))).toEqual(['mem_a', 'mem_d']);
  });
});

describe('given a cursor', () => {
  it('should continue where the previous page ended, and end with a null cursor', () => {
    const first = page({ limit: 2 });
    const second = page({ limit: 2, cursor: first.nextCursor! });
    const third = page({ limit: 2, cursor: second.nextCursor! });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(ids(page({})));
    expect(third.nextCursor).toBeNull();
    expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
  });

  it('should start over on a cursor it cannot read', () => {
    for (const cursor of ['garbage!', 'o-5', 'o2!', '']) {
      expect(ids(page({ limit: 2, cursor }))).toEqual(['mem_a', 'mem_b']);
    }
  });

  it('should answer an empty last page past the end', () => {
    const result = page({ limit: 2, cursor: 'o10' });
    expect(result).toEqual({ items: [], nextCursor: null, total: 5 });
  });
});

describe('given members that changed', () => {
  it('should sort again once the revision moves', () => {
    const members = new Map(MEMBERS);
    const query = { sort: 'name', order: 'asc', limit: 50 } as const;
    const before = pageMembers({ members, revision: 1, query, groupsOf: () => [] });
    members.set('mem_0', person('mem_0', 'Aaron'));
    const after = pageMembers({ members, revision: 2, query, groupsOf: () => [] });
    expect(before.total).toBe(5);
    expect(after.items[0]?.id).toBe('mem_0');
  });
});
