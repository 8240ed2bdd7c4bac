import { describe, expect, it } from 'vitest';
import { GroupSchema, InvitationSchema, MemberSchema } from '../schemas';
import { createDemoTeam, DEMO_PEOPLE } from './demoTeam';
import { createMemoryStore } from './memoryStore';

const NOW = new Date('2026-06-01T09:00:00.000Z');

describe('given the demo team generator', () => {
  it('should give the same team for the same seed and moment', () => {
    expect(createDemoTeam({ now: NOW, seed: 7 })).toEqual(
      createDemoTeam({ now: NOW, seed: 7 }),
    );
    expect(createDemoTeam({ now: NOW, seed: 7 })).not.toEqual(
      createDemoTeam({ now: NOW, seed: 8 }),
    );
  });

  it('should hold 48 members by default, the named people first', () => {
    const team = createDemoTeam({ now: NOW });
    expect(team.members).toHaveLength(48);
    expect(team.members.slice(0, 5).map((member) => member.id)).toEqual(
      Object.values(DEMO_PEOPLE),
    );
    expect(new Set(team.members.map((member) => member.id)).size).toBe(48);
    expect(new Set(team.members.map((member) => member.email)).size).toBe(48);
  });

  it('should give each named person the role their point of view needs', () => {
    const byId = new Map(createDemoTeam({ now: NOW }).members.map((m) => [m.id, m]));
    expect(byId.get(DEMO_PEOPLE.superAdmin)).toMatchObject({
      role: 'admin',
      superAdmin: true,
    });
    expect(byId.get(DEMO_PEOPLE.secondSuperAdmin)).toMatchObject({
      role: 'admin',
      superAdmin: true,
    });
    expect(byId.get(DEMO_PEOPLE.admin)).toMatchObject({
      role: 'admin',
      superAdmin: false,
    });
    expect(byId.get(DEMO_PEOPLE.cs)).toMatchObject({ role: 'cs', status: 'active' });
    expect(byId.get(DEMO_PEOPLE.viewer)).toMatchObject({
      role: 'viewer',
      status: 'active',
    });
  });

  it('should look like a support team: mostly CS agents, some viewers, a deactivated agent', () => {
    const members = createDemoTeam({ now: NOW }).members;
    const count = (test: (member: (typeof members)[number]) => boolean) =>
      members.filter(test).length;
    expect(count((m) => m.role === 'cs')).toBeGreaterThan(members.length / 2);
    expect(count((m) => m.role === 'viewer')).toBeGreaterThan(1);
    expect(count((m) => m.status === 'inactive')).toBeGreaterThan(0);
    expect(count((m) => m.status === 'inactive' && m.role !== 'cs')).toBe(0);
    expect(count((m) => m.superAdmin && m.role !== 'admin')).toBe(0);
  });

  it('should hold pending and expired invitations and groups of every kind', () => {
    const team = createDemoTeam({ now: NOW });
    const store = createMemoryStore(team, { now: () => NOW });
    const statuses = store
      .listInvitations(DEMO_PEOPLE.superAdmin)
      .map((open) => open.status);
    expect(statuses.sort()).toEqual(['expired', 'pending', 'pending']);
    const kinds = new Set(team.groups?.map((group) => group.kind));
    expect([...kinds].sort()).toEqual(['department', 'expertise', 'shift']);
  });

  it('should leave four seats free by default, and take a given limit', () => {
    const store = createMemoryStore(createDemoTeam({ now: NOW }), { now: () => NOW });
    expect(store.getSeats(DEMO_PEOPLE.viewer).available).toBe(4);
    expect(createDemoTeam({ now: NOW, seatLimit: 99 }).seatLimit).toBe(99);
  });

  it('should never go below its five named people', () => {
    expect(createDemoTeam({ now: NOW, members: 2 }).members).toHaveLength(5);
  });

  it('should refuse options that would make a team the contract cannot carry', () => {
    for (const options of [
      { seatLimit: -5 },
      { seatLimit: 2.5 },
      { members: Number.NaN },
      { teamName: '  ' },
      { now: new Date('not a date') },
    ]) {
      expect(() => createDemoTeam(options), JSON.stringify(options)).toThrow(RangeError);
    }
    expect(createDemoTeam({ now: NOW, seatLimit: 1_000_000 }).seatLimit).toBe(1_000_000);
  });

  it('should only hold data the schemas accept', () => {
    const team = createDemoTeam({ now: NOW, members: 300 });
    for (const member of team.members) {
      expect(MemberSchema.safeParse({ ...member, groupIds: [] }).success).toBe(true);
    }
    for (const invitation of team.invitations ?? []) {
      expect(InvitationSchema.safeParse(invitation).success).toBe(true);
    }
    for (const group of team.groups ?? []) {
      expect(GroupSchema.safeParse(group).success).toBe(true);
    }
  });
});
