import type { Me, TeamError } from '@fiko/team-sdk';
import { teamKeys } from '@fiko/team-ui';
import { useQuery } from '@tanstack/react-query';
import { useSession } from './SessionProvider';

/**
 * The signed-in member and their team, under the kit's own `me` key: the
 * header and the team page read one answer, so a flag revoked elsewhere
 * leaves the header when the team page learns of it. (The cache is cleared
 * whenever the session changes, so no one else's answer can show.) A session
 * the backend no longer accepts ends in `SessionProvider`.
 */
export function useMe() {
  const { client } = useSession();
  return useQuery<Me, TeamError>({
    queryKey: teamKeys.me(),
    queryFn: () => client!.me(),
    enabled: client !== null,
    retry: (count, error) => error.code === 'network' && count < 2,
  });
}
