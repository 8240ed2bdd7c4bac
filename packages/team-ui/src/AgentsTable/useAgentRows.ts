import { type Invitation, type MemberStatus, ROLES } from '@fiko/team-sdk';
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

type CompareInvitations = (a: Invitation, b: Invitation) => number;

const byEmail: CompareInvitations = (a, b) => a.email.localeCompare(b.email);

/**
 * Invitations follow the column the members are sorted by, as far as they
 * have it: they have no name (the email stands in) and no join date (the
 * date they were sent does).
 */
const INVITATION_ORDER: Record<AgentsQuery['sort'], CompareInvitations> = {
  name: byEmail,
  // Looked up in the comparator, not in a module-level Map: a top-level call
  // would keep the SDK's schemas in every host bundle that imports the kit.
  role: (a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || byEmail(a, b),
  status: (a, b) => a.status.localeCompare(b.status) || byEmail(a, b),
  joinedAt: (a, b) => a.invitedAt.localeCompare(b.invitedAt) || byEmail(a, b),
};

function sortInvitations(invitations: Invitation[], query: AgentsQuery): Invitation[] {
  const compare = INVITATION_ORDER[query.sort];
  const direction = query.order === 'desc' ? -1 : 1;
  return invitations.sort((a, b) => direction * compare(a, b));
}

/**
 * The rows of the table: matching open invitations first (in the table's
 * sort order), then members page
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
    const matching = (invitations.data ?? []).filter((invitation) =>
      invitationMatches(invitation, deferred, lowered),
    );
    return sortInvitations(matching, deferred).map((invitation) => ({
      kind: 'invitation',
      id: invitation.id,
      invitation,
    }));
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
