import { describe, expect, it } from 'vitest';
import type { TeamClient } from '../client';
import {
  conformanceSeed,
  CONFORMANCE_GROUPS as GROUPS,
  CONFORMANCE_PEOPLE as PEOPLE,
} from './conformanceSeed';
import { expectRefusal } from './expectations';
import type { Harness } from './harness';

async function memberOf(client: TeamClient, memberId: string) {
  const page = await client.listMembers({ limit: 200 });
  return page.items.find((member) => member.id === memberId);
}

/** Rules 6–8: role changes, super admin rights, self-protection, the last super admin. */
function roleScenarios(harness: Harness): void {
  describe('given a super admin changing roles', () => {
    it('should apply a promotion at once: the new admin manages groups', async () => {
      const { as } = await harness.start();
      const [owner, agent] = await Promise.all([as(PEOPLE.owner), as(PEOPLE.agent)]);

      const promoted = await owner.changeRole(PEOPLE.agent, 'admin', { version: 1 });

      expect(promoted).toMatchObject({ role: 'admin', superAdmin: false });
      expect(promoted.version).toBeGreaterThan(1);
      const group = await agent.createGroup({ name: 'Escalations', kind: 'custom' });
      expect(group.name).toBe('Escalations');
    });

    it('should clear super admin rights when an admin is demoted', async () => {
      const { as } = await harness.start();
      const [owner, deputy] = await Promise.all([as(PEOPLE.owner), as(PEOPLE.deputy)]);

      const demoted = await owner.changeRole(PEOPLE.deputy, 'cs');

      expect(demoted).toMatchObject({ role: 'cs', superAdmin: false });
      expect((await owner.me()).team.activeSuperAdminCount).toBe(1);
      const invite = deputy.invite({ email: 'someone@example.com', role: 'cs' });
      await expectRefusal(invite, 'forbidden');
    });

    it('should refuse the role a member already has', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      await expectRefusal(owner.changeRole(PEOPLE.agent, 'cs'), 'validation');
    });

    it('should refuse to make a deactivated member an admin', async () => {
      const { as, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const before = await snapshot();

      const error = await expectRefusal(
        owner.changeRole(PEOPLE.away, 'admin'),
        'validation',
      );

      expect(error.fields).toHaveProperty('role');
      expect(await snapshot()).toEqual(before);
    });

    it('should refuse changing your own role, flag or status, or deleting yourself', async () => {
      const { as, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const before = await snapshot();

      await expectRefusal(owner.changeRole(PEOPLE.owner, 'cs'), 'self_action');
      await expectRefusal(owner.setSuperAdmin(PEOPLE.owner, false), 'self_action');
      await expectRefusal(owner.setActive(PEOPLE.owner, false), 'self_action');
      await expectRefusal(owner.removeMember(PEOPLE.owner), 'self_action');

      expect(await snapshot()).toEqual(before);
    });

    it('should answer not_found for a member that does not exist', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      await expectRefusal(owner.changeRole('mem_missing', 'viewer'), 'not_found');
      await expectRefusal(owner.setSuperAdmin('mem_missing', true), 'not_found');
      await expectRefusal(owner.setActive('mem_missing', false), 'not_found');
      await expectRefusal(owner.removeMember('mem_missing'), 'not_found');
    });

    it('should refuse member changes based on a stale version with conflict', async () => {
      const { as, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      await owner.changeRole(PEOPLE.agent, 'viewer', { version: 1 });
      await owner.setSuperAdmin(PEOPLE.admin, true, { version: 1 });
      const before = await snapshot();

      const stale = { version: 1 };
      await expectRefusal(owner.changeRole(PEOPLE.agent, 'cs', stale), 'conflict');
      await expectRefusal(owner.setActive(PEOPLE.agent, false, stale), 'conflict');
      await expectRefusal(owner.removeMember(PEOPLE.agent, stale), 'conflict');
      await expectRefusal(owner.setSuperAdmin(PEOPLE.admin, false, stale), 'conflict');

      expect(await snapshot()).toEqual(before);
    });
  });

  describe('given super admin rights', () => {
    it('should grant them to an admin, who can then manage members', async () => {
      const { as } = await harness.start();
      const [owner, admin] = await Promise.all([as(PEOPLE.owner), as(PEOPLE.admin)]);

      const granted = await owner.setSuperAdmin(PEOPLE.admin, true);

      expect(granted.superAdmin).toBe(true);
      expect((await owner.me()).team.activeSuperAdminCount).toBe(3);
      const invitation = await admin.invite({ email: 'hired@example.com', role: 'cs' });
      expect(invitation.status).toBe('pending');
    });

    it('should revoke them from another super admin, who then cannot manage members', async () => {
      const { as } = await harness.start();
      const [owner, deputy] = await Promise.all([as(PEOPLE.owner), as(PEOPLE.deputy)]);

      const revoked = await owner.setSuperAdmin(PEOPLE.deputy, false);

      expect(revoked).toMatchObject({ role: 'admin', superAdmin: false });
      await expectRefusal(deputy.setActive(PEOPLE.agent, false), 'forbidden');
    });

    it('should refuse them to members who are not admins', async () => {
      const { as, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const before = await snapshot();

      await expectRefusal(owner.setSuperAdmin(PEOPLE.agent, true), 'validation');
      await expectRefusal(owner.setSuperAdmin(PEOPLE.viewer, true), 'validation');

      expect(await snapshot()).toEqual(before);
    });

    it('should keep an active super admin when the last two revoke each other at once', async () => {
      const { as } = await harness.start();
      const [owner, deputy] = await Promise.all([as(PEOPLE.owner), as(PEOPLE.deputy)]);

      const outcomes = await Promise.allSettled([
        owner.setSuperAdmin(PEOPLE.deputy, false),
        deputy.setSuperAdmin(PEOPLE.owner, false),
      ]);

      const refusals = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason.code] : [],
      );
      expect(refusals.length).toBeGreaterThanOrEqual(1);
      for (const code of refusals)
        expect(['forbidden', 'last_admin', 'conflict']).toContain(code);
      const admin = await as(PEOPLE.admin);
      expect((await admin.me()).team.activeSuperAdminCount).toBeGreaterThanOrEqual(1);
    });
  });
}

