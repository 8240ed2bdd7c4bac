import { describe, expect, it } from 'vitest';
import { LIMITS } from '../schemas';
import {
  conformanceSeed,
  CONFORMANCE_GROUPS as GROUPS,
  CONFORMANCE_PEOPLE as PEOPLE,
} from './conformanceSeed';
import { expectRefusal } from './expectations';
import type { Harness } from './harness';

/** Rule 11 and rule 12 for groups. */
export function groupScenarios(harness: Harness): void {
  describe('given an admin managing groups', () => {
    it('should create a group with a name, a kind and a description', async () => {
      const { as } = await harness.start();
      const admin = await as(PEOPLE.admin);

      const group = await admin.createGroup({
        name: '  Escalations ',
        kind: 'expertise',
        description: 'Hard cases',
      });

      expect(group).toMatchObject({
        name: 'Escalations',
        kind: 'expertise',
        description: 'Hard cases',
        memberIds: [],
      });
      const ids = (await admin.listGroups()).map((listed) => listed.id);
      expect(ids).toContain(group.id);
    });

    it('should accept a 60-character name and refuse a name already used, any case', async () => {
      const { as, snapshot } = await harness.start();
      const admin = await as(PEOPLE.admin);
      const long = await admin.createGroup({ name: 'x'.repeat(60), kind: 'custom' });
      const before = await snapshot();

      const taken = admin.createGroup({ name: ' SUPPORT ', kind: 'custom' });
      const error = await expectRefusal(taken, 'validation');

      expect(error.fields).toHaveProperty('name');
      expect(long.name).toHaveLength(60);
      expect(await snapshot()).toEqual(before);
    });

    it('should keep a name and description exactly as given, as long as they may be', async () => {
      const { as } = await harness.start();
      const admin = await as(PEOPLE.admin);
      const name = '\u{1f465}'.repeat(LIMITS.groupNameLength);
      const description = `Line one\n${'\u{1f4ac}'.repeat(LIMITS.groupDescriptionLength - 9)}`;

      const group = await admin.createGroup({ name, kind: 'custom', description });

      expect(group).toMatchObject({ name, description });
      const listed = (await admin.listGroups()).find((found) => found.id === group.id);
      expect(listed).toMatchObject({ name, description });
    });

    it('should refuse a name used by another group once case is folded fully', async () => {
      const { as, snapshot } = await harness.start();
      const admin = await as(PEOPLE.admin);
      const street = await admin.createGroup({ name: 'Straße', kind: 'custom' });
      const before = await snapshot();

      for (const name of ['STRASSE', 'strasse', 'Ｓｔｒａｓｓｅ', 'Strasse']) {
        const taken = admin.createGroup({ name, kind: 'custom' });
        const error = await expectRefusal(taken, 'validation');
        expect(error.fields, name).toHaveProperty('name');
      }
      const renamed = admin.updateGroup(GROUPS.night, { name: 'STRASSE' });
      await expectRefusal(renamed, 'validation');

      expect(await snapshot()).toEqual(before);
      const recased = await admin.updateGroup(street.id, { name: 'STRASSE' });
      expect(recased.name).toBe('STRASSE');
    });

    it('should let groups that an older comparison let share a name keep it', async () => {
      const seed = conformanceSeed();
      const [support] = seed.groups!;
      seed.groups!.push(
        { ...support!, id: 'grp_street', name: 'Straße', memberIds: [] },
        { ...support!, id: 'grp_street_caps', name: 'STRASSE', memberIds: [] },
      );
      const { as } = await harness.start(seed);
      const admin = await as(PEOPLE.admin);

      const edited = await admin.updateGroup('grp_street', {
        name: 'Straße',
        kind: 'custom',
        description: 'Street team',
      });

      expect(edited).toMatchObject({ name: 'Straße', description: 'Street team' });
      const taken = admin.updateGroup('grp_street', { name: 'strasse' });
      await expectRefusal(taken, 'validation');
    });

    it('should answer an update that changes nothing with the group as it is, version and all', async () => {
      const { as, snapshot } = await harness.start();
      const [admin, owner] = await Promise.all([as(PEOPLE.admin), as(PEOPLE.owner)]);
      const before = await snapshot();

      const empty = await admin.updateGroup(GROUPS.support, {});
      const same = await admin.updateGroup(GROUPS.support, {
        name: 'Support',
        kind: 'department',
        description: 'Orders and returns',
        version: 1,
      });
      const members = await admin.setGroupMembers(
        GROUPS.support,
        [PEOPLE.admin, PEOPLE.agent],
        { version: 1 },
      );

      for (const group of [empty, same, members]) {
        expect(group).toMatchObject({ name: 'Support', version: 1 });
      }
      expect(await snapshot()).toEqual(before);
      // Another editor's change based on version 1 is not refused as a conflict.
      const changed = await owner.updateGroup(GROUPS.support, {
        description: 'Orders, returns and refunds',
        version: 1,
      });
      expect(changed.version).toBe(2);
    });

    it('should rename, re-kind and re-describe a group, but not to a used name', async () => {
      const { as } = await harness.start();
      const admin = await as(PEOPLE.admin);

      const recased = await admin.updateGroup(GROUPS.support, { name: 'SUPPORT' });
      const taken = admin.updateGroup(GROUPS.night, { name: 'support' });
      await expectRefusal(taken, 'validation');
      const changed = await admin.updateGroup(GROUPS.night, {
        kind: 'custom',
        description: 'Overnight cover',
      });

      expect(recased.name).toBe('SUPPORT');
      expect(changed).toMatchObject({
        name: 'Night shift',
        kind: 'custom',
        description: 'Overnight cover',
      });
    });

    it("should replace a group's members, and members see their groups", async () => {
      const { as } = await harness.start();
      const admin = await as(PEOPLE.admin);

      const group = await admin.setGroupMembers(
        GROUPS.support,
        [PEOPLE.viewer, PEOPLE.agent],
        {
          version: 1,
        },
      );

      expect([...group.memberIds].sort()).toEqual([PEOPLE.agent, PEOPLE.viewer]);
      const page = await admin.listMembers({ groupId: GROUPS.support });
      expect(page.items.map((member) => member.id).sort()).toEqual([
        PEOPLE.agent,
        PEOPLE.viewer,
      ]);
      const viewer = page.items.find((member) => member.id === PEOPLE.viewer);
      expect(viewer?.groupIds).toEqual([GROUPS.support]);
    });

    it('should refuse ids that name no member of the team', async () => {
      const { as, snapshot } = await harness.start();
      const admin = await as(PEOPLE.admin);
      const before = await snapshot();

      const call = admin.setGroupMembers(GROUPS.support, [PEOPLE.agent, 'mem_stranger']);
      const error = await expectRefusal(call, 'validation');

      expect(error.fields).toHaveProperty('memberIds');
      expect(await snapshot()).toEqual(before);
    });

    it('should delete a group while its members stay members', async () => {
      const { as } = await harness.start();
      const admin = await as(PEOPLE.admin);

      await admin.deleteGroup(GROUPS.night, { version: 1 });

      const ids = (await admin.listGroups()).map((group) => group.id);
      expect(ids).toEqual([GROUPS.support]);
      const page = await admin.listMembers({ limit: 200 });
      const agent = page.items.find((member) => member.id === PEOPLE.agent);
      expect(agent?.groupIds).toEqual([GROUPS.support]);
      expect(page.total).toBe(6);
    });

    it('should refuse group changes based on a stale version with conflict', async () => {
      const { as, snapshot } = await harness.start();
      const admin = await as(PEOPLE.admin);
      await admin.updateGroup(GROUPS.support, { description: 'New', version: 1 });
      const before = await snapshot();

      const stale = admin.updateGroup(GROUPS.support, { description: 'Old', version: 1 });
      await expectRefusal(stale, 'conflict');
      const members = admin.setGroupMembers(GROUPS.support, [], { version: 1 });
      await expectRefusal(members, 'conflict');
      await expectRefusal(admin.deleteGroup(GROUPS.support, { version: 1 }), 'conflict');

      expect(await snapshot()).toEqual(before);
    });

    it('should answer not_found for a group that does not exist', async () => {
      const { as } = await harness.start();
      const admin = await as(PEOPLE.admin);

      await expectRefusal(admin.updateGroup('grp_missing', { name: 'X' }), 'not_found');
      await expectRefusal(admin.deleteGroup('grp_missing'), 'not_found');
      await expectRefusal(admin.setGroupMembers('grp_missing', []), 'not_found');
    });
  });
}
