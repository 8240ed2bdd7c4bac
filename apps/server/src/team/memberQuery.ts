import {
  LIMITS,
  type ListMembersParams,
  type MemberPage,
  type MemberSort,
  TeamError,
} from '@fiko/team-sdk';
import { type Db, statement } from '../db/database';
import {
  MEMBER_COLUMNS,
  type MemberRow,
  memberFromRow,
  nameKey,
  roleRank,
} from '../db/rows';

/*
 * Member pages in SQL. Each sort walks an index whose columns end with the id,
 * so the order is total and the cursor is the last row's key: the next page
 * starts right after it (keyset pagination), however deep the page.
 */

const SORT_KEYS: Record<MemberSort, readonly string[]> = {
  name: ['name_key', 'id'],
  email: ['email', 'id'],
  role: ['role_rank', 'name_key', 'id'],
  status: ['status', 'name_key', 'id'],
  joinedAt: ['joined_at', 'id'],
};

/** Shorter searches cannot use the trigram index; they scan the team's rows. */
const TRIGRAM = 3;

type Value = string | number;

/** A sort key as a cursor carries it: `null` where a long text was left out. */
type CursorValue = Value | null;

interface CursorKey {
  sort: MemberSort;
  order: 'asc' | 'desc';
  key: CursorValue[];
}

/*
 * A cursor is the last row's sort key, so a long name (its key pads every
 * number to 12 digits) or a long address would make it longer than the
 * contract accepts, and the next page could never be asked for. Those two
 * never change while the member exists, and a deleted member's name stays in
 * its tombstone: a cursor too long leaves them out, and the next page reads
 * them back by the member's id (the key's last part). The rest (a role rank,
 * a status, a date, an id of at most 64 characters) keeps any cursor far
 * below the cap.
 */
const RECOVERABLE: ReadonlySet<string> = new Set(['name_key', 'email']);

function encode(cursor: CursorKey): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.key])).toString(
    'base64url',
  );
}

function encodeCursor(cursor: CursorKey): string {
  const full = encode(cursor);
  if (full.length <= LIMITS.cursorLength) return full;
  const columns = SORT_KEYS[cursor.sort];
  const key = cursor.key.map((value, index) =>
    RECOVERABLE.has(columns[index]!) ? null : value,
  );
  return encode({ ...cursor, key });
}

function invalidCursor(): TeamError {
  return new TeamError(
    'validation',
    'This page cursor is not valid. Start from page one.',
    {
      fields: { cursor: 'Not a cursor of this list.' },
    },
  );
}

/** The sort keys a cursor may leave out, read back by member id. */
export type CursorLookup = (
  memberId: string,
) => { name_key: string; email: string | null } | undefined;

function parseCursor(text: string, query: ListMembersParams): CursorValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalidCursor();
  const [sort, order, key] = parsed as [unknown, unknown, unknown];
  const columns = SORT_KEYS[query.sort];
  const valid =
    sort === query.sort &&
    order === query.order &&
    Array.isArray(key) &&
    key.length === columns.length &&
    typeof key.at(-1) === 'string' &&
    key.every(
      (value, index) =>
        typeof value === 'string' ||
        typeof value === 'number' ||
        (value === null && RECOVERABLE.has(columns[index]!)),
    );
  if (!valid) throw invalidCursor();
  return key as CursorValue[];
}

function decodeCursor(
  text: string,
  query: ListMembersParams,
  lookup: CursorLookup,
): Value[] {
  const key = parseCursor(text, query);
  if (!key.includes(null)) return key as Value[];

  const found = lookup(key.at(-1) as string);
  const columns = SORT_KEYS[query.sort];
  return key.map((value, index) => {
    if (value !== null) return value;
    const recovered = found?.[columns[index] as 'name_key' | 'email'];
    if (recovered === undefined || recovered === null) throw invalidCursor();
    return recovered;
  });
}

/*
 * FTS5 reads its query as C text: a NUL ends it early and the query fails
 * ("unterminated string"), and an unpaired surrogate reaches it as bytes no
 * UTF-8 text holds. The schema refuses both; the index is never asked with
 * them all the same, and the substring rule alone answers.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to match NUL
const UNSAFE_FOR_FTS = /[\u0000\ud800-\udfff]/u;

/**
 * The FTS5 query that finds a search's candidates (the search as one quoted
 * phrase), or `undefined` when the trigram index cannot serve it. Trigrams
 * are of characters, not UTF-16 units: "a😀" is two characters, and too short.
 */
