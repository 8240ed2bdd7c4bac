import type { ListMembersQuery, TeamResource } from '@fiko/team-sdk';

/** The members query without its cursor: every page of one list shares a key. */
export type MembersListQuery = Omit<ListMembersQuery, 'cursor'>;

const ROOT = ['fiko-team'] as const;

// Spelled out in every list key, so `{}` and `{ sort: 'name' }` share one cache entry.
const LIST_DEFAULTS = { sort: 'name', order: 'asc' } as const;

/**
 * Query keys of every team query. Hosts use them to prefetch, read or
 * invalidate: `queryClient.invalidateQueries({ queryKey: teamKeys.members() })`.
 */
export const teamKeys = {
  all: () => ROOT,
  me: () => [...ROOT, 'me'] as const,
  seats: () => [...ROOT, 'seats'] as const,
  invitations: () => [...ROOT, 'invitations'] as const,
  groups: () => [...ROOT, 'groups'] as const,
  tombstones: () => [...ROOT, 'tombstones'] as const,
  /** Every members list, whatever its query. */
  members: () => [...ROOT, 'members'] as const,
  /** One members list: a search, filters and a sort, with all its pages. */
  memberList: (query: MembersListQuery = {}) =>
    [...ROOT, 'members', 'list', normaliseQuery({ ...LIST_DEFAULTS, ...query })] as const,
  /** One page of a members list, for hosts that page by hand. */
  memberPage: (query: ListMembersQuery = {}) =>
    [...ROOT, 'members', 'page', normaliseQuery(query)] as const,
};

/** Drops empty values so `{ search: '' }` and `{}` share a cache entry. */
function normaliseQuery<T extends object>(query: T): Partial<T> {
  const entries = Object.entries(query).filter(
    ([, value]) => value !== undefined && value !== '',
  );
  return Object.fromEntries(entries) as Partial<T>;
}

/** The query keys that a change of these resources makes stale. */
export function keysForResources(resources: readonly TeamResource[]) {
  const keys = {
    me: teamKeys.me(),
    members: teamKeys.members(),
    invitations: teamKeys.invitations(),
    seats: teamKeys.seats(),
    groups: teamKeys.groups(),
  } satisfies Record<TeamResource, readonly unknown[]>;
  return [...new Set(resources)].map((resource) => keys[resource]);
}
