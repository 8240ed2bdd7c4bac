import type { ListMembersQuery, MemberPage, TeamClient } from '@fiko/team-sdk';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { type MembersListQuery, teamKeys } from './teamKeys';

/** Members fetched per page while scrolling. */
export const MEMBERS_PAGE_SIZE = 100;

/** The signed-in member and their team. */
export function meQueryOptions(client: TeamClient) {
  return queryOptions({ queryKey: teamKeys.me(), queryFn: () => client.me() });
}

/** Seat limit and usage. */
export function seatsQueryOptions(client: TeamClient) {
  return queryOptions({ queryKey: teamKeys.seats(), queryFn: () => client.getSeats() });
}

/** Open invitations: pending and expired. */
export function invitationsQueryOptions(client: TeamClient) {
  return queryOptions({
    queryKey: teamKeys.invitations(),
    queryFn: () => client.listInvitations(),
  });
}

/** Every group of the team. */
export function groupsQueryOptions(client: TeamClient) {
  return queryOptions({
    queryKey: teamKeys.groups(),
    queryFn: () => client.listGroups(),
  });
}

/** Deleted members, by id and name. */
export function tombstonesQueryOptions(client: TeamClient) {
  return queryOptions({
    queryKey: teamKeys.tombstones(),
    queryFn: () => client.listTombstones(),
  });
}

/**
 * A members list with every page loaded so far: what `AgentsTable` shows.
 * Prefetch with `queryClient.prefetchInfiniteQuery(membersQueryOptions(client, query))`.
 */
export function membersQueryOptions(client: TeamClient, query: MembersListQuery = {}) {
  return infiniteQueryOptions({
    queryKey: teamKeys.memberList(query),
    // A cache dehydrated as JSON on the server comes back with `null` for the
    // first page's `undefined` cursor; both mean "from the start".
    queryFn: ({ pageParam }) =>
      client.listMembers({
        limit: MEMBERS_PAGE_SIZE,
        ...query,
        cursor: pageParam ?? undefined,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage: MemberPage) => lastPage.nextCursor ?? undefined,
  });
}

/** One page of members, for hosts that page by hand. */
export function memberPageQueryOptions(client: TeamClient, query: ListMembersQuery = {}) {
  return queryOptions({
    queryKey: teamKeys.memberPage(query),
    queryFn: () => client.listMembers(query),
  });
}
