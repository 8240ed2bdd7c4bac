import { describe, expect, it } from 'vitest';
import type { TeamClient } from '../client';
import type { StoredMember } from '../memory/memoryStore';
import {
  LIMITS,
  type ListMembersQuery,
  MEMBER_SORT_FIELDS,
  type MemberSort,
  ROLES,
} from '../schemas';
import {
  conformanceSeed,
  CONFORMANCE_GROUPS as GROUPS,
  CONFORMANCE_PEOPLE as PEOPLE,
} from './conformanceSeed';
import type { Harness } from './harness';

const EXTRA_AGENTS = 25;
const TEAM_SIZE = 6 + EXTRA_AGENTS;

async function idsOf(client: TeamClient, query: ListMembersQuery) {
  const page = await client.listMembers({ limit: 200, ...query });
  return page.items.map((member) => member.id);
}

async function allPages(client: TeamClient, query: ListMembersQuery) {
  const ids: string[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listMembers({ ...query, cursor });
    ids.push(...page.items.map((member) => member.id));
    totals.push(page.total);
    expect(page.items.length).toBeLessThanOrEqual(query.limit as number);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && ids.length <= TEAM_SIZE);
  return { ids, totals };
}

/** Names as long as the schema allows, in the forms that make sort keys longest. */
const LONGEST_NAMES = [
  // Every number of a name sorts padded, so a name of many numbers has a long key.
  `Zed ${Array.from({ length: 38 }, (_, index) => (index % 9) + 1).join(' ')}`,
  `Zed ${Array.from({ length: 38 }, (_, index) => (index % 9) + 1).join(' ')}`,
  `Zed ${Array.from({ length: 37 }, (_, index) => (index % 9) + 1).join(' ')} 8`,
  '1 '.repeat(40).trim(),
  '\u{1f600}'.repeat(LIMITS.nameLength),
  '\u{1f469}\u200d\u{1f4bb}'.repeat(LIMITS.nameLength / 3),
  // A Hangul syllable falls apart into three letters when accents are folded.
  '\ud46f'.repeat(LIMITS.nameLength),
  '"'.repeat(LIMITS.nameLength),
  '\\'.repeat(LIMITS.nameLength),
  `${'Ä'.repeat(LIMITS.nameLength - 1)}b`,
  'ก\u0e34\u0e48\u0e4d'.repeat(LIMITS.nameLength / 4),
];

function longestEmail(index: number): string {
  const domain = `${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.example`;
  const local = `${String(index).padStart(2, '0')}${'n'.repeat(LIMITS.emailLength)}`;
  return `${local.slice(0, LIMITS.emailLength - domain.length - 1)}@${domain}`;
}

function longestMembers(now: Date): StoredMember[] {
  return LONGEST_NAMES.map((name, index) => ({
    id: `mem_long_${String(index).padStart(2, '0')}_${'x'.repeat(LIMITS.idLength - 12)}`,
    name,
    email: longestEmail(index),
    role: ROLES[index % ROLES.length]!,
    superAdmin: false,
    status: index % 3 === 0 ? 'inactive' : 'active',
    joinedAt: new Date(now.getTime() - index * 60_000).toISOString(),
    version: 1,
  }));
}

async function walk(client: TeamClient, sort: MemberSort, order: 'asc' | 'desc') {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const found = await client.listMembers({ sort, order, limit: 2, cursor });
    ids.push(...found.items.map((member) => member.id));
    if (found.nextCursor === null) return ids;
    expect(found.nextCursor.length).toBeLessThanOrEqual(LIMITS.cursorLength);
    cursor = found.nextCursor;
  }
  throw new Error(`Paging by ${sort} ${order} never reached the last page.`);
}

