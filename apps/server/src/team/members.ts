import {
  assertAllowed,
  checkRemoveMember,
  checkRoleChange,
  checkSeatLimit,
  checkSetActive,
  checkSuperAdminChange,
  type Member,
  type Role,
  type Seats,
  type Tombstone,
} from '@fiko/team-sdk';
import { writeTransaction } from '../db/database';
import { roleRank } from '../db/rows';
import type { ServiceContext } from './context';
import type { Caller } from './facts';
import type { Sessions } from './sessions';

type Change<T> = T & { memberId: string; version?: number };

export function createMemberActions(context: ServiceContext, sessions: Sessions) {
  const { db, facts } = context;

  const updateMember = db.prepare(
    `UPDATE members
        SET role = @role, role_rank = @roleRank, super_admin = @superAdmin,
            status = @status, version = version + 1
      WHERE team_id = @teamId AND id = @id`,
  );
  const bumpGroupsOf = db.prepare(
    `UPDATE groups SET version = version + 1
      WHERE team_id = ? AND id IN (
        SELECT group_id FROM group_members WHERE team_id = ? AND member_id = ?)`,
  );
  const forgetInviter = db.prepare(
    'UPDATE invitations SET invited_by = NULL WHERE team_id = ? AND invited_by = ?',
  );
  const deleteMember = db.prepare('DELETE FROM members WHERE team_id = ? AND id = ?');
  const insertTombstone = db.prepare(
    'INSERT INTO tombstones (team_id, id, name, removed_at) VALUES (?, ?, ?, ?)',
  );
  const updateSeatLimit = db.prepare('UPDATE teams SET seat_limit = ? WHERE id = ?');

  /** Writes a member's new state (one version up) and reads it back. */
  function save(teamId: string, member: Member): Member {
    updateMember.run({
      teamId,
      id: member.id,
      role: member.role,
      roleRank: roleRank(member.role),
      superAdmin: member.superAdmin ? 1 : 0,
      status: member.status,
    });
    return facts.target(teamId, member.id);
  }

  function changeRole(caller: Caller, input: Change<{ role: Role }>): Member {
    return writeTransaction(db, () => {
      const target = facts.target(caller.teamId, input.memberId);
      assertAllowed(
        checkRoleChange({
          actor: facts.actor(caller),
          target,
          role: input.role,
          activeSuperAdminCount: facts.activeSuperAdminCount(caller.teamId),
          version: input.version,
        }),
      );
      // Only admins carry the super admin flag: a demotion clears it.
      const superAdmin = input.role === 'admin' ? target.superAdmin : false;
      return save(caller.teamId, { ...target, role: input.role, superAdmin });
    });
  }

  function setSuperAdmin(caller: Caller, input: Change<{ superAdmin: boolean }>): Member {
    return writeTransaction(db, () => {
      const target = facts.target(caller.teamId, input.memberId);
      assertAllowed(
        checkSuperAdminChange({
          actor: facts.actor(caller),
          target,
          superAdmin: input.superAdmin,
          activeSuperAdminCount: facts.activeSuperAdminCount(caller.teamId),
          version: input.version,
        }),
      );
      return save(caller.teamId, { ...target, superAdmin: input.superAdmin });
    });
  }

  function setActive(caller: Caller, input: Change<{ active: boolean }>): Member {
    return writeTransaction(db, () => {
      const target = facts.target(caller.teamId, input.memberId);
      assertAllowed(
        checkSetActive({
          actor: facts.actor(caller),
          target,
          active: input.active,
          seats: facts.seats(caller.teamId, context.now()),
          activeSuperAdminCount: facts.activeSuperAdminCount(caller.teamId),
          version: input.version,
        }),
      );
      // Deactivation revokes access at once; reactivation does not revive old sessions.
      if (!input.active)
        sessions.endAllOf({ teamId: caller.teamId, memberId: target.id });
      return save(caller.teamId, {
        ...target,
        status: input.active ? 'active' : 'inactive',
      });
    });
  }

  function removeMember(caller: Caller, input: Change<object>): Tombstone {
    return writeTransaction(db, () => {
      const target = facts.target(caller.teamId, input.memberId);
      assertAllowed(
        checkRemoveMember({
          actor: facts.actor(caller),
          target,
          activeSuperAdminCount: facts.activeSuperAdminCount(caller.teamId),
          version: input.version,
        }),
      );

      const tombstone: Tombstone = {
        id: target.id,
        name: target.name,
        removedAt: context.now().toISOString(),
      };
      bumpGroupsOf.run(caller.teamId, caller.teamId, target.id);
      forgetInviter.run(caller.teamId, target.id);
      // Group memberships and sessions go with the row (foreign key cascades).
      deleteMember.run(caller.teamId, target.id);
      insertTombstone.run(
        caller.teamId,
        tombstone.id,
        tombstone.name,
        tombstone.removedAt,
      );
      return tombstone;
    });
  }

  function setSeatLimit(caller: Caller, input: { limit: number }): Seats {
    return writeTransaction(db, () => {
      const now = context.now();
      assertAllowed(
        checkSeatLimit({
          actor: facts.actor(caller),
          seats: facts.seats(caller.teamId, now),
          limit: input.limit,
        }),
      );
      updateSeatLimit.run(input.limit, caller.teamId);
      return facts.seats(caller.teamId, now);
    });
  }

  return { changeRole, setSuperAdmin, setActive, removeMember, setSeatLimit };
}
