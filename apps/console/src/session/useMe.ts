import type { Me, TeamError } from '@fiko/team-sdk';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from './SessionProvider';

export const meQueryKey = (token: string | undefined) =>
  ['console', 'me', token] as const;

/**
 * The signed-in member and their team. A session the backend no longer
 * accepts (deactivated, deleted, server reset) ends here.
 */
export function useMe() {
  const { client, session, endSession } = useSession();
  const query = useQuery<Me, TeamError>({
    queryKey: meQueryKey(session?.token),
    queryFn: () => client!.me(),
    enabled: client !== null,
    retry: (count, error) => error.code === 'network' && count < 2,
  });

  useEffect(() => {
    if (query.error?.code === 'unauthenticated') endSession(query.error.message);
  }, [query.error, endSession]);

  useEffect(() => {
    if (!client) return;
    return client.subscribe(() => void query.refetch());
  }, [client, query.refetch]);

  return query;
}
