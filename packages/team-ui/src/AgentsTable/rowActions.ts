import {
  can,
  checkCancelInvitation,
  checkRemoveMember,
  checkResendInvitation,
  checkRoleChange,
  checkSetActive,
  checkSuperAdminChange,
  type Invitation,
  type Member,
  ROLES,
  type Role,
  type Verdict,
} from '@fiko/team-sdk';
import type { Messages } from '../messages';
import { refusalText } from '../shared/errors';
import type { Facts } from '../shared/useFacts';

/** What a built-in row action opens or does. */
export type RowIntent =
  | { kind: 'role'; member: Member; role: Role }
  | { kind: 'superAdmin'; member: Member; superAdmin: boolean }
  | { kind: 'active'; member: Member; active: boolean }
  | { kind: 'remove'; member: Member }
  | { kind: 'resend'; invitation: Invitation }
  | { kind: 'cancel'; invitation: Invitation };

/** One entry of a row's actions menu. */
export interface MenuAction {
  id: string;
  label: string;
  /** Set when the rules refuse it: the item shows disabled with this reason. */
  refusal?: string;
  tone?: 'danger';
  intent: RowIntent;
}

function entry(
  id: string,
  label: string,
  verdict: Verdict,
  messages: Messages,
  intent: RowIntent,
  tone?: 'danger',
): MenuAction {
  const action: MenuAction = { id, label, intent, tone };
  if (!verdict.allowed) action.refusal = refusalText(verdict, messages);
  return action;
}

/** Whether rows have built-in actions for this actor: both lists are empty otherwise. */
export function hasBuiltInActions(facts: Facts): boolean {
  return can(facts.actor, 'members.manage');
}

/**
 * The member actions this actor may see, each checked by the SDK's rules.
 * A forbidden actor gets none: the menu is absent rather than all disabled.
 */
export function memberActions(member: Member, facts: Facts, messages: Messages) {
  if (!can(facts.actor, 'members.manage')) return [];
  const target = member;
  const base = {
    actor: facts.actor,
    target,
    activeSuperAdminCount: facts.activeSuperAdminCount,
  };
  const actions: MenuAction[] = [];

  for (const role of ROLES) {
    if (role === member.role) continue;
    actions.push(
      entry(
        `role-${role}`,
        messages.actions.changeRoleTo(messages.roles[role]),
        checkRoleChange({ ...base, role }),
        messages,
        { kind: 'role', member, role },
      ),
    );
  }

  if (member.role === 'admin') {
    const superAdmin = !member.superAdmin;
    actions.push(
      entry(
        superAdmin ? 'grant-super-admin' : 'revoke-super-admin',
        superAdmin ? messages.actions.grantSuperAdmin : messages.actions.revokeSuperAdmin,
        checkSuperAdminChange({ ...base, superAdmin }),
        messages,
        { kind: 'superAdmin', member, superAdmin },
      ),
    );
  }

  const active = member.status !== 'active';
  actions.push(
    entry(
      active ? 'reactivate' : 'deactivate',
      active ? messages.actions.reactivate : messages.actions.deactivate,
      checkSetActive({ ...base, active, seats: facts.seats }),
      messages,
      { kind: 'active', member, active },
    ),
  );

  actions.push(
    entry(
      'remove',
      messages.actions.remove,
      checkRemoveMember(base),
      messages,
      { kind: 'remove', member },
      'danger',
    ),
  );
  return actions;
}

/** Resend and cancel for an open invitation, when this actor manages invitations. */
export function invitationActions(
  invitation: Invitation,
  facts: Facts,
  messages: Messages,
) {
  if (!can(facts.actor, 'members.manage')) return [];
  return [
    entry(
      'resend',
      messages.actions.resend,
      checkResendInvitation({ actor: facts.actor, invitation, seats: facts.seats }),
      messages,
      { kind: 'resend', invitation },
    ),
    entry(
      'cancel',
      messages.actions.cancelInvitation,
      checkCancelInvitation({ actor: facts.actor, invitation }),
      messages,
      { kind: 'cancel', invitation },
      'danger',
    ),
  ];
}
