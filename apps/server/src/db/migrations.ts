/** A numbered schema change. Applied once, in order, each in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/*
 * Every table is keyed by team: `(team_id, id)` is the identity of a member,
 * invitation or group, so ids of one team can never reach another's rows, and
 * two seeds may reuse the same ids without colliding.
 */
const initialSchema = `
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  seat_limit INTEGER NOT NULL CHECK (seat_limit >= 0),
  seq INTEGER NOT NULL
) STRICT;

CREATE TABLE members (
  seq INTEGER PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL,
  name_key TEXT NOT NULL,
  search_text TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'cs', 'viewer')),
  role_rank INTEGER NOT NULL,
  super_admin INTEGER NOT NULL CHECK (super_admin IN (0, 1)),
  status TEXT NOT NULL CHECK (status IN ('active', 'inactive')),
  joined_at TEXT NOT NULL,
  version INTEGER NOT NULL,
  UNIQUE (team_id, id)
) STRICT;

CREATE INDEX members_by_name ON members (team_id, name_key, id);
CREATE INDEX members_by_email ON members (team_id, email, id);
CREATE INDEX members_by_role ON members (team_id, role_rank, name_key, id);
CREATE INDEX members_by_status ON members (team_id, status, name_key, id);
CREATE INDEX members_by_joined ON members (team_id, joined_at, id);
CREATE INDEX members_by_email_key ON members (team_id, email_key);
CREATE INDEX members_active_super_admins ON members (team_id)
  WHERE super_admin = 1 AND status = 'active';

-- Substring search on names and emails: a trigram index finds the candidate
-- rows of any search of three characters or more without scanning the team.
CREATE VIRTUAL TABLE member_search USING fts5 (
  search_text,
  content = 'members',
  content_rowid = 'seq',
  tokenize = 'trigram'
);
CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN
  INSERT INTO member_search (rowid, search_text) VALUES (new.seq, new.search_text);
END;
CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN
  INSERT INTO member_search (member_search, rowid, search_text)
    VALUES ('delete', old.seq, old.search_text);
END;
CREATE TRIGGER members_search_update AFTER UPDATE OF search_text ON members BEGIN
  INSERT INTO member_search (member_search, rowid, search_text)
    VALUES ('delete', old.seq, old.search_text);
  INSERT INTO member_search (rowid, search_text) VALUES (new.seq, new.search_text);
END;

CREATE TABLE invitations (
  seq INTEGER PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'cs', 'viewer')),
  status TEXT NOT NULL CHECK (status IN ('pending', 'expired', 'cancelled', 'accepted')),
  invited_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  invited_by TEXT,
  version INTEGER NOT NULL,
  token_hash TEXT,
  UNIQUE (team_id, id)
) STRICT;

CREATE INDEX invitations_by_email_key ON invitations (team_id, email_key);
CREATE INDEX invitations_open ON invitations (team_id, status, expires_at);
CREATE UNIQUE INDEX invitations_by_token ON invitations (token_hash)
  WHERE token_hash IS NOT NULL;

CREATE TABLE groups (
  seq INTEGER PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('department', 'expertise', 'shift', 'custom')),
  description TEXT NOT NULL,
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL,
  UNIQUE (team_id, id)
) STRICT;

CREATE TABLE group_members (
  team_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (team_id, group_id, member_id),
  FOREIGN KEY (team_id, group_id) REFERENCES groups (team_id, id) ON DELETE CASCADE,
  FOREIGN KEY (team_id, member_id) REFERENCES members (team_id, id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE INDEX group_members_by_member ON group_members (team_id, member_id);

CREATE TABLE tombstones (
  seq INTEGER PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  removed_at TEXT NOT NULL
) STRICT;

CREATE INDEX tombstones_by_team ON tombstones (team_id, seq);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  team_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  FOREIGN KEY (team_id, member_id) REFERENCES members (team_id, id) ON DELETE CASCADE
) STRICT;

CREATE INDEX sessions_by_member ON sessions (team_id, member_id);

CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  invitation_id TEXT NOT NULL,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  text TEXT NOT NULL,
  accept_url TEXT NOT NULL,
  token TEXT NOT NULL,
  sent_at TEXT NOT NULL
) STRICT;
`;

/*
 * Counting a page's total reads an index of the team, never its rows: the
 * search text is covered for short searches the trigram index cannot serve.
 */
const countIndices = `
CREATE INDEX members_by_search_text ON members (team_id, search_text);
CREATE INDEX members_by_status_role ON members (team_id, status, role_rank);
`;

/*
 * Indexing members for search one row at a time is the slow part of loading a
 * large team. A team listed in `member_search_paused` skips it while seeding,
 * which then indexes the whole team in one statement (same transaction).
 */
const bulkSearchIndexing = `
CREATE TABLE member_search_paused (team_id TEXT PRIMARY KEY) STRICT;
DROP TRIGGER members_search_insert;
CREATE TRIGGER members_search_insert AFTER INSERT ON members
  WHEN NOT EXISTS (SELECT 1 FROM member_search_paused WHERE team_id = new.team_id)
BEGIN
  INSERT INTO member_search (rowid, search_text) VALUES (new.seq, new.search_text);
END;
`;

/** The schema's history. Append new migrations; never edit an applied one. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: initialSchema },
  { version: 2, name: 'member count indices', sql: countIndices },
  { version: 3, name: 'bulk search indexing when seeding', sql: bulkSearchIndexing },
];
