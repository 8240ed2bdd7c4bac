import { describe, expect, it } from 'vitest';
import type { TeamClient } from '../client';
import type { ListMembersQuery } from '../schemas';
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
}
