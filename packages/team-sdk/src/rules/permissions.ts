import type { Member, Role } from '../schemas';

/**
 * How much of a capability a role has. `read` means visible but not
 * changeable; `assigned` and `basic` are the narrower CS scopes.
 */
export type Access = 'full' | 'assigned' | 'basic' | 'read' | 'none';

/** One row of the role table. `superAdminOnly` rows need the flag on top of the role. */
export interface PermissionRule {
  readonly access: Readonly<Record<Role, Access>>;
  readonly superAdminOnly?: boolean;
}

/** The role table of the team page, as data. Hosts gate their own pages with it too. */
export const PERMISSIONS = {
  'team.view': { access: { admin: 'full', cs: 'full', viewer: 'full' } },
  'conversations.handle': { access: { admin: 'full', cs: 'full', viewer: 'none' } },
  'customers.view': { access: { admin: 'full', cs: 'full', viewer: 'read' } },
  'conversations.view': { access: { admin: 'full', cs: 'assigned', viewer: 'read' } },
  'reports.view': { access: { admin: 'full', cs: 'basic', viewer: 'read' } },
  'settings.manage': { access: { admin: 'full', cs: 'none', viewer: 'none' } },
  'groups.manage': { access: { admin: 'full', cs: 'none', viewer: 'none' } },
  'members.manage': {
    access: { admin: 'full', cs: 'none', viewer: 'none' },
    superAdminOnly: true,
  },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** The part of a member that permissions depend on. */
export type PermissionSubject = Pick<Member, 'role' | 'superAdmin' | 'status'>;

/** What a member has of a permission: `none` for inactive members and missing flags. */
export function accessOf(member: PermissionSubject, permission: Permission): Access {
  const rule: PermissionRule = PERMISSIONS[permission];
  if (member.status !== 'active') return 'none';
  if (rule.superAdminOnly && !member.superAdmin) return 'none';
  return rule.access[member.role];
}

/** Whether a member has any access to a permission (`read` counts). */
export function can(member: PermissionSubject, permission: Permission): boolean {
  return accessOf(member, permission) !== 'none';
}

/** Whether a member can change things under a permission (`read` does not count). */
export function canChange(member: PermissionSubject, permission: Permission): boolean {
  const access = accessOf(member, permission);
  return access !== 'none' && access !== 'read';
}

/** One line of a role change's permission difference. */
export interface PermissionChange {
  permission: Permission;
  from: Access;
  to: Access;
}

const ACCESS_RANK: Record<Access, number> = {
  none: 0,
  read: 1,
  basic: 2,
  assigned: 2,
  full: 3,
};

/**
 * What changes when a member goes from one role to another: the permissions
 * gained and lost. Super admin rights are lost whenever the new role is not admin.
 */
export function permissionDifference(
  from: { role: Role; superAdmin: boolean },
  to: { role: Role; superAdmin: boolean },
): { gained: PermissionChange[]; lost: PermissionChange[] } {
  const gained: PermissionChange[] = [];
  const lost: PermissionChange[] = [];

  for (const permission of PERMISSION_NAMES) {
    const before = accessOf({ ...from, status: 'active' }, permission);
    const after = accessOf({ ...to, status: 'active' }, permission);
    if (before === after) continue;

    const change = { permission, from: before, to: after };
    if (ACCESS_RANK[after] > ACCESS_RANK[before]) gained.push(change);
    else lost.push(change);
  }

  return { gained, lost };
}