function longNameScenarios(harness: Harness): void {
  describe('given members whose names and addresses are as long as they may be', () => {
    const start = () => {
      const seed = conformanceSeed();
      seed.members.push(...longestMembers(new Date()));
      return harness.start(seed);
    };

    it('should store and answer each name and address exactly as given', async () => {
      const { as } = await start();
      const viewer = await as(PEOPLE.viewer);

      const page = await viewer.listMembers({ limit: 200 });

      for (const member of longestMembers(new Date())) {
        const listed = page.items.find((item) => item.id === member.id);
        expect(listed?.name, member.id).toBe(member.name);
        expect(listed?.email, member.id).toBe(member.email);
      }
    });

    it('should page through every member exactly once, by every sort and order', async () => {
      const { as } = await start();
      const viewer = await as(PEOPLE.viewer);
      const everyone = (await viewer.listMembers({ limit: 200 })).items.map(
        (member) => member.id,
      );

      for (const sort of MEMBER_SORT_FIELDS) {
        for (const order of ['asc', 'desc'] as const) {
          const ids = await walk(viewer, sort, order);
          expect(ids, `${sort} ${order}`).toHaveLength(everyone.length);
          expect([...ids].sort(), `${sort} ${order}`).toEqual([...everyone].sort());
        }
      }
    });
  });
}

/** Listing members: search, filters, sorting, cursor pagination. */
export function listScenarios(harness: Harness): void {
  describe('given a team of 31 members', () => {
    const start = () => harness.start(conformanceSeed({ extraAgents: EXTRA_AGENTS }));

    it('should say who the member is and how many super admins are active', async () => {
      const { as } = await start();
      const agent = await as(PEOPLE.agent);

      const me = await agent.me();

      expect(me.member).toMatchObject({ id: PEOPLE.agent, role: 'cs', status: 'active' });
      expect(me.team).toMatchObject({
        name: 'Conformance Team',
        activeSuperAdminCount: 2,
      });
    });

    it('should search names and emails, ignoring case', async () => {
      const { as } = await start();
      const viewer = await as(PEOPLE.viewer);

      expect(await idsOf(viewer, { search: 'cORA' })).toEqual([PEOPLE.agent]);
      expect(await idsOf(viewer, { search: 'VIEWER@CONF' })).toEqual([PEOPLE.viewer]);
      const page = await viewer.listMembers({ search: 'extra agent', limit: 5 });
      expect(page.total).toBe(EXTRA_AGENTS);
    });

    it('should filter by role, status and group', async () => {
      const { as } = await start();
      const viewer = await as(PEOPLE.viewer);

      const admins = await idsOf(viewer, { role: 'admin' });
      expect(admins.sort()).toEqual([PEOPLE.admin, PEOPLE.deputy, PEOPLE.owner]);
      expect(await idsOf(viewer, { status: 'inactive' })).toEqual([PEOPLE.away]);
      const night = await idsOf(viewer, { groupId: GROUPS.night });
      expect(night.sort()).toEqual([PEOPLE.agent, PEOPLE.away]);
      const page = await viewer.listMembers({ role: 'cs', status: 'active' });
      expect(page.total).toBe(EXTRA_AGENTS + 1);
    });

    it('should sort by name both ways and by the date members joined', async () => {
      const { as } = await start();
      const viewer = await as(PEOPLE.viewer);

      const ascending = await viewer.listMembers({ sort: 'name', limit: 200 });
      const names = ascending.items.map((member) => member.name.toLowerCase());
      expect(names).toEqual([...names].sort());
      const descending = await idsOf(viewer, { sort: 'name', order: 'desc' });
      expect(descending).toEqual(ascending.items.map((member) => member.id).reverse());
      const byJoining = await idsOf(viewer, { sort: 'joinedAt' });
      expect(byJoining.slice(0, 3)).toEqual([PEOPLE.owner, PEOPLE.deputy, PEOPLE.admin]);
    });

    it('should page with cursors through every member exactly once, in order', async () => {
      const { as } = await start();
      const viewer = await as(PEOPLE.viewer);

      const { ids, totals } = await allPages(viewer, { sort: 'name', limit: 10 });

      expect(totals).toEqual([TEAM_SIZE, TEAM_SIZE, TEAM_SIZE, TEAM_SIZE]);
      expect(ids).toEqual(await idsOf(viewer, { sort: 'name' }));
      expect(new Set(ids).size).toBe(TEAM_SIZE);
    });
  });

  longNameScenarios(harness);
}