function trigramQuery(search: string): string | undefined {
  if ([...search].length < TRIGRAM || UNSAFE_FOR_FTS.test(search)) return undefined;
  return `"${search.replaceAll('"', '""')}"`;
}

interface Filter {
  where: string[];
  params: Value[];
}

function filterOf(teamId: string, query: ListMembersParams): Filter {
  // With a long enough search the trigram index drives the query (the unary +
  // keeps the planner off the team's indices); otherwise they do.
  const search = query.search?.toLocaleLowerCase('en');
  const phrase = search ? trigramQuery(search) : undefined;
  const team = phrase ? '+m.team_id = ?' : 'm.team_id = ?';
  const filter: Filter = { where: [team], params: [teamId] };
  const add = (clause: string, ...values: Value[]) => {
    filter.where.push(clause);
    filter.params.push(...values);
  };

  if (query.role) add('m.role_rank = ?', roleRank(query.role));
  if (query.status) add('m.status = ?', query.status);
  if (query.groupId) {
    add(
      `m.id IN (SELECT gm.member_id FROM group_members gm
        WHERE gm.team_id = ? AND gm.group_id = ?)`,
      teamId,
      query.groupId,
    );
  }
  if (search) {
    if (phrase) {
      // The index narrows the candidates; instr() keeps the exact substring rule.
      add(
        'm.seq IN (SELECT rowid FROM member_search WHERE member_search MATCH ?)',
        phrase,
      );
    }
    add('instr(m.search_text, ?) > 0', search);
  }
  return filter;
}

function keyOf(row: Record<string, Value>, sort: MemberSort): Value[] {
  return SORT_KEYS[sort].map((column) => row[`k_${column}`]!);
}

/** SQL and parameters, ready for a prepared statement. */
export interface SqlQuery {
  sql: string;
  params: Value[];
}

/**
 * The two statements of a member page: the total across pages, and the page
 * itself. `lookup` reads back what a long cursor left out; without it such a
 * cursor is refused.
 */
export function memberPageSql(
  teamId: string,
  query: ListMembersParams,
  lookup: CursorLookup = () => undefined,
): { count: SqlQuery; page: SqlQuery } {
  const columns = SORT_KEYS[query.sort];
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const filter = filterOf(teamId, query);
  const count = {
    sql: `SELECT count(*) AS total FROM members m WHERE ${filter.where.join(' AND ')}`,
    params: filter.params,
  };

  const where = [...filter.where];
  const params = [...filter.params];
  if (query.cursor) {
    const tuple = `(${columns.map((column) => `m.${column}`).join(', ')})`;
    const marks = `(${columns.map(() => '?').join(', ')})`;
    where.push(`${tuple} ${direction === 'ASC' ? '>' : '<'} ${marks}`);
    params.push(...decodeCursor(query.cursor, query, lookup));
  }
  const keys = columns.map((column) => `m.${column} AS k_${column}`).join(', ');
  const order = columns.map((column) => `m.${column} ${direction}`).join(', ');
  const page = {
    sql: `SELECT ${MEMBER_COLUMNS}, ${keys} FROM members m
      WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`,
    // One row more than asked tells whether another page follows.
    params: [...params, query.limit + 1],
  };
  return { count, page };
}

/** Reads a member's name key and address, or a deleted member's name key from its tombstone. */
function cursorLookup(db: Db, teamId: string): CursorLookup {
  return (memberId) => {
    const member = statement(
      db,
      'SELECT name_key, email FROM members WHERE team_id = ? AND id = ?',
    ).get(teamId, memberId) as { name_key: string; email: string } | undefined;
    if (member) return member;
    const tombstone = statement(
      db,
      'SELECT name FROM tombstones WHERE team_id = ? AND id = ? ORDER BY seq DESC LIMIT 1',
    ).get(teamId, memberId) as { name: string } | undefined;
    return tombstone && { name_key: nameKey(tombstone.name), email: null };
  };
}

/** One page of a team's members, with the total across pages. */
export function queryMembers(
  db: Db,
  teamId: string,
  query: ListMembersParams,
): MemberPage {
  const { count, page } = memberPageSql(teamId, query, cursorLookup(db, teamId));
  const total = statement(db, count.sql).get(...count.params) as { total: number };
  const rows = statement(db, page.sql).all(...page.params) as Array<
    MemberRow & Record<string, Value>
  >;

  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({
          sort: query.sort,
          order: query.order,
          key: keyOf(last, query.sort),
        })
      : null;

  return { items: items.map(memberFromRow), nextCursor, total: total.total };
}
