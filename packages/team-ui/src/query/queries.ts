import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTeam } from '../provider/TeamProvider';
import {
  groupsQueryOptions,
  invitationsQueryOptions,
  membersQueryOptions,
  meQueryOptions,
  seatsQueryOptions,
} from './queryOptions';
import type { MembersListQuery } from './teamKeys';

/** The signed-in member and their team. */
export function useMe() {
  const { client } = useTeam();
  return useQuery(meQueryOptions(client));
}

/** Seat limit and usage. */
export function useSeats() {
  const { client } = useTeam();
  return useQuery(seatsQueryOptions(client));
}

/** Open invitations (pending and expired). */
export function useInvitations() {
  const { client } = useTeam();
  return useQuery(invitationsQueryOptions(client));
}

/** Every group of the team. */
export function useGroups() {
  const { client } = useTeam();
  return useQuery(groupsQueryOptions(client));
}

/** A members list, page by page; the previous list stays shown while a new query loads. */
export function useMembers(query: MembersListQuery, options: { enabled?: boolean } = {}) {
  const { client } = useTeam();
  return useInfiniteQuery({
    ...membersQueryOptions(client, query),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  });
}
