import { can } from '@fiko/team-sdk';
import { useTeam } from '../provider/TeamProvider';
import { useMe } from '../query/queries';

/**
 * The host's "Add seats" action, offered only to members who may change seats
 * (`settings.manage`): billing refuses everyone else.
 */
export function useAddSeats(): (() => void) | undefined {
  const { onAddSeats } = useTeam();
  const me = useMe();
  if (!onAddSeats || !me.data) return undefined;
  return can(me.data.member, 'settings.manage') ? onAddSeats : undefined;
}
