import type { Group, Invitation, Member, Role, Tombstone } from '@fiko/team-sdk';
import { ROLES } from '@fiko/team-sdk';

/*
 * Rows as SQLite returns them, and the model objects they stand for. The
 * derived columns (keys for sorting, searching and matching addresses) are
 * computed here, in one place, whenever a row is written.
 */

export interface MemberRow {
  team_id: string;
  id: string;
  name: string;
  email: string;
  role: Role;
  super_admin: 0 | 1;
  status: 'active' | 'inactive';
  joined_at: string;
  version: number;
  group_ids: string;
}

export interface InvitationRow {
  team_id: string;
  id: string;
  email: string;
  role: Role;
  status: Invitation['status'];
  invited_at: string;
  expires_at: string;
  invited_by: string | null;
  version: number;
}

export interface GroupRow {
  id: string;
  name: string;
  kind: Group['kind'];
  description: string;
  created_at: string;
  version: number;
  member_ids: string;
}

export interface TombstoneRow {
  id: string;
  name: string;
  removed_at: string;
}

/** The columns that build a `Member`, with its groups in the order they were made. */
export const MEMBER_COLUMNS = `m.team_id, m.id, m.name, m.email, m.role, m.super_admin,
  m.status, m.joined_at, m.version,
  (SELECT json_group_array(gm.group_id ORDER BY g.seq)
     FROM group_members gm
     JOIN groups g ON g.team_id = gm.team_id AND g.id = gm.group_id
    WHERE gm.team_id = m.team_id AND gm.member_id = m.id) AS group_ids`;

export const GROUP_COLUMNS = `g.id, g.name, g.kind, g.description, g.created_at, g.version,
  (SELECT json_group_array(gm.member_id ORDER BY gm.position)
     FROM group_members gm
    WHERE gm.team_id = g.team_id AND gm.group_id = g.id) AS member_ids`;

export function memberFromRow(row: MemberRow): Member {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    superAdmin: row.super_admin === 1,
    status: row.status,
    joinedAt: row.joined_at,
    groupIds: JSON.parse(row.group_ids) as string[],
    version: row.version,
  };
}

/** An invitation as stored: its status is the stored one, before the clock is applied. */
export function invitationFromRow(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: row.status,
    invitedAt: row.invited_at,
    expiresAt: row.expires_at,
    invitedBy: row.invited_by,
    version: row.version,
  };
}

export function groupFromRow(row: GroupRow): Group {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    memberIds: JSON.parse(row.member_ids) as string[],
    createdAt: row.created_at,
    version: row.version,
  };
}

export function tombstoneFromRow(row: TombstoneRow): Tombstone {
  return { id: row.id, name: row.name, removedAt: row.removed_at };
}

/** Where a role sorts: in the order roles are declared (admin, cs, viewer). */
export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

/** The key that finds a member or invitation by address: trimmed, case ignored. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A binary-sortable stand-in for the English collation the memory store sorts
 * names with: accents and case ignored, and runs of digits compared as numbers
 * (padded, so "Agent 9" comes before "Agent 10").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

/** The text a member search looks in, lower-cased like the search itself. */
export function searchText(name: string, email: string): string {
  return `${name}\n${email}`.toLocaleLowerCase('en');
}

/** A timestamp in the one format the database stores, so text order is time order. */
export function isoTimestamp(value: string | Date): string {
  return new Date(value).toISOString();
}
