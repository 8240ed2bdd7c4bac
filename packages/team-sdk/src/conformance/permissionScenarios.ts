import { describe, expect, it } from 'vitest';
import type { TeamClient } from '../client';
import {
  CONFORMANCE_GROUPS as GROUPS,
  CONFORMANCE_INVITATIONS as INVITATIONS,
  CONFORMANCE_PEOPLE as PEOPLE,
} from './conformanceSeed';
import { expectRefusal } from './expectations';
import type { Harness } from './harness';

const MEMBER_ACTIONS: Array<[string, (client: TeamClient) => Promise<unknown>]> = [
  ['invite', (client) => client.invite({ email: 'someone@example.com', role: 'cs' })],
  ['cancelInvitation', (client) => client.cancelInvitation(INVITATIONS.pending)],
  ['resendInvitation', (client) => client.resendInvitation(INVITATIONS.expired)],
  ['changeRole', (client) => client.changeRole(PEOPLE.away, 'viewer')],
  ['setSuperAdmin', (client) => client.setSuperAdmin(PEOPLE.deputy, false)],
  ['setActive', (client) => client.setActive(PEOPLE.away, true)],
  ['removeMember', (client) => client.removeMember(PEOPLE.away)],
];

const GROUP_ACTIONS: Array<[string, (client: TeamClient) => Promise<unknown>]> = [
  ['createGroup', (client) => client.createGroup({ name: 'Mine', kind: 'custom' })],
  ['updateGroup', (client) => client.updateGroup(GROUPS.support, { name: 'Renamed' })],
  ['deleteGroup', (client) => client.deleteGroup(GROUPS.night)],
  ['setGroupMembers', (client) => client.setGroupMembers(GROUPS.support, [])],
  ['setSeatLimit', (client) => client.setSeatLimit(50)],
];

async function expectAllForbidden(
  client: TeamClient,
  actions: Array<[string, (client: TeamClient) => Promise<unknown>]>,
) {
  for (const [name, action] of actions) {
    const error = await action(client).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error, `${name} should be forbidden`).toMatchObject({ code: 'forbidden' });
  }
}

const NOT_SUPER_ADMINS = [
  ['an admin without super admin rights', PEOPLE.admin],
  ['a CS agent', PEOPLE.agent],
  ['a viewer', PEOPLE.viewer],
] as const;

/** The role table: who may do what. */
export function permissionScenarios(harness: Harness): void {
  for (const [who, memberId] of NOT_SUPER_ADMINS) {
    describe(`given ${who}`, () => {
      it('should be refused every member and invitation action, changing nothing', async () => {
        const { as, snapshot } = await harness.start();
        const client = await as(memberId);
        const before = await snapshot();

        await expectAllForbidden(client, MEMBER_ACTIONS);

        expect(await snapshot()).toEqual(before);
      });

      it('should read the team page: members, invitations, seats, groups', async () => {
        const { as } = await harness.start();
        const client = await as(memberId);

        expect((await client.me()).member.id).toBe(memberId);
        expect((await client.listMembers()).total).toBe(6);
        expect(await client.listInvitations()).toHaveLength(2);
        expect((await client.getSeats()).used).toBe(6);
        expect(await client.listGroups()).toHaveLength(2);
        expect(await client.listTombstones()).toEqual([]);
      });
    });
  }

  for (const [who, memberId] of NOT_SUPER_ADMINS.slice(1)) {
    describe(`given ${who}`, () => {
      it('should be refused group and seat changes, changing nothing', async () => {
        const { as, snapshot } = await harness.start();
        const client = await as(memberId);
        const before = await snapshot();

        await expectAllForbidden(client, GROUP_ACTIONS);

        expect(await snapshot()).toEqual(before);
      });
    });
  }

  describe('given an admin without super admin rights', () => {
    it('should manage groups and the seat limit', async () => {
      const { as } = await harness.start();
      const admin = await as(PEOPLE.admin);

      await admin.createGroup({ name: 'Weekend', kind: 'shift' });
      const seats = await admin.setSeatLimit(20);

      expect(seats).toEqual({ limit: 20, used: 6, available: 14 });
      expect(await admin.listGroups()).toHaveLength(3);
    });

    it('should not lower the seat limit below the seats in use', async () => {
      const { as, snapshot } = await harness.start();
      const admin = await as(PEOPLE.admin);
      const before = await snapshot();

      const error = await expectRefusal(admin.setSeatLimit(5), 'validation');
      expect(error.fields).toHaveProperty('limit');
      expect(await snapshot()).toEqual(before);

      expect(await admin.setSeatLimit(6)).toEqual({ limit: 6, used: 6, available: 0 });
    });
  });
}
