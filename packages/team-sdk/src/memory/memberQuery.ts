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

interface Matched {
  /** Everything of the query but the search, as a key. */
  filters: string;
  search: string;
  members: StoredMember[];
}

interface SortedCache {
  source: ReadonlyMap<string, StoredMember>;
  revision: number;
  bySort: Map<string, StoredMember[]>;
  searchText: Map<string, string>;
  /** The latest filtered lists, newest last: paging and typing reuse them. */
  matched: Matched[];
}

/** Enough for a few tabs or tables paging through different filters at once. */
const MATCHED_KEPT = 8;

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
    matched: [],
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

function sorted(
  cache: SortedCache,
  sort: MemberSort,
  order: ListMembersParams['order'],
): StoredMember[] {
  const key = `${sort}:${order}`;
  let list = cache.bySort.get(key);
  if (!list) {
    list =
      order === 'desc'
        ? [...sorted(cache, sort, 'asc')].reverse()
        : [...cache.source.values()].sort(COMPARATORS[sort]);
    cache.bySort.set(key, list);
  }
  return list;
}

/**
 * The members matching a query, in order. Each page of a query reuses the
 * list of its first page; a search that extends an earlier one (typing a
 * letter) filters that search's matches instead of the whole team.
 */
function matching(
  cache: SortedCache,
  query: ListMembersParams,
  groupsOf: (memberId: string) => readonly string[],
): StoredMember[] {
  const filters = [query.sort, query.order, query.role, query.status, query.groupId]
    .map((part) => part ?? '')
    .join('\u0000');
  const search = query.search?.toLocaleLowerCase('en') ?? '';
  const exact = cache.matched.find(
    (entry) => entry.filters === filters && entry.search === search,
  );
  if (exact) return exact.members;

  const base = cache.matched.findLast(
    (entry) => entry.filters === filters && search.includes(entry.search),
  );
  const members = base
    ? base.members.filter((member) => matchesSearch(cache, member, search))
    : sorted(cache, query.sort, query.order).filter(
        (member) =>
          (!query.role || member.role === query.role) &&
          (!query.status || member.status === query.status) &&
          (!query.groupId || groupsOf(member.id).includes(query.groupId)) &&
          matchesSearch(cache, member, search),
      );
  cache.matched.push({ filters, search, members });
  if (cache.matched.length > MATCHED_KEPT) cache.matched.shift();
  return members;
}

function matchesSearch(cache: SortedCache, member: StoredMember, search: string) {
  return search === '' || cache.searchText.get(member.id)!.includes(search);
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
  const list = matching(cache, query, options.groupsOf);

  const offset = decodeCursor(query.cursor);
  const end = offset + query.limit;
  const items = list.slice(offset, end);

  return {
    items,
    nextCursor: end < list.length ? encodeCursor(end) : null,
    total: list.length,
  };
}
