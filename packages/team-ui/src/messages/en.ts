import type { Access, GroupKind, Permission, Role, TeamErrorCode } from '@fiko/team-sdk';

/**
 * Every string the components show. Plain strings, or functions where a
 * value goes inside the sentence, so translations can reorder words.
 */
export interface Messages {
  roles: Record<Role, string>;
  roleSummaries: Record<Role, string>;
  permissions: Record<Permission, string>;
  access: Record<Access, string>;
  errors: Record<TeamErrorCode, string>;
  /**
   * The precise reason of a `validation` refusal, by the check that refused
   * (`verdict.detail.check`). Shown on refused menu items and dialogs, where
   * "some fields are not valid" would not say what to do.
   */
  refusals: {
    sameRole: (role: string) => string;
    reactivateToPromote: string;
    adminToSuperAdmin: string;
    reactivateToSuperAdmin: string;
    alreadySuperAdmin: string;
    notSuperAdmin: string;
    alreadyActive: string;
    alreadyInactive: string;
    seatsInUse: (used: number) => string;
    groupNameTaken: (name: string) => string;
    unknownMembers: string;
    /** Your own account, when you are the last super admin: nobody else can do it. */
    lastSuperAdminSelf: string;
  };
  groupKinds: Record<GroupKind, string>;
  page: {
    tabs: string;
    agents: string;
    groups: string;
    /** Shown in place of a part of the page that failed to render, above "Retry". */
    failed: string;
  };
  table: {
    label: string;
    member: string;
    role: string;
    status: string;
    groups: string;
    date: string;
    actions: string;
    you: string;
    superAdmin: string;
    active: string;
    inactive: string;
    invited: string;
    expired: string;
    joined: (date: string) => string;
    invitedOn: (date: string) => string;
    expiredOn: (date: string) => string;
    noGroups: string;
    moreGroups: (count: number) => string;
    loading: string;
    empty: string;
    emptyFiltered: string;
    clearFilters: string;
    loadError: string;
    retry: string;
    loadingMore: string;
    count: (shown: number, total: number) => string;
    scrollRegion: string;
  };
  toolbar: {
    search: string;
    searchPlaceholder: string;
    roleFilter: string;
    statusFilter: string;
    allRoles: string;
    allStatuses: string;
    sortBy: (column: string) => string;
  };
  seats: {
    used: (used: number, limit: number) => string;
    addSeats: string;
  };
  actions: {
    menu: (name: string) => string;
    changeRoleTo: (role: string) => string;
    grantSuperAdmin: string;
    revokeSuperAdmin: string;
    deactivate: string;
    reactivate: string;
    remove: string;
    resend: string;
    cancelInvitation: string;
  };
  invite: {
    open: string;
    title: string;
    description: string;
    email: string;
    emailHint: string;
    role: string;
    emailRequired: string;
    emailInvalid: string;
    permissionsOf: (role: string) => string;
    submit: string;
    submitting: string;
    cancel: string;
    close: string;
    sent: (email: string) => string;
    resent: (email: string) => string;
  };
  roleChange: {
    title: (name: string) => string;
    fromTo: (from: string, to: string) => string;
    gained: string;
    lost: string;
    nothingChanges: string;
    superAdminLost: string;
    immediate: string;
    confirm: string;
    cancel: string;
    done: (name: string, role: string) => string;
  };
  confirm: {
    cancel: string;
    working: string;
    removeTitle: (name: string) => string;
    removeBody: string;
    removeConfirm: string;
    removed: (name: string) => string;
    deactivateTitle: (name: string) => string;
    deactivateBody: string;
    deactivateConfirm: string;
    deactivated: (name: string) => string;
    reactivateTitle: (name: string) => string;
    reactivateBody: string;
    reactivateConfirm: string;
    reactivated: (name: string) => string;
    cancelInvitationTitle: (email: string) => string;
    cancelInvitationBody: string;
    cancelInvitationConfirm: string;
    /** The cancel-invitation dialog's way out: "Cancel" beside "Cancel invitation" was ambiguous. */
    cancelInvitationKeep: string;
    invitationCancelled: (email: string) => string;
    grantTitle: (name: string) => string;
    grantBody: string;
    grantConfirm: string;
    granted: (name: string) => string;
    revokeTitle: (name: string) => string;
    revokeBody: string;
    revokeConfirm: string;
    revoked: (name: string) => string;
    rolledBack: string;
  };
  groups: {
    label: string;
    create: string;
    createTitle: string;
    name: string;
    kind: string;
    description: string;
    nameRequired: string;
    nameTooLong: string;
    nameInvalid: string;
    nameTaken: string;
    save: string;
    cancel: string;
    rename: string;
    renameTitle: (name: string) => string;
    remove: string;
    removeTitle: (name: string) => string;
    removeBody: string;
    removeConfirm: string;
    members: (count: number) => string;
    manageMembers: string;
    membersTitle: (name: string) => string;
    pickerSearch: string;
    pickerEmpty: string;
    addMember: (name: string) => string;
    removeMember: (name: string) => string;
    inGroup: string;
    notInGroup: string;
    done: string;
    readOnly: string;
    empty: string;
    loadError: string;
    created: (name: string) => string;
    renamed: (name: string) => string;
    deleted: (name: string) => string;
    memberAdded: (member: string, group: string) => string;
    memberRemoved: (member: string, group: string) => string;
    actions: (name: string) => string;
  };
}

