import type { Member, MemberPage } from '@fiko/team-sdk';
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { teamKeys } from './teamKeys';

type MembersData = InfiniteData<MemberPage, unknown> | MemberPage;

/** What the members lists held before an optimistic change, to put back on failure. */
export type MembersSnapshot = Array<[QueryKey, MembersData | undefined]>;

function patchPage(page: MemberPage, memberId: string, patch: (m: Member) => Member) {
  if (!page.items.some((member) => member.id === memberId)) return page;
  return {
    ...page,
    items: page.items.map((member) => (member.id === memberId ? patch(member) : member)),
  };
}

function patchData(
  data: MembersData | undefined,
  memberId: string,
  patch: (m: Member) => Member,
) {
  if (!data) return data;
  if ('pages' in data) {
    return { ...data, pages: data.pages.map((page) => patchPage(page, memberId, patch)) };
  }
  return patchPage(data, memberId, patch);
}

/**
 * Applies a change to one member in every cached members list at once, after
 * stopping fetches in flight that would overwrite it. Returns the snapshot.
 */
export async function patchMember(
  queryClient: QueryClient,
  memberId: string,
  patch: (member: Member) => Member,
): Promise<MembersSnapshot> {
  const queryKey = teamKeys.members();
  await queryClient.cancelQueries({ queryKey });
  const snapshot = queryClient.getQueriesData<MembersData>({ queryKey });
  queryClient.setQueriesData<MembersData>({ queryKey }, (data) =>
    patchData(data, memberId, patch),
  );
  return snapshot;
}

/** Puts the members lists back as they were before an optimistic change. */
export function restoreMembers(queryClient: QueryClient, snapshot: MembersSnapshot) {
  for (const [queryKey, data] of snapshot) queryClient.setQueryData(queryKey, data);
}

/** Drops a member from every cached list, once the backend has deleted them. */
export function dropMember(queryClient: QueryClient, memberId: string) {
  queryClient.setQueriesData<MembersData>({ queryKey: teamKeys.members() }, (data) => {
    if (!data) return data;
    const drop = (page: MemberPage) => ({
      ...page,
      items: page.items.filter((member) => member.id !== memberId),
      total: Math.max(0, page.total - 1),
    });
    return 'pages' in data ? { ...data, pages: data.pages.map(drop) } : drop(data);
  });
}
