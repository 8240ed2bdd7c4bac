import { describe, expect, it } from 'vitest';
import type { Role } from '../schemas';
import {
  type Access,
  accessOf,
  can,
  canChange,
  PERMISSION_NAMES,
  PERMISSIONS,
  type Permission,
  permissionDifference,
} from './permissions';

/** The role table of the specification, row by row: admin, cs, viewer. */
const SPEC_TABLE: Record<Permission, [Access, Access, Access]> = {
  'team.view': ['full', 'full', 'full'],
  'conversations.handle': ['full', 'full', 'none'],
  'customers.view': ['full', 'full', 'read'],
  'conversations.view': ['full', 'assigned', 'read'],
  'reports.view': ['full', 'basic', 'read'],
  'settings.manage': ['full', 'none', 'none'],
  'groups.manage': ['full', 'none', 'none'],
  'members.manage': ['full', 'none', 'none'],
};

const ROLES: Role[] = ['admin', 'cs', 'viewer'];

function member(
  role: Role,
  superAdmin = false,
  status: 'active' | 'inactive' = 'active',
) {
  return { role, superAdmin, status };
}

describe('given the permission table', () => {
  it('should hold exactly the rows of the specification', () => {
    expect([...PERMISSION_NAMES].sort()).toEqual(Object.keys(SPEC_TABLE).sort());
  });

  it('should give each role the access the specification gives it', () => {
    for (const permission of PERMISSION_NAMES) {
      const [adminAccess, csAccess, viewerAccess] = SPEC_TABLE[permission];
      // The super admin flag only matters on the members row, checked below.
      expect(accessOf(member('admin', true), permission)).toBe(adminAccess);
      expect(accessOf(member('cs'), permission)).toBe(csAccess);
      expect(accessOf(member('viewer'), permission)).toBe(viewerAccess);
    }
  });

  it('should mark only member management as needing super admin rights', () => {
    const flagged = PERMISSION_NAMES.filter(
      (permission) => 'superAdminOnly' in PERMISSIONS[permission],
    );
    expect(flagged).toEqual(['members.manage']);
  });
});

describe('given an admin without super admin rights', () => {
  const admin = member('admin');

  it('should not manage members and invitations', () => {
    expect(can(admin, 'members.manage')).toBe(false);
    expect(accessOf(admin, 'members.manage')).toBe('none');
  });

  it('should manage groups, settings and billing, and see everything', () => {
    for (const permission of [
      'groups.manage',
      'settings.manage',
      'reports.view',
    ] as const) {
      expect(canChange(admin, permission)).toBe(true);
    }
  });
});

describe('given a super admin', () => {
  it('should manage members and invitations', () => {
    expect(canChange(member('admin', true), 'members.manage')).toBe(true);
  });

  it('should give no rights when the flag sits on a role other than admin', () => {
    expect(can(member('cs', true), 'members.manage')).toBe(false);
    expect(can(member('viewer', true), 'groups.manage')).toBe(false);
  });
});

describe('given a deactivated member', () => {
  it('should have no access at all, whatever the role and flag', () => {
    for (const role of ROLES) {
      for (const permission of PERMISSION_NAMES) {
        expect(accessOf(member(role, role === 'admin', 'inactive'), permission)).toBe(
          'none',
        );
      }
    }
  });
});

describe('given read access', () => {
  const viewer = member('viewer');

  it('should count as access for can but not for canChange', () => {
    expect(can(viewer, 'customers.view')).toBe(true);
    expect(canChange(viewer, 'customers.view')).toBe(false);
  });

  it('should let a viewer see the team page but not handle conversations', () => {
    expect(can(viewer, 'team.view')).toBe(true);
    expect(can(viewer, 'conversations.handle')).toBe(false);
  });

  it('should count the narrower CS scopes as changeable', () => {
    expect(canChange(member('cs'), 'conversations.view')).toBe(true);
    expect(canChange(member('cs'), 'reports.view')).toBe(true);
  });
});

describe('given a role change', () => {
  it('should list nothing when nothing changes', () => {
    const same = { role: 'cs' as const, superAdmin: false };
    expect(permissionDifference(same, same)).toEqual({ gained: [], lost: [] });
  });

  it('should list what a CS agent gains as an admin', () => {
    const difference = permissionDifference(
      { role: 'cs', superAdmin: false },
      { role: 'admin', superAdmin: false },
    );
    expect(difference.lost).toEqual([]);
    expect(difference.gained).toEqual([
      { permission: 'conversations.view', from: 'assigned', to: 'full' },
      { permission: 'reports.view', from: 'basic', to: 'full' },
      { permission: 'settings.manage', from: 'none', to: 'full' },
      { permission: 'groups.manage', from: 'none', to: 'full' },
    ]);
  });

  it('should list member management among what a demoted super admin loses', () => {
    const difference = permissionDifference(
      { role: 'admin', superAdmin: true },
      { role: 'viewer', superAdmin: false },
    );
    expect(difference.gained).toEqual([]);
    const lost = difference.lost.map((change) => change.permission);
    expect(lost).toContain('members.manage');
    expect(lost).toContain('conversations.handle');
    expect(difference.lost).toContainEqual({
      permission: 'customers.view',
      from: 'full',
      to: 'read',
    });
  });

  it('should list the super admin flag alone when only the flag changes', () => {
    const difference = permissionDifference(
      { role: 'admin', superAdmin: false },
      { role: 'admin', superAdmin: true },
    );
    expect(difference).toEqual({
      gained: [{ permission: 'members.manage', from: 'none', to: 'full' }],
      lost: [],
    });
  });

  it('should mirror gains and losses when the change is undone', () => {
    const there = permissionDifference(
      { role: 'viewer', superAdmin: false },
      { role: 'cs', superAdmin: false },
    );
    const back = permissionDifference(
      { role: 'cs', superAdmin: false },
      { role: 'viewer', superAdmin: false },
    );
    const swap = (change: (typeof there.gained)[number]) => ({
      permission: change.permission,
      from: change.to,
      to: change.from,
    });
    expect(back.lost).toEqual(there.gained.map(swap));
    expect(back.gained).toEqual(there.lost.map(swap));
  });
});