export const en: Messages = {
  roles: { admin: 'Admin', cs: 'CS', viewer: 'Viewer' },
  roleSummaries: {
    admin: 'Full control: channels, settings, billing, groups and reports.',
    cs: 'Handles customer conversations, canned responses, tags and notes.',
    viewer: 'Read-only: reviews the team, analytics and other visible pages.',
  },
  permissions: {
    'team.view': 'View the team page',
    'conversations.handle': 'Handle conversations, canned responses, tags and notes',
    'customers.view': 'Customer information and history',
    'conversations.view': 'Conversations',
    'reports.view': 'Reports and analytics',
    'settings.manage': 'Channels, integrations, company settings and billing',
    'groups.manage': 'Create and manage groups',
    'members.manage': 'Invite and manage members (super admin)',
  },
  access: {
    full: 'full',
    assigned: 'assigned only',
    basic: 'basic',
    read: 'read-only',
    none: 'none',
  },
  errors: {
    unauthenticated: 'Your session has ended. Sign in again to continue.',
    forbidden: 'You do not have permission to do this. Ask a super admin.',
    not_found: 'This item no longer exists. Refresh to see the current team.',
    validation: 'Some fields are not valid. Correct them and try again.',
    no_seats: 'No seats are available. Add seats or free one first.',
    already_member: 'This person is already a member of the team.',
    already_invited: 'This address already has a pending invitation. Resend it instead.',
    self_action: 'You cannot change or remove your own account. Ask another super admin.',
    last_admin:
      'The team must keep at least one active super admin. Make another admin super admin first.',
    admin_cannot_be_deactivated:
      'Admins cannot be deactivated, only deleted. Change their role first.',
    invitation_expired: 'This invitation has expired. Resend it to revive it.',
    invitation_invalid: 'This invitation is no longer open.',
    conflict:
      'Someone else changed this in the meantime. The current state is shown; try again.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    network: 'The server could not be reached. Check the connection and try again.',
    invalid_response: 'The server answered with data that could not be read.',
    unknown: 'Something went wrong. Try again.',
  },
  refusals: {
    sameRole: (role) => `This member is already ${role}.`,
    reactivateToPromote: 'Reactivate this member before making them an admin.',
    adminToSuperAdmin:
      'Only admins can be super admins. Make this member an admin first.',
    reactivateToSuperAdmin: 'Reactivate this member before making them super admin.',
    alreadySuperAdmin: 'This member is already a super admin.',
    notSuperAdmin: 'This member is not a super admin.',
    alreadyActive: 'This member is already active.',
    alreadyInactive: 'This member is already deactivated.',
    seatsInUse: (used) =>
      `${used} seats are in use; free seats before lowering the limit.`,
    groupNameTaken: (name) => `A group named "${name}" already exists.`,
    unknownMembers:
      'Some of these people are not members of the team. Refresh and try again.',
    lastSuperAdminSelf:
      'You cannot change or remove your own account, and you are the last super admin. Make another admin super admin first.',
  },
  groupKinds: {
    department: 'Departments',
    expertise: 'Expertise',
    shift: 'Shifts',
    custom: 'Custom',
  },
  page: {
    tabs: 'Team',
    agents: 'Agents',
    groups: 'Groups',
    failed: 'Something went wrong while showing this part of the team page.',
  },
  table: {
    label: 'Team members and invitations',
    member: 'Member',
    role: 'Role',
    status: 'Status',
    groups: 'Groups',
    date: 'Joined',
    actions: 'Actions',
    you: 'You',
    superAdmin: 'Super admin',
    active: 'Active',
    inactive: 'Inactive',
    invited: 'Invited',
    expired: 'Expired',
    joined: (date) => `Joined ${date}`,
    invitedOn: (date) => `Invited ${date}`,
    expiredOn: (date) => `Expired ${date}`,
    noGroups: 'No groups',
    moreGroups: (count) => `+${count} more`,
    loading: 'Loading team members…',
    empty: 'No members yet. Invite your first team member.',
    emptyFiltered: 'No members match these filters.',
    clearFilters: 'Clear filters',
    loadError: 'The team could not be loaded.',
    retry: 'Try again',
    loadingMore: 'Loading more members…',
    count: (shown, total) => `${shown} of ${total} shown`,
    scrollRegion: 'Team members, scrollable',
  },
  toolbar: {
    search: 'Search members',
    searchPlaceholder: 'Search by name or email',
    roleFilter: 'Role',
    statusFilter: 'Status',
    allRoles: 'All roles',
    allStatuses: 'All statuses',
    sortBy: (column) => `Sort by ${column}`,
  },
  seats: {
    used: (used, limit) => `${used} of ${limit} seats used`,
    addSeats: 'Add seats',
  },
  actions: {
    menu: (name) => `Actions for ${name}`,
    changeRoleTo: (role) => `Change role to ${role}…`,
    grantSuperAdmin: 'Make super admin…',
    revokeSuperAdmin: 'Remove super admin…',
    deactivate: 'Deactivate…',
    reactivate: 'Reactivate…',
    remove: 'Delete member…',
    resend: 'Resend invitation',
    cancelInvitation: 'Cancel invitation…',
  },
  invite: {
    open: 'Invite team member',
    title: 'Invite a team member',
    description: 'One person at a time. They get an email with a link valid for 7 days.',
    email: 'Email address',
    emailHint: 'name@company.com',
    role: 'Role',
    emailRequired: 'Enter an email address.',
    emailInvalid: 'Enter a valid email address, like name@example.com.',
    permissionsOf: (role) => `What ${role} can do`,
    submit: 'Send invitation',
    submitting: 'Sending…',
    cancel: 'Cancel',
    close: 'Close',
    sent: (email) => `Invitation sent to ${email}.`,
    resent: (email) => `Invitation resent to ${email}.`,
  },
  roleChange: {
    title: (name) => `Change the role of ${name}`,
    fromTo: (from, to) => `${from} → ${to}`,
    gained: 'Gains',
    lost: 'Loses',
    nothingChanges: 'No permission changes.',
    superAdminLost: 'Their super admin rights are removed as well.',
    immediate: 'The change applies immediately, including in open sessions.',
    confirm: 'Change role',
    cancel: 'Cancel',
    done: (name, role) => `${name} is now ${role}.`,
  },
  confirm: {
    cancel: 'Cancel',
    working: 'Working…',
    removeTitle: (name) => `Delete ${name}?`,
    removeBody:
      'This is permanent. They lose access and leave every group. Their conversation history stays intact.',
    removeConfirm: 'Delete member',
    removed: (name) => `${name} was deleted from the team.`,
    deactivateTitle: (name) => `Deactivate ${name}?`,
    deactivateBody:
      'They lose access to the platform immediately and free their seat. You can reactivate them later.',
    deactivateConfirm: 'Deactivate',
    deactivated: (name) => `${name} was deactivated.`,
    reactivateTitle: (name) => `Reactivate ${name}?`,
    reactivateBody: 'They get their access back and take a seat again.',
    reactivateConfirm: 'Reactivate',
    reactivated: (name) => `${name} was reactivated.`,
    cancelInvitationTitle: (email) => `Cancel the invitation to ${email}?`,
    cancelInvitationBody: 'The link in their email stops working and the seat is freed.',
    cancelInvitationConfirm: 'Cancel invitation',
    cancelInvitationKeep: 'Keep invitation',
    invitationCancelled: (email) => `The invitation to ${email} was cancelled.`,
    grantTitle: (name) => `Make ${name} a super admin?`,
    grantBody: 'Super admins invite, change roles, deactivate and delete members.',
    grantConfirm: 'Make super admin',
    granted: (name) => `${name} is now a super admin.`,
    revokeTitle: (name) => `Remove super admin rights from ${name}?`,
    revokeBody: 'They stay an admin but can no longer manage members and invitations.',
    revokeConfirm: 'Remove super admin',
    revoked: (name) => `${name} is no longer a super admin.`,
    rolledBack: 'The change was undone.',
  },
  groups: {
    label: 'Groups',
    create: 'Create group',
    createTitle: 'Create a group',
    name: 'Name',
    kind: 'Kind',
    description: 'Description',
    nameRequired: 'Enter a group name.',
    nameTooLong: 'A group name can have at most 60 characters.',
    nameInvalid: 'A group name cannot contain < or > or invisible characters.',
    nameTaken: 'Another group already has this name.',
    save: 'Save',
    cancel: 'Cancel',
    rename: 'Rename…',
    renameTitle: (name) => `Rename ${name}`,
    remove: 'Delete…',
    removeTitle: (name) => `Delete the group ${name}?`,
    removeBody: 'Its members stay in the team; only the group goes.',
    removeConfirm: 'Delete group',
    members: (count) => (count === 1 ? '1 member' : `${count} members`),
    manageMembers: 'Members…',
    membersTitle: (name) => `Members of ${name}`,
    pickerSearch: 'Search people',
    pickerEmpty: 'Nobody matches.',
    addMember: (name) => `Add ${name}`,
    removeMember: (name) => `Remove ${name}`,
    inGroup: 'In this group',
    notInGroup: 'Not in this group',
    done: 'Done',
    readOnly: 'Only admins can change groups.',
    empty: 'No groups yet.',
    loadError: 'The groups could not be loaded.',
    created: (name) => `Group ${name} created.`,
    renamed: (name) => `Group renamed to ${name}.`,
    deleted: (name) => `Group ${name} deleted.`,
    memberAdded: (member, group) => `${member} added to ${group}.`,
    memberRemoved: (member, group) => `${member} removed from ${group}.`,
    actions: (name) => `Actions for group ${name}`,
  },
};
