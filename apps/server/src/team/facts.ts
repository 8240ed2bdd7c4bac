import {
  type Actor,
  type Group,
  type Invitation,
  type Member,
  type Seats,
  seatsFrom,
  type Team,
  TeamError,
} from '@fiko/team-sdk';
import type { Db } from '../db/database';
import {
  GROUP_COLUMNS,
  type GroupRow,
  groupFromRow,
  type InvitationRow,
  invitationFromRow,
  MEMBER_COLUMNS,
  type MemberRow,
  memberFromRow,
} from '../db/rows';

/*
 * The facts the rule module asks for, read with SQL. Every query names its
 * team: an id of another team finds nothing, exactly like an unknown id.
 */

/** Who is acting, as the session established it. */
export interface Caller {
  teamId: string;
  memberId: string;
}

/** The SQL reads shared by every action. Statements are prepared once per database. */
export function createFacts(db: Db) {
  const memberStatement = db.prepare<[string, string], MemberRow>(
    `SELECT ${MEMBER_COLUMNS} FROM members m WHERE m.team_id = ? AND m.id = ?`,
  );
  const memberByEmailStatement = db.prepare<[string, string], MemberRow>(
    `SELECT ${MEMBER_COLUMNS} FROM members m WHERE m.team_id = ? AND m.email_key = ?`,
  );
  const teamStatement = db.prepare<
    [string],
    { id: string; name: string; seat_limit: number }
  >('SELECT id, name, seat_limit FROM teams WHERE id = ?');
  const activeMembersStatement = db
    .prepare<[string], number>(
      "SELECT count(*) FROM members WHERE team_id = ? AND status = 'active'",
    )
    .pluck();
  const pendingInvitationsStatement = db
    .prepare<[string, string], number>(
      `SELECT count(*) FROM invitations
        WHERE team_id = ? AND status = 'pending' AND expires_at > ?`,
    )
    .pluck();
  const superAdminsStatement = db
    .prepare<[string], number>(
      `SELECT count(*) FROM members
        WHERE team_id = ? AND super_admin = 1 AND status = 'active'`,
    )
    .pluck();
  const invitationStatement = db.prepare<[string, string], InvitationRow>(
    'SELECT * FROM invitations WHERE team_id = ? AND id = ?',
  );
  const openInvitationStatement = db.prepare<[string, string, string], InvitationRow>(
    `SELECT * FROM invitations
      WHERE team_id = ? AND email_key = ? AND status = 'pending' AND expires_at > ?
      LIMIT 1`,
  );
  const invitationByTokenStatement = db.prepare<[string], InvitationRow>(
    'SELECT * FROM invitations WHERE token_hash = ?',
  );
  const groupStatement = db.prepare<[string, string], GroupRow>(
    `SELECT ${GROUP_COLUMNS} FROM groups g WHERE g.team_id = ? AND g.id = ?`,
  );
  const groupsStatement = db.prepare<[string], GroupRow>(
    `SELECT ${GROUP_COLUMNS} FROM groups g WHERE g.team_id = ? ORDER BY g.seq`,
  );
  const unknownMembersStatement = db
    .prepare<[string, string], string>(
      `SELECT ids.value FROM json_each(?) ids
        WHERE NOT EXISTS (SELECT 1 FROM members m WHERE m.team_id = ? AND m.id = ids.value)
        ORDER BY ids.key`,
    )
    .pluck();

  const callerByIdStatement = db.prepare<[string], { team_id: string; id: string }>(
    `SELECT m.team_id, m.id FROM members m JOIN teams t ON t.id = m.team_id
      WHERE m.id = ? ORDER BY t.seq LIMIT 1`,
  );

  function member(teamId: string, memberId: string): Member | undefined {
    const row = memberStatement.get(teamId, memberId);
    return row && memberFromRow(row);
  }

  return {
    member,

    /** The acting member, re-read inside the action's transaction. */
    actor(caller: Caller): Actor & Member {
      const found = member(caller.teamId, caller.memberId);
      if (!found)
        throw new TeamError('unauthenticated', 'This account no longer exists.');
      return found;
    },

    /** A member the action targets; `not_found` when the team has none by that id. */
    target(teamId: string, memberId: string): Member {
      const found = member(teamId, memberId);
      if (!found) throw new TeamError('not_found', 'This member no longer exists.');
      return found;
    },

    /** The member with this id in the first team that has one: for development sign-in. */
    callerById(memberId: string): Caller | undefined {
      const row = callerByIdStatement.get(memberId);
      return row && { teamId: row.team_id, memberId: row.id };
    },

    memberByEmail(teamId: string, key: string): Member | undefined {
      const row = memberByEmailStatement.get(teamId, key);
      return row && memberFromRow(row);
    },

    team(teamId: string): Team & { seatLimit: number } {
      const row = teamStatement.get(teamId);
      if (!row) throw new TeamError('unauthenticated', 'This team no longer exists.');
      return {
        id: row.id,
        name: row.name,
        seatLimit: row.seat_limit,
        activeSuperAdminCount: superAdminsStatement.get(teamId) ?? 0,
      };
    },

    seats(teamId: string, now: Date): Seats {
      const limit = teamStatement.get(teamId)?.seat_limit ?? 0;
      const active = activeMembersStatement.get(teamId) ?? 0;
      const pending = pendingInvitationsStatement.get(teamId, now.toISOString()) ?? 0;
      return seatsFrom(limit, active, pending);
    },

    activeSuperAdminCount(teamId: string): number {
      return superAdminsStatement.get(teamId) ?? 0;
    },

    invitation(teamId: string, invitationId: string): Invitation {
      const row = invitationStatement.get(teamId, invitationId);
      if (!row) throw new TeamError('not_found', 'This invitation no longer exists.');
      return invitationFromRow(row);
    },

    openInvitation(teamId: string, key: string, now: Date): Invitation | undefined {
      const row = openInvitationStatement.get(teamId, key, now.toISOString());
      return row && invitationFromRow(row);
    },

    /** The invitation a token hash names, with its team: the token is bound to it. */
    invitationByTokenHash(hash: string): (Invitation & { teamId: string }) | undefined {
      const row = invitationByTokenStatement.get(hash);
      return row && { ...invitationFromRow(row), teamId: row.team_id };
    },

    group(teamId: string, groupId: string): Group {
      const row = groupStatement.get(teamId, groupId);
      if (!row) throw new TeamError('not_found', 'This group no longer exists.');
      return groupFromRow(row);
    },

    groups(teamId: string): Group[] {
      return groupsStatement.all(teamId).map(groupFromRow);
    },

    /** The ids among `memberIds` that name no member of the team. */
    unknownMembers(teamId: string, memberIds: readonly string[]): string[] {
      return unknownMembersStatement.all(JSON.stringify(memberIds), teamId);
    },
  };
}

export type Facts = ReturnType<typeof createFacts>;
