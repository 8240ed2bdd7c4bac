import type { ListMembersParams, MemberSort } from '../schemas';
import { ROLES } from '../schemas';
import type { StoredMember } from './memoryStore';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const ROLE_ORDER = new Map(ROLES.map((role, index) => [role, index]));

type Compare = (a: StoredMember, b: StoredMember) => number;

const byName: Compare = (a, b) =>
  collator.compare(a.name, b.name) || a.id.localeCompare(b.id);

const COMPARATORS: Record<MemberSort, Compare> = {
  name: byName,
  email: (a, b) => a.email.localeCompare(b.email) || a.id.localeCompare(b.id),
  role: (a, b) => ROLE_ORDER.get(a.role)! - ROLE_ORDER.get(b.role)! || byName(a, b),
  status: (a, b) => a.status.localeCompare(b.status) || byName(a, b),
  joinedAt: (a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id),
};

interface SortedCache {
  source: ReadonlyMap<string, StoredMember>;
  revision: number;
  bySort: Map<MemberSort, StoredMember[]>;
  searchText: Map<string, string>;
}

const caches = new WeakMap<ReadonlyMap<string, StoredMember>, SortedCache>();

function cacheFor(
  source: ReadonlyMap<string, StoredMember>,
  revision: number,
): SortedCache {
  const cached = caches.get(source);
  if (cached && cached.revision === revision) return cached;

  const fresh: SortedCache = {
    source,
    revision,
    bySort: new Map(),
    searchText: new Map(),
  };
  for (const member of source.values()) {
    fresh.searchText.set(
      member.id,
      `${member.name}\n${member.email}`.toLocaleLowerCase('en'),
    );
  }
  caches.set(source, fresh);
  return fresh;
}

function sorted(cache: SortedCache, sort: MemberSort): StoredMember[] {
  let list = cache.bySort.get(sort);
  if (!list) {
    list = [...cache.source.values()].sort(COMPARATORS[sort]);
    cache.bySort.set(sort, list);
  }
  return list;
}

/**
 * Cursors of the memory store are offsets; opaque to callers all the same.
 * A cursor this store did not issue starts over rather than reading as a
 * huge offset (`parseInt` stops at the first foreign character).
 */
function decodeCursor(cursor: string | undefined): number {
  const match = cursor?.match(/^o([0-9a-z]{1,8})$/);
  return match ? Number.parseInt(match[1]!, 36) : 0;
}

function encodeCursor(offset: number): string {
  return `o${offset.toString(36)}`;
}

/**
 * One page of members matching a query. The `revision` tells the cache when
 * the members changed; sorted orders are reused until it moves.
 */
export function pageMembers(options: {
  members: ReadonlyMap<string, StoredMember>;
  revision: number;
  query: ListMembersParams;
  groupsOf: (memberId: string) => readonly string[];
}): { items: StoredMember[]; nextCursor: string | null; total: number } {
  const { query } = options;
  const cache = cacheFor(options.members, options.revision);
  const search = query.search?.toLocaleLowerCase('en');

  let list = sorted(cache, query.sort);
  if (query.order === 'desc') list = [...list].reverse();

  const matching = list.filter(
    (member) =>
      (!query.role || member.role === query.role) &&
      (!query.status || member.status === query.status) &&
      (!query.groupId || options.groupsOf(member.id).includes(query.groupId)) &&
      (!search || cache.searchText.get(member.id)!.includes(search)),
  );

  const offset = decodeCursor(query.cursor);
  const end = offset + query.limit;
  const items = matching.slice(offset, end);

  return {
    items,
    nextCursor: end < matching.length ? encodeCursor(end) : null,
    total: matching.length,
  };
}
