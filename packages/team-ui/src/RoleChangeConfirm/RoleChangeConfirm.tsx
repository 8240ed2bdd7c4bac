import {
  checkRoleChange,
  type Member,
  type PermissionChange,
  permissionDifference,
  type Role,
} from '@fiko/team-sdk';
import type { RefObject } from 'react';
import { useTeam } from '../provider/TeamProvider';
import { useChangeRole } from '../query/mutations';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useErrorText, useRefusalText } from '../shared/errors';
import { useMemberLabel } from '../shared/memberLabel';
import { useFacts } from '../shared/useFacts';

export interface RoleChangeConfirmProps {
  /** The member whose role changes. */
  member: Member;
  /** The role they get. */
  to: Role;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where focus returns on close. Defaults to the dialog trigger, if any. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** Called when the backend accepted the change. */
  onChanged?: (member: Member) => void;
  /**
   * Called with the localized reason when the backend refused and the
   * optimistic change was undone.
   */
  onRefused?: (member: Member, reason: string) => void;
  className?: string;
}

/**
 * Confirms a role change: from and to, the permissions gained and lost, and
 * that it applies at once. A change the rules refuse says why and cannot go on.
 */
export function RoleChangeConfirm(props: RoleChangeConfirmProps) {
  const { member, to: role } = props;
  const { messages, announce } = useTeam();
  const facts = useFacts();
  const refusalText = useRefusalText();
  const errorText = useErrorText();
  const name = useMemberLabel()(member);

  const mutation = useChangeRole({
    onSuccess: (changed) => {
      announce(messages.roleChange.done(name, messages.roles[changed.role]));
      props.onChanged?.(changed);
    },
    onError: (error) => {
      const reason = `${errorText(error)} ${messages.confirm.rolledBack}`;
      announce(reason);
      props.onRefused?.(member, reason);
    },
  });

  const verdict = facts
    ? checkRoleChange({
        actor: facts.actor,
        target: member,
        role,
        activeSuperAdminCount: facts.activeSuperAdminCount,
      })
    : undefined;
  const refusal = verdict && !verdict.allowed ? refusalText(verdict) : undefined;

  function confirm() {
    mutation.mutate({ member, role });
    props.onOpenChange(false);
  }

  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      slot="role-change-confirm"
      className={props.className}
      title={messages.roleChange.title(name)}
      description={messages.roleChange.immediate}
      confirmLabel={messages.roleChange.confirm}
      onConfirm={confirm}
      refusal={refusal}
      waiting={!verdict}
      returnFocusTo={props.returnFocusTo}
    >
      <p data-slot="role-change-summary" className="fiko-role-change">
        {messages.roleChange.fromTo(messages.roles[member.role], messages.roles[role])}
      </p>
      <PermissionDifference member={member} role={role} />
    </ConfirmDialog>
  );
}

function PermissionDifference(props: { member: Member; role: Role }) {
  const { messages } = useTeam();
  const { member, role } = props;
  const after = { role, superAdmin: role === 'admin' && member.superAdmin };
  const { gained, lost } = permissionDifference(member, after);
  const losesSuperAdmin = member.superAdmin && !after.superAdmin;

  if (gained.length === 0 && lost.length === 0) {
    return <p data-slot="permission-difference">{messages.roleChange.nothingChanges}</p>;
  }

  return (
    <div data-slot="permission-difference" className="fiko-permission-difference">
      <ChangeList kind="gained" title={messages.roleChange.gained} changes={gained} />
      <ChangeList kind="lost" title={messages.roleChange.lost} changes={lost} />
      {losesSuperAdmin ? <p>{messages.roleChange.superAdminLost}</p> : null}
    </div>
  );
}

function ChangeList(props: {
  kind: 'gained' | 'lost';
  title: string;
  changes: PermissionChange[];
}) {
  const { messages } = useTeam();
  if (props.changes.length === 0) return null;

  return (
    <section data-slot={`permissions-${props.kind}`} data-state={props.kind}>
      <h3 className="fiko-subheading">{props.title}</h3>
      <ul>
        {props.changes.map((change) => (
          <li key={change.permission}>
            {messages.permissions[change.permission]}
            {': '}
            {messages.access[change.from]} → {messages.access[change.to]}
          </li>
        ))}
      </ul>
    </section>
  );
}
