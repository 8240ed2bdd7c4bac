import type { Actor, Seats } from '@fiko/team-sdk';
import { useMemo } from 'react';
import { useMe, useSeats } from '../query/queries';

/** What the rule checks need about the signed-in member and the team. */
export interface Facts {
  actor: Actor;
  activeSuperAdminCount: number;
  seats: Seats;
}

/** The facts for the rule checks, or `undefined` while they load. */
export function useFacts(): Facts | undefined {
  const me = useMe().data;
  const seats = useSeats().data;
  // The same object until the facts change, so rows drawn from them stay memoised.
  return useMemo(
    () =>
      me && seats
        ? {
            actor: me.member,
            activeSuperAdminCount: me.team.activeSuperAdminCount,
            seats,
          }
        : undefined,
    [me, seats],
  );
}
