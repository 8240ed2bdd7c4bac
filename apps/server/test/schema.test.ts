import { join } from 'node:path';
import { ListMembersQuerySchema, type MemberSort } from '@fiko/team-sdk';
import { createDemoTeam, createMemoryStore, DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import { describe, expect, it } from 'vitest';
import { migrations, openDatabase, seedDemoTeams, seedTeam } from '../src/index';
import { memberPageSql, queryMembers } from '../src/team/memberQuery';
import { startServer, temporaryDirectory } from './helpers';

describe('given a new database file', () => {
  it('should apply every migration once, in order', () => {
    const path = join(temporaryDirectory(), 'fiko.db');
    const versions = () =>
      openDatabase(path).prepare('SELECT version FROM schema_migrations').pluck().all();

    const first = openDatabase(path);
    const applied = first.prepare('SELECT version FROM schema_migrations').pluck().all();
    first.close();

    expect(applied).toEqual(migrations.map((migration) => migration.version));
    expect(versions()).toEqual(applied);
  });

  it('should run in WAL mode with full sync and foreign keys', () => {
    const db = openDatabase(join(temporaryDirectory(), 'fiko.db'));

    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});

const SORTS: MemberSort[] = ['name', 'email', 'role', 'status', 'joinedAt'];

describe('given member pages', () => {
  it('should walk an index for every sort and order, never sorting rows', () => {
    const db = openDatabase(join(temporaryDirectory(), 'fiko.db'));
    seedTeam(db, createDemoTeam({ members: 60 }));
    const planOf = ({ sql, params }: { sql: string; params: unknown[] }) =>
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((row) => (row as { detail: string }).detail)
        .join(' | ');

    for (const sort of SORTS) {
      for (const order of ['asc', 'desc'] as const) {
        const first = ListMembersQuerySchema.parse({ sort, order, limit: 2 });
        const cursor = queryMembers(db, 'team_siam', first).nextCursor ?? undefined;
        const { page } = memberPageSql('team_siam', { ...first, cursor });

        const plan = planOf(page);
        expect(plan, `${sort} ${order}`).toMatch(/USING (COVERING )?INDEX members_by_/);
        expect(plan, `${sort} ${order}`).not.toContain('TEMP B-TREE FOR ORDER BY');
      }
    }
    const { count } = memberPageSql('team_siam', ListMembersQuerySchema.parse({}));
    expect(planOf(count)).toContain('COVERING INDEX');
    db.close();
  });

  it('should order, filter and search like the memory store, page after page', async () => {
    const seed = createDemoTeam({ members: 150, seed: 3 });
    const store = createMemoryStore(seed);
    const { call, signIn } = await startServer([seed]);
    const token = await signIn(DEMO_PEOPLE.viewer);

    const queries = [
      ...SORTS.flatMap((sort) => [
        { sort, order: 'asc' as const },
        { sort, order: 'desc' as const },
      ]),
      { search: 'ana' },
      { search: 'MÜLLER' },
      { search: 'a', role: 'cs' as const, sort: 'joinedAt' as const },
      { status: 'inactive' as const, order: 'desc' as const },
      { groupId: 'grp_2', sort: 'email' as const },
    ];
    for (const query of queries) {
      const expected = store.listMembers(
        DEMO_PEOPLE.viewer,
        ListMembersQuerySchema.parse({ ...query, limit: 200 }),
      );
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const params = new URLSearchParams({
          ...(query as Record<string, string>),
          limit: '29',
        });
        if (cursor) params.set('cursor', cursor);
        const page = await call('GET', `/members?${params}`, { token });
        expect(page.body.total, JSON.stringify(query)).toBe(expected.total);
        ids.push(...page.body.items.map((member: { id: string }) => member.id));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      expect(ids, JSON.stringify(query)).toEqual(
        expected.items.map((member) => member.id),
      );
    }
  });
});

describe('given searches of few characters but more UTF-16 units', () => {
  it('should find what the memory store finds', async () => {
    const seed = createDemoTeam({ members: 30, seed: 5 });
    const names = [
      'Nok 😀',
      'Ana 😀😀 Lee',
      'a😀 Kim',
      '😀😀😀',
      'ก่อ 👩‍💻',
      'Renée😀b Kim',
    ];
    seed.members.push(
      ...names.map((name, index) => ({
        ...seed.members[1]!,
        id: `mem_emoji_${index}`,
        name,
        email: `emoji${index}@siam-support.example`,
      })),
    );
    const store = createMemoryStore(seed);
    const { call, signIn } = await startServer([seed]);
    const token = await signIn(DEMO_PEOPLE.viewer);

    for (const search of [
      '😀',
      'a😀',
      '😀😀',
      '😀b',
      ' 😀',
      '👩‍💻',
      'ก่',
      'ée😀',
      '😀😀😀',
    ]) {
      const query = ListMembersQuerySchema.parse({ search, limit: 200 });
      const expected = store.listMembers(DEMO_PEOPLE.viewer, query);
      const params = new URLSearchParams({ search, limit: '200' });
      const page = await call('GET', `/members?${params}`, { token });
      // Which members match is the point: emoji sort apart in the two collations.
      const ids = page.body.items.map((member: { id: string }) => member.id);
      expect(ids.sort(), search).toEqual(
        expected.items.map((member) => member.id).sort(),
      );
      expect(page.body.total, search).toBe(expected.total);
      expect(expected.total, search).toBeGreaterThan(0);
    }
  });
});

describe('given a cursor too long to carry a name', () => {
  it('should go on after the member it points at, even once they are deleted', async () => {
    const seed = createDemoTeam({ members: 10, seed: 2 });
    const long = `Zed ${Array.from({ length: 38 }, (_, index) => (index % 9) + 1).join(' ')}`;
    seed.members.push(
      ...['a', 'b', 'c'].map((letter, index) => ({
        ...seed.members[1]!,
        id: `mem_long_${letter}`,
        name: `${long.slice(0, -1)}${index + 1}`,
        email: `long.${letter}@siam-support.example`,
      })),
    );
    const { call, signIn } = await startServer([seed]);
    const [viewer, owner] = [
      await signIn(DEMO_PEOPLE.viewer),
      await signIn(DEMO_PEOPLE.superAdmin),
    ];
    const everyone = await call('GET', '/members?sort=name&limit=200', { token: viewer });
    const names = everyone.body.items.map((member: { id: string }) => member.id);
    const position = names.indexOf('mem_long_a') + 1;

    const first = await call('GET', `/members?sort=name&limit=${position}`, {
      token: viewer,
    });
    await call('DELETE', '/members/mem_long_a', { token: owner });
    const cursor = encodeURIComponent(first.body.nextCursor);
    const rest = await call('GET', `/members?sort=name&limit=200&cursor=${cursor}`, {
      token: viewer,
    });

    expect(first.body.items.at(-1).id).toBe('mem_long_a');
    expect(first.body.nextCursor.length).toBeLessThan(200);
    expect(rest.body.items.map((member: { id: string }) => member.id)).toEqual(
      names.slice(position),
    );
  });
});

describe('given a first start', () => {
  it('should seed the demo team and a second team, each signing in apart', async () => {
    const { server, call } = await startServer([]);
    seedDemoTeams(server.db);

    const people = await call('GET', '/dev/people');
    const teams = new Set(
      people.body.items.map((person: { teamId: string }) => person.teamId),
    );

    expect(teams).toEqual(new Set(['team_siam', 'team_harbor']));
    expect(people.body.items[0].teamId).toBe('team_siam');
    const harbor = people.body.items.find(
      (person: { teamId: string; superAdmin: boolean }) =>
        person.teamId === 'team_harbor' && person.superAdmin,
    );
    const signIn = await call('POST', '/dev/sign-in', { body: { memberId: harbor.id } });
    const me = await call('GET', '/me', { token: signIn.body.token });
    expect(me.body.team.name).toBe('Harbor Help');
  });
});

describe('given a team already in the database', () => {
  it('should refuse to seed it again, naming the team, and leave the file as it was', () => {
    const db = openDatabase(join(temporaryDirectory(), 'twice.db'));
    const seed = createDemoTeam({ members: 6 });
    seedTeam(db, seed);

    expect(() => seedTeam(db, seed)).toThrow(/team_siam.*already/);
    expect(db.prepare('SELECT count(*) FROM members').pluck().get()).toBe(6);
    db.close();
  });
});
