import type {
  Group,
  Invitation,
  ListMembersQuery,
  Me,
  MemberPage,
  Seats,
  TeamClient,
  Tombstone,
} from '@fiko/team-sdk';
import {
  type DataTag,
  type InfiniteData,
  infiniteQueryOptions,
  type QueryKey,
  queryOptions,
  type UnusedSkipTokenInfiniteOptions,
  type UnusedSkipTokenOptions,
} from '@tanstack/react-query';
import { type MembersListQuery, teamKeys } from './teamKeys';

/*
 * The helpers' return types name TanStack Query's own option types. Left to
 * inference, the declarations would spell those types out as they resolved
 * under this package's compiler options, and a host compiling with
 * `exactOptionalPropertyTypes` could not pass them to `prefetchQuery`.
 */

/** Options for one of the team's queries, tagged with its data for `getQueryData`. */
export type TeamQueryOptions<TData, TKey extends QueryKey> = UnusedSkipTokenOptions<
  TData,
  Error,
  TData,
  TKey
> & { queryKey: DataTag<TKey, TData, Error> };

/** Options for a members list loaded page by page. */
export type MembersQueryOptions = UnusedSkipTokenInfiniteOptions<
  MemberPage,
  Error,
  InfiniteData<MemberPage, string | undefined>,
  ReturnType<typeof teamKeys.memberList>,
  string | undefined
> & {
  // The tag's page parameter is `unknown`, as `infiniteQueryOptions` tags it.
  queryKey: DataTag<
    ReturnType<typeof teamKeys.memberList>,
    InfiniteData<MemberPage>,
    Error
  >;
};

/** Members fetched per page while scrolling. */
export const MEMBERS_PAGE_SIZE = 100;

/** The signed-in member and their team. */
export function meQueryOptions(
  client: TeamClient,
): TeamQueryOptions<Me, ReturnType<typeof teamKeys.me>> {
  return queryOptions({ queryKey: teamKeys.me(), queryFn: () => client.me() });
}

/** Seat limit and usage. */
export function seatsQueryOptions(
  client: TeamClient,
): TeamQueryOptions<Seats, ReturnType<typeof teamKeys.seats>> {
  return queryOptions({ queryKey: teamKeys.seats(), queryFn: () => client.getSeats() });
}

/** Open invitations: pending and expired. */
export function invitationsQueryOptions(
  client: TeamClient,
): TeamQueryOptions<Invitation[], ReturnType<typeof teamKeys.invitations>> {
  return queryOptions({
    queryKey: teamKeys.invitations(),
    queryFn: () => client.listInvitations(),
  });
}

/** Every group of the team. */
export function groupsQueryOptions(
  client: TeamClient,
): TeamQueryOptions<Group[], ReturnType<typeof teamKeys.groups>> {
  return queryOptions({
    queryKey: teamKeys.groups(),
    queryFn: () => client.listGroups(),
  });
}

/** Deleted members, by id and name. */
export function tombstonesQueryOptions(
  client: TeamClient,
): TeamQueryOptions<Tombstone[], ReturnType<typeof teamKeys.tombstones>> {
  return queryOptions({
    queryKey: teamKeys.tombstones(),
    queryFn: () => client.listTombstones(),
  });
}

/**
 * A members list with every page loaded so far: what `AgentsTable` shows.
 * Prefetch with `queryClient.prefetchInfiniteQuery(membersQueryOptions(client, query))`.
 */
export function membersQueryOptions(
  client: TeamClient,
  query: MembersListQuery = {},
): MembersQueryOptions {
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
export function memberPageQueryOptions(
  client: TeamClient,
  query: ListMembersQuery = {},
): TeamQueryOptions<MemberPage, ReturnType<typeof teamKeys.memberPage>> {
  return queryOptions({
    queryKey: teamKeys.memberPage(query),
    queryFn: () => client.listMembers(query),
  });
}
