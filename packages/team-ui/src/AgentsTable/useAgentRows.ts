import type { Invitation, MemberStatus } from '@fiko/team-sdk';
import { useDeferredValue, useMemo } from 'react';
import { useInvitations, useMembers } from '../query/queries';
import type { AgentRow, AgentStatusFilter, AgentsQuery } from './types';

const MEMBER_STATUSES: ReadonlySet<AgentStatusFilter> = new Set(['active', 'inactive']);

function invitationMatches(invitation: Invitation, query: AgentsQuery, search: string) {
  if (query.role && invitation.role !== query.role) return false;
  if (query.status && MEMBER_STATUSES.has(query.status)) return false;
  if (query.status === 'invited' && invitation.status !== 'pending') return false;
  if (query.status === 'expired' && invitation.status !== 'expired') return false;
  return search === '' || invitation.email.includes(search);
}

/**
 * The rows of the table: matching open invitations first, then members page
 * by page from the backend. The search is deferred so typing stays fluid
 * while the list catches up.
 */
export function useAgentRows(query: AgentsQuery) {
  const deferred = useDeferredValue(query);
  const search = deferred.search.trim();
  const membersOnly = !deferred.status || MEMBER_STATUSES.has(deferred.status);

  const members = useMembers(
    {
      search: search || undefined,
      role: deferred.role,
      status: membersOnly ? (deferred.status as MemberStatus | undefined) : undefined,
      sort: deferred.sort,
      order: deferred.order,
    },
    { enabled: membersOnly },
  );
  const invitations = useInvitations();

  const invitationRows = useMemo<AgentRow[]>(() => {
    const lowered = search.toLocaleLowerCase();
    return (invitations.data ?? [])
      .filter((invitation) => invitationMatches(invitation, deferred, lowered))
      .map((invitation) => ({ kind: 'invitation', id: invitation.id, invitation }));
  }, [invitations.data, deferred, search]);

  const memberRows = useMemo<AgentRow[]>(() => {
    if (!membersOnly) return [];
    const pages = members.data?.pages ?? [];
    return pages.flatMap((page) =>
      page.items.map((member) => ({ kind: 'member' as const, id: member.id, member })),
    );
  }, [members.data, membersOnly]);

  const rows = useMemo(
    () => [...invitationRows, ...memberRows],
    [invitationRows, memberRows],
  );
  const memberTotal = membersOnly ? (members.data?.pages[0]?.total ?? 0) : 0;

  return {
    rows,
    /** Every row the query matches, loaded or not. */
    total: invitationRows.length + memberTotal,
    isLoading: (membersOnly && members.isPending) || invitations.isPending,
    isStale: deferred !== query || members.isPlaceholderData,
    /** A failure that leaves the table without its members or invitations. */
    error:
      (membersOnly && memberRows.length === 0 ? members.error : null) ??
      invitations.error,
    retry: () => {
      if (members.isError) void members.refetch();
      if (invitations.isError) void invitations.refetch();
    },
    hasMore: membersOnly && members.hasNextPage,
    isLoadingMore: members.isFetchingNextPage,
    loadMore: () => {
      if (members.hasNextPage && !members.isFetchingNextPage)
        void members.fetchNextPage();
    },
  };
}
