import type { Actor, Seats } from '@fiko/team-sdk';
import { useMe, useSeats } from '../query/queries';

/** What the rule checks need about the signed-in member and the team. */
export interface Facts {
  actor: Actor;
  activeSuperAdminCount: number;
  seats: Seats;
}

/** The facts for the rule checks, or `undefined` while they load. */
export function useFacts(): Facts | undefined {
  const me = useMe();
  const seats = useSeats();
  if (!me.data || !seats.data) return undefined;
  return {
    actor: me.data.member,
    activeSuperAdminCount: me.data.team.activeSuperAdminCount,
    seats: seats.data,
  };
}
