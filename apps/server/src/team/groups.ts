import {
  assertAllowed,
  changesGroupMembers,
  checkCreateGroup,
  checkDeleteGroup,
  checkSetGroupMembers,
  checkUpdateGroup,
  type Group,
  type GroupKind,
  groupChanges,
} from '@fiko/team-sdk';
import { writeTransaction } from '../db/database';
import type { ServiceContext } from './context';
import type { Caller } from './facts';
import { createId } from './ids';

interface GroupPatch {
  groupId: string;
  name?: string;
  kind?: GroupKind;
  description?: string;
  version?: number;
}

export function createGroupActions(context: ServiceContext) {
  const { db, facts } = context;

  const insertGroup = db.prepare(
    `INSERT INTO groups (team_id, id, name, kind, description, created_at, version)
     VALUES (@teamId, @id, @name, @kind, @description, @createdAt, 1)`,
  );
  const updateGroupRow = db.prepare(
    `UPDATE groups
        SET name = coalesce(@name, name), kind = coalesce(@kind, kind),
            description = coalesce(@description, description), version = version + 1
      WHERE team_id = @teamId AND id = @id`,
  );
  const deleteGroupRow = db.prepare('DELETE FROM groups WHERE team_id = ? AND id = ?');
  const clearMembers = db.prepare(
    'DELETE FROM group_members WHERE team_id = ? AND group_id = ?',
  );
  const addMember = db.prepare(
    `INSERT INTO group_members (team_id, group_id, member_id, position)
     VALUES (?, ?, ?, ?)`,
  );

  function createGroup(
    caller: Caller,
    input: { name: string; kind: GroupKind; description: string },
  ): Group {
    return writeTransaction(db, () => {
      assertAllowed(
        checkCreateGroup({
          actor: facts.actor(caller),
          name: input.name,
          groups: facts.groups(caller.teamId),
        }),
      );
      const id = createId('grp');
      insertGroup.run({
        ...input,
        teamId: caller.teamId,
        id,
        createdAt: context.now().toISOString(),
      });
      return facts.group(caller.teamId, id);
    });
  }

  function updateGroup(caller: Caller, input: GroupPatch): Group {
    return writeTransaction(db, () => {
      const group = facts.group(caller.teamId, input.groupId);
      // Only a new name has to be free: a group always keeps the name it has.
      const changes = groupChanges(group, input);
      assertAllowed(
        checkUpdateGroup({
          actor: facts.actor(caller),
          group,
          name: changes.name,
          groups: facts.groups(caller.teamId),
          version: input.version,
        }),
      );
      // An update that changes nothing keeps the version: no needless conflict for others.
      if (Object.keys(changes).length === 0) return group;

      updateGroupRow.run({
        teamId: caller.teamId,
        id: group.id,
        name: changes.name ?? null,
        kind: changes.kind ?? null,
        description: changes.description ?? null,
      });
      return facts.group(caller.teamId, group.id);
    });
  }

  function deleteGroup(caller: Caller, input: { groupId: string; version?: number }) {
    writeTransaction(db, () => {
      const group = facts.group(caller.teamId, input.groupId);
      assertAllowed(
        checkDeleteGroup({ actor: facts.actor(caller), group, version: input.version }),
      );
      deleteGroupRow.run(caller.teamId, group.id);
    });
  }

  function setGroupMembers(
    caller: Caller,
    input: { groupId: string; memberIds: string[]; version?: number },
  ): Group {
    return writeTransaction(db, () => {
      const group = facts.group(caller.teamId, input.groupId);
      assertAllowed(
        checkSetGroupMembers({
          actor: facts.actor(caller),
          group,
          unknownMemberIds: facts.unknownMembers(caller.teamId, input.memberIds),
          version: input.version,
        }),
      );
      if (!changesGroupMembers(group, input.memberIds)) return group;

      clearMembers.run(caller.teamId, group.id);
      input.memberIds.forEach((memberId, position) => {
        addMember.run(caller.teamId, group.id, memberId, position);
      });
      updateGroupRow.run({
        teamId: caller.teamId,
        id: group.id,
        name: null,
        kind: null,
        description: null,
      });
      return facts.group(caller.teamId, group.id);
    });
  }

  return { createGroup, updateGroup, deleteGroup, setGroupMembers };
}