/** Rules 3, 9 and 10: activation, seats on reactivation, deletion. */
function statusScenarios(harness: Harness): void {
  describe('given a super admin (de)activating members', () => {
    it('should deactivate a CS agent: the seat frees and their next call is refused', async () => {
      const { as } = await harness.start();
      const [owner, agent] = await Promise.all([as(PEOPLE.owner), as(PEOPLE.agent)]);

      const away = await owner.setActive(PEOPLE.agent, false, { version: 1 });

      expect(away.status).toBe('inactive');
      expect((await owner.getSeats()).used).toBe(5);
      await expectRefusal(agent.me(), 'unauthenticated');
      await expectRefusal(agent.listMembers(), 'unauthenticated');
    });

    it('should deactivate and reactivate a viewer', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      await owner.setActive(PEOPLE.viewer, false);
      const back = await owner.setActive(PEOPLE.viewer, true);

      expect(back.status).toBe('active');
      expect((await owner.getSeats()).used).toBe(6);
    });

    it('should reactivate a member when a seat is free, taking it', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      const back = await owner.setActive(PEOPLE.away, true);

      expect(back.status).toBe('active');
      expect(await owner.getSeats()).toEqual({ limit: 8, used: 7, available: 1 });
      const returning = await as(PEOPLE.away);
      expect((await returning.me()).member.status).toBe('active');
    });

    it('should refuse a reactivation with no seat free, changing nothing', async () => {
      const { as, snapshot } = await harness.start(conformanceSeed({ seatLimit: 6 }));
      const owner = await as(PEOPLE.owner);
      const before = await snapshot();

      await expectRefusal(owner.setActive(PEOPLE.away, true), 'no_seats');

      expect(await snapshot()).toEqual(before);
    });

    it('should refuse to deactivate an admin, super admin or not', async () => {
      const { as, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const before = await snapshot();

      const admin = owner.setActive(PEOPLE.admin, false);
      await expectRefusal(admin, 'admin_cannot_be_deactivated');
      const deputy = owner.setActive(PEOPLE.deputy, false);
      await expectRefusal(deputy, 'admin_cannot_be_deactivated');

      expect(await snapshot()).toEqual(before);
    });

    it('should refuse a status the member already has', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      await expectRefusal(owner.setActive(PEOPLE.agent, true), 'validation');
      await expectRefusal(owner.setActive(PEOPLE.away, false), 'validation');
    });
  });

  describe('given a super admin deleting members', () => {
    it('should delete for good: tombstone, groups left, seat freed, access gone', async () => {
      const { as } = await harness.start();
      const [owner, agent] = await Promise.all([as(PEOPLE.owner), as(PEOPLE.agent)]);

      const tombstone = await owner.removeMember(PEOPLE.agent, { version: 1 });

      expect(tombstone).toMatchObject({ id: PEOPLE.agent, name: 'Cora Agent' });
      expect(tombstone).not.toHaveProperty('email');
      expect(await owner.listTombstones()).toEqual([tombstone]);
      expect(await memberOf(owner, PEOPLE.agent)).toBeUndefined();
      for (const group of await owner.listGroups()) {
        expect(group.memberIds).not.toContain(PEOPLE.agent);
      }
      expect((await owner.getSeats()).used).toBe(5);
      await expectRefusal(agent.me(), 'unauthenticated');
      await expectRefusal(owner.removeMember(PEOPLE.agent), 'not_found');
    });

    it("should let a deleted member's address be invited and join again", async () => {
      const { as, anonymous, tokenFor } = await harness.start();
      const owner = await as(PEOPLE.owner);
      await owner.removeMember(PEOPLE.agent);

      await owner.invite({ email: 'agent@conformance.example', role: 'viewer' });
      const token = await tokenFor('agent@conformance.example');
      const guest = await anonymous();
      const back = await guest.acceptInvitation({ token, name: 'Cora Again' });

      expect(back.member.id).not.toBe(PEOPLE.agent);
      expect(back.member).toMatchObject({ role: 'viewer', status: 'active' });
      expect(
        await owner.listTombstones(),
        'a deleted member must leave a tombstone (id and name) in listTombstones',
      ).toHaveLength(1);
    });

    it('should delete a super admin while another one remains', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      await owner.removeMember(PEOPLE.deputy);

      expect((await owner.me()).team.activeSuperAdminCount).toBe(1);
    });

    it('should delete a deactivated member, who leaves their groups too', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      await owner.removeMember(PEOPLE.away);

      const night = (await owner.listGroups()).find((group) => group.id === GROUPS.night);
      expect(night?.memberIds).toEqual([PEOPLE.agent]);
      expect((await owner.getSeats()).used).toBe(6);
    });
  });
}

/** Rules 6–10 for members. */
export function memberScenarios(harness: Harness): void {
  roleScenarios(harness);
  statusScenarios(harness);
}
