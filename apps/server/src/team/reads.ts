import {
  type Group,
  type Invitation,
  invitationStatusAt,
  type ListMembersParams,
  type Me,
  type MemberPage,
  type Seats,
  TeamError,
  type Tombstone,
} from '@fiko/team-sdk';
import { readTransaction } from '../db/database';
import {
  type InvitationRow,
  invitationFromRow,
  type TombstoneRow,
  tombstoneFromRow,
} from '../db/rows';
import type { ServiceContext } from './context';
import type { Caller } from './facts';
import { queryMembers } from './memberQuery';

export function createReads(context: ServiceContext) {
  const { db, facts } = context;

  const openInvitations = db.prepare<[string], InvitationRow>(
    `SELECT * FROM invitations
      WHERE team_id = ? AND status IN ('pending', 'expired')
      ORDER BY invited_at DESC, seq`,
  );
  const tombstones = db.prepare<[string], TombstoneRow>(
    'SELECT id, name, removed_at FROM tombstones WHERE team_id = ? ORDER BY seq',
  );

  /** Runs a read as the caller, who must still be an active member. */
  function asMember<T>(caller: Caller, read: () => T): T {
    return readTransaction(db, () => {
      const actor = facts.actor(caller);
      if (actor.status !== 'active') throw new TeamError('unauthenticated');
      return read();
    });
  }

  return {
    me(caller: Caller): Me {
      return asMember(caller, () => {
        const { seatLimit: _limit, ...team } = facts.team(caller.teamId);
        return { member: facts.target(caller.teamId, caller.memberId), team };
      });
    },

    listMembers(caller: Caller, query: ListMembersParams): MemberPage {
      return asMember(caller, () => queryMembers(db, caller.teamId, query));
    },

    /** Open invitations, newest first: pending ones, and those the clock expired. */
    listInvitations(caller: Caller): Invitation[] {
      return asMember(caller, () => {
        const now = context.now();
        return openInvitations.all(caller.teamId).map((row) => {
          const invitation = invitationFromRow(row);
          return { ...invitation, status: invitationStatusAt(invitation, now) };
        });
      });
    },

    getSeats(caller: Caller): Seats {
      return asMember(caller, () => facts.seats(caller.teamId, context.now()));
    },

    listTombstones(caller: Caller): Tombstone[] {
      return asMember(caller, () => tombstones.all(caller.teamId).map(tombstoneFromRow));
    },

    listGroups(caller: Caller): Group[] {
      return asMember(caller, () => facts.groups(caller.teamId));
    },
  };
}
