import {
  CONFORMANCE_GROUPS,
  CONFORMANCE_INVITATIONS,
  CONFORMANCE_PEOPLE,
  conformanceSeed,
} from '@fiko/team-sdk/conformance';
import {
  type RouteDefinition,
  type RouteName,
  routePath,
  routes,
} from '@fiko/team-sdk/contract';
import type { TeamSeed } from '@fiko/team-sdk/memory';
import { describe, expect, it } from 'vitest';
import type { Db } from '../src/index';
import { startServer } from './helpers';

const OTHER_TOKEN = 'a1'.repeat(32);

/** The conformance team again, under other ids and addresses: team B. */
function otherTeam(): TeamSeed {
  const seed = conformanceSeed();
  const rename = (id: string) => id.replace(/^(mem|inv|grp)_/, '$1_b_');
  const address = (email: string) =>
    email.replace('conformance.example', 'other.example');
  return {
    ...seed,
    team: { id: 'team_other', name: 'Other Team' },
    members: seed.members.map((member) => ({
      ...member,
      id: rename(member.id),
      email: address(member.email),
    })),
    invitations: (seed.invitations ?? []).map((invitation, index) => ({
      ...invitation,
      id: rename(invitation.id),
      email: address(invitation.email),
      invitedBy: invitation.invitedBy && rename(invitation.invitedBy),
      token: index === 0 ? OTHER_TOKEN : undefined,
    })),
    groups: (seed.groups ?? []).map((group) => ({
      ...group,
      id: rename(group.id),
      memberIds: group.memberIds.map(rename),
    })),
  };
}

const B = {
  memberId: 'mem_b_agent',
  invitationId: 'inv_b_pending',
  groupId: 'grp_b_support',
};

/** Everything team B holds, straight from the tables. */
function teamRows(db: Db, teamId: string) {
  const rows = (table: string) =>
    db.prepare(`SELECT * FROM ${table} WHERE team_id = ? ORDER BY 1, 2, 3`).all(teamId);
  return {
    team: db.prepare('SELECT * FROM teams WHERE id = ?').get(teamId),
    members: rows('members'),
    invitations: rows('invitations'),
    groups: rows('groups'),
    groupMembers: rows('group_members'),
    tombstones: rows('tombstones'),
  };
}

/** A valid body for each route that changes one record, so only the id is wrong. */
const BODIES: Partial<Record<RouteName, unknown>> = {
  cancelInvitation: {},
  resendInvitation: {},
  changeRole: { role: 'viewer' },
  setSuperAdmin: { superAdmin: true },
  setActive: { active: false },
  updateGroup: { name: 'Taken over' },
  setGroupMembers: { memberIds: [] },
};

const targetedRoutes = (Object.keys(routes) as RouteName[]).filter(
  (name) => (routes[name] as RouteDefinition).params !== undefined,
);

describe('given two teams on one server', () => {
  it.each(targetedRoutes)(
    'should answer %s with not_found for an id of the other team, changing nothing',
    async (name) => {
      const { server, call, signIn } = await startServer([
        conformanceSeed(),
        otherTeam(),
      ]);
      const token = await signIn(CONFORMANCE_PEOPLE.owner);
      const route: RouteDefinition = routes[name];
      const before = teamRows(server.db, 'team_other');

      const answer = await call(route.method.toUpperCase(), routePath(route.path, B), {
        token,
        body: route.body ? BODIES[name] : undefined,
      });

      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('not_found');
      expect(teamRows(server.db, 'team_other')).toEqual(before);
    },
  );

  it('should list only the caller team, whatever the filters', async () => {
    const { call, signIn } = await startServer([conformanceSeed(), otherTeam()]);
    const token = await signIn(CONFORMANCE_PEOPLE.viewer);

    const members = await call('GET', '/members?limit=200&search=example', { token });
    const byOtherGroup = await call('GET', `/members?groupId=${B.groupId}`, { token });
    const invitations = await call('GET', '/invitations', { token });
    const groups = await call('GET', '/groups', { token });
    const me = await call('GET', '/me', { token });

    const ids = [
      ...members.body.items,
      ...invitations.body.items,
      ...groups.body.items,
    ].map((item: { id: string }) => item.id);
    expect(ids.length).toBeGreaterThan(6);
    expect(ids.filter((id) => id.includes('_b_'))).toEqual([]);
    expect(members.body.total).toBe(6);
    expect(byOtherGroup.body.total).toBe(0);
    expect(me.body.team.name).toBe('Conformance Team');
  });

  it("should refuse the other team's members in a group, changing nothing", async () => {
    const { server, call, signIn } = await startServer([conformanceSeed(), otherTeam()]);
    const token = await signIn(CONFORMANCE_PEOPLE.owner);
    const before = teamRows(server.db, 'team_conformance');

    const answer = await call('PUT', `/groups/${CONFORMANCE_GROUPS.support}/members`, {
      token,
      body: { memberIds: [CONFORMANCE_PEOPLE.agent, B.memberId] },
    });

    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe('validation');
    expect(teamRows(server.db, 'team_conformance')).toEqual(before);
  });

  it('should make an invitee of the other team a member of that team only', async () => {
    const { server, call, signIn } = await startServer([conformanceSeed(), otherTeam()]);
    const before = teamRows(server.db, 'team_conformance');

    const preview = await call('POST', '/invitations/preview', {
      body: { token: OTHER_TOKEN },
    });
    const accepted = await call('POST', '/invitations/accept', {
      body: { token: OTHER_TOKEN, name: 'Bea Joiner' },
    });

    expect(preview.body.teamName).toBe('Other Team');
    expect(accepted.status).toBe(201);
    expect(accepted.body.team.id).toBe('team_other');
    expect(teamRows(server.db, 'team_conformance')).toEqual(before);
    const owner = await signIn(CONFORMANCE_PEOPLE.owner);
    const invitations = await call('GET', '/invitations', { token: owner });
    expect(invitations.body.items.map((item: { id: string }) => item.id)).toContain(
      CONFORMANCE_INVITATIONS.pending,
    );
  });

  it('should keep two teams apart even when their seeds reuse the same ids', async () => {
    const twin: TeamSeed = {
      ...conformanceSeed(),
      team: { id: 'team_twin', name: 'Twin' },
    };
    const { server, call, signIn } = await startServer([conformanceSeed(), twin]);
    const before = teamRows(server.db, 'team_twin');
    const token = await signIn(CONFORMANCE_PEOPLE.owner);

    const answer = await call('PUT', `/members/${CONFORMANCE_PEOPLE.agent}/role`, {
      token,
      body: { role: 'viewer' },
    });

    expect(answer.status).toBe(200);
    expect(teamRows(server.db, 'team_twin')).toEqual(before);
  });
});
