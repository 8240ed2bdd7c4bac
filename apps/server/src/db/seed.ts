import { createDemoTeam, type StoredMember, type TeamSeed } from '@fiko/team-sdk/memory';
import { hashInvitationToken } from '@fiko/team-sdk/rules';
import { type Db, writeTransaction } from './database';
import { emailKey, isoTimestamp, nameKey, roleRank, searchText } from './rows';

/*
 * Loading a `TeamSeed` (the memory module's format) into the database, so the
 * demo, the tests and the conformance suite all start from the same data.
 */

function insertMembers(db: Db, teamId: string, members: readonly StoredMember[]): void {
  db.prepare('INSERT INTO member_search_paused (team_id) VALUES (?)').run(teamId);
  insertMemberRows(db, teamId, members);
  db.prepare(
    `INSERT INTO member_search (rowid, search_text)
     SELECT seq, search_text FROM members WHERE team_id = ?`,
  ).run(teamId);
  db.prepare('DELETE FROM member_search_paused WHERE team_id = ?').run(teamId);
}

function insertMemberRows(
  db: Db,
  teamId: string,
  members: readonly StoredMember[],
): void {
  const insert = db.prepare(
    `INSERT INTO members (team_id, id, name, email, email_key, name_key, search_text, role,
       role_rank, super_admin, status, joined_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const member of members) {
    insert.run(
      teamId,
      member.id,
      member.name,
      member.email,
      emailKey(member.email),
      nameKey(member.name),
      searchText(member.name, member.email),
      member.role,
      roleRank(member.role),
      member.superAdmin ? 1 : 0,
      member.status,
      isoTimestamp(member.joinedAt),
      member.version,
    );
  }
}

function insertInvitations(db: Db, teamId: string, seed: TeamSeed): void {
  const insert = db.prepare(
    `INSERT INTO invitations (team_id, id, email, email_key, role, status, invited_at,
       expires_at, invited_by, version, token_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const { token, ...invitation } of seed.invitations ?? []) {
    insert.run(
      teamId,
      invitation.id,
      invitation.email,
      emailKey(invitation.email),
      invitation.role,
      invitation.status,
      isoTimestamp(invitation.invitedAt),
      isoTimestamp(invitation.expiresAt),
      invitation.invitedBy,
      invitation.version,
      token ? hashInvitationToken(token) : null,
    );
  }
}

function insertGroups(db: Db, teamId: string, seed: TeamSeed): void {
  const insertGroup = db.prepare(
    `INSERT INTO groups (team_id, id, name, kind, description, created_at, version)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMember = db.prepare(
    'INSERT INTO group_members (team_id, group_id, member_id, position) VALUES (?, ?, ?, ?)',
  );
  for (const group of seed.groups ?? []) {
    const createdAt = isoTimestamp(group.createdAt);
    insertGroup.run(
      teamId,
      group.id,
      group.name,
      group.kind,
      group.description,
      createdAt,
      group.version,
    );
    group.memberIds.forEach((memberId, position) => {
      insertMember.run(teamId, group.id, memberId, position);
    });
  }
}

function insertTombstones(db: Db, teamId: string, seed: TeamSeed): void {
  const insert = db.prepare(
    'INSERT INTO tombstones (team_id, id, name, removed_at) VALUES (?, ?, ?, ?)',
  );
  for (const tombstone of seed.tombstones ?? []) {
    insert.run(teamId, tombstone.id, tombstone.name, isoTimestamp(tombstone.removedAt));
  }
}

/**
 * Loads a team, as the memory module describes one, into the database in one
 * transaction. Invitation tokens given in the seed are stored hashed.
 */
export function seedTeam(db: Db, seed: TeamSeed): void {
  writeTransaction(db, () => {
    const exists = db.prepare('SELECT 1 FROM teams WHERE id = ?').get(seed.team.id);
    if (exists) {
      throw new Error(
        `The team "${seed.team.id}" is already in this database. Seed a new file (or start the CLI with --reset), or give the seed another team id.`,
      );
    }
    const seq = db.prepare('SELECT count(*) FROM teams').pluck().get() as number;
    db.prepare('INSERT INTO teams (id, name, seat_limit, seq) VALUES (?, ?, ?, ?)').run(
      seed.team.id,
      seed.team.name,
      seed.seatLimit,
      seq,
    );
    insertMembers(db, seed.team.id, seed.members);
    insertInvitations(db, seed.team.id, seed);
    insertGroups(db, seed.team.id, seed);
    insertTombstones(db, seed.team.id, seed);
  });
}

/** Whether the database holds any team yet. */
export function hasTeams(db: Db): boolean {
  return db.prepare('SELECT 1 FROM teams LIMIT 1').get() !== undefined;
}

/**
 * A second, small team beside the demo team, so that isolation between teams
 * can be seen: its people sign in too, and see nothing of Siam Support.
 */
export function secondDemoTeam(now: Date): TeamSeed {
  const base = createDemoTeam({ members: 8, seed: 7, now, teamName: 'Harbor Help' });
  const rename = (id: string) => id.replace(/^(mem|grp|inv)_/, '$1_harbor_');
  const domain = (email: string) =>
    email.replace('siam-support.example', 'harbor.example');
  return {
    team: { id: 'team_harbor', name: 'Harbor Help' },
    seatLimit: base.seatLimit,
    members: base.members.map((member) => ({
      ...member,
      id: rename(member.id),
      email: domain(member.email),
    })),
    invitations: (base.invitations ?? []).map((invitation) => ({
      ...invitation,
      id: rename(invitation.id),
      email: domain(invitation.email),
      invitedBy: invitation.invitedBy && rename(invitation.invitedBy),
    })),
    groups: (base.groups ?? []).slice(0, 3).map((group) => ({
      ...group,
      id: rename(group.id),
      memberIds: group.memberIds.map(rename),
    })),
    tombstones: [],
  };
}

/** The demo data of a first start: the SDK's demo team, and a second team. */
export function seedDemoTeams(db: Db, now: Date = new Date()): void {
  seedTeam(db, createDemoTeam({ now }));
  seedTeam(db, secondDemoTeam(now));
}
