import { can } from '@fiko/team-sdk';
import { useTeam } from '../provider/TeamProvider';
import { useMe } from '../query/queries';

/**
 * The host's "Add seats" action, offered only to members who may change seats
 * (`settings.manage`): billing refuses everyone else. `askAdmin` is true when
 * the host offers the action but this member must ask an admin for it.
 */
export function useAddSeats(): {
  onAddSeats: (() => void) | undefined;
  askAdmin: boolean;
} {
  const { onAddSeats } = useTeam();
  const me = useMe();
  if (!onAddSeats || !me.data) return { onAddSeats: undefined, askAdmin: false };
  return can(me.data.member, 'settings.manage')
    ? { onAddSeats, askAdmin: false }
    : { onAddSeats: undefined, askAdmin: true };
}
