import {
  checkCancelInvitation,
  checkRemoveMember,
  checkSetActive,
  checkSuperAdminChange,
  type Invitation,
  type Member,
  type Verdict,
} from '@fiko/team-sdk';
import type { RefObject } from 'react';
import { useTeam } from '../provider/TeamProvider';
import {
  useCancelInvitation,
  useRemoveMember,
  useSetActive,
  useSetSuperAdmin,
} from '../query/mutations';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useErrorText, useRefusalText } from '../shared/errors';
import { useMemberLabel } from '../shared/memberLabel';
import { type Facts, useFacts } from '../shared/useFacts';

/** Props every confirm dialog of a member or an invitation shares. */
export interface ConfirmProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where focus returns on close. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  /** Called with the localized reason when the backend refused. */
  onRefused?: (reason: string) => void;
  /** Called after the backend accepted the change. */
  onDone?: () => void;
  className?: string;
}

function useRefusal(check: (facts: Facts) => Verdict) {
  const facts = useFacts();
  const refusalText = useRefusalText();
  if (!facts) return { ready: false, refusal: undefined };
  const verdict = check(facts);
  return { ready: true, refusal: verdict.allowed ? undefined : refusalText(verdict) };
}

/**
 * Outcome of a change confirmed and then waited for: the dialog closes only
 * once the backend accepted it, and a refusal stays in the dialog.
 */
function useConfirmedOutcome(props: ConfirmProps, done: string) {
  const { announce } = useTeam();
  const errorText = useErrorText();

  return {
    onSuccess: () => {
      announce(done);
      props.onOpenChange(false);
      props.onDone?.();
    },
    onError: (error: unknown) => announce(errorText(error)),
  };
}

/**
 * Outcome of a change applied optimistically: the dialog has already closed,
 * so a refusal is announced with the rollback and handed to the host.
 */
function useOptimisticOutcome(props: ConfirmProps, done: string) {
  const { messages, announce } = useTeam();
  const errorText = useErrorText();

  return {
    onSuccess: () => {
      announce(done);
      props.onDone?.();
    },
    onError: (error: unknown) => {
      const reason = `${errorText(error)} ${messages.confirm.rolledBack}`;
      announce(reason);
      props.onRefused?.(reason);
    },
  };
}

/** Confirms deleting a member for good; their conversation history stays. */
export function RemoveMemberConfirm(props: ConfirmProps & { member: Member }) {
  const { member } = props;
  const { messages } = useTeam();
  const name = useMemberLabel()(member);
  const errorText = useErrorText();
  const { ready, refusal } = useRefusal((facts) =>
    checkRemoveMember({ ...facts, target: member }),
  );
  const mutation = useRemoveMember(
    useConfirmedOutcome(props, messages.confirm.removed(name)),
  );

  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={(open) => {
        if (!open) mutation.reset();
        props.onOpenChange(open);
      }}
      slot="remove-member-confirm"
      className={props.className}
      tone="danger"
      title={messages.confirm.removeTitle(name)}
      description={messages.confirm.removeBody}
      confirmLabel={messages.confirm.removeConfirm}
      onConfirm={() => mutation.mutate(member)}
      refusal={refusal}
      error={mutation.error ? errorText(mutation.error) : undefined}
      pending={mutation.isPending}
      waiting={!ready}
      returnFocusTo={props.returnFocusTo}
    />
  );
}

/** Confirms deactivating (or reactivating) a member; applied at once, undone if refused. */
export function SetActiveConfirm(
  props: ConfirmProps & { member: Member; active: boolean },
) {
  const { member, active } = props;
  const { messages } = useTeam();
  const name = useMemberLabel()(member);
  const { ready, refusal } = useRefusal((facts) =>
    checkSetActive({ ...facts, target: member, active }),
  );
  const done = active ? messages.confirm.reactivated : messages.confirm.deactivated;
  const mutation = useSetActive(useOptimisticOutcome(props, done(name)));
  const text = active
    ? {
        title: messages.confirm.reactivateTitle(name),
        body: messages.confirm.reactivateBody,
        confirm: messages.confirm.reactivateConfirm,
      }
    : {
        title: messages.confirm.deactivateTitle(name),
        body: messages.confirm.deactivateBody,
        confirm: messages.confirm.deactivateConfirm,
      };

  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      slot={active ? 'reactivate-confirm' : 'deactivate-confirm'}
      className={props.className}
      tone={active ? 'default' : 'danger'}
      title={text.title}
      description={text.body}
      confirmLabel={text.confirm}
      onConfirm={() => {
        mutation.mutate({ member, active });
        props.onOpenChange(false);
      }}
      refusal={refusal}
      waiting={!ready}
      returnFocusTo={props.returnFocusTo}
    />
  );
}

/** Confirms granting or revoking super admin rights; applied at once, undone if refused. */
export function SuperAdminConfirm(
  props: ConfirmProps & { member: Member; superAdmin: boolean },
) {
  const { member, superAdmin } = props;
  const { messages } = useTeam();
  const name = useMemberLabel()(member);
  const { ready, refusal } = useRefusal((facts) =>
    checkSuperAdminChange({ ...facts, target: member, superAdmin }),
  );
  const done = superAdmin ? messages.confirm.granted : messages.confirm.revoked;
  const mutation = useSetSuperAdmin(useOptimisticOutcome(props, done(name)));
  const text = superAdmin
    ? {
        title: messages.confirm.grantTitle(name),
        body: messages.confirm.grantBody,
        confirm: messages.confirm.grantConfirm,
      }
    : {
        title: messages.confirm.revokeTitle(name),
        body: messages.confirm.revokeBody,
        confirm: messages.confirm.revokeConfirm,
      };

  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      slot={superAdmin ? 'grant-super-admin-confirm' : 'revoke-super-admin-confirm'}
      className={props.className}
      title={text.title}
      description={text.body}
      confirmLabel={text.confirm}
      onConfirm={() => {
        mutation.mutate({ member, superAdmin });
        props.onOpenChange(false);
      }}
      refusal={refusal}
      waiting={!ready}
      returnFocusTo={props.returnFocusTo}
    />
  );
}

/** Confirms cancelling an open invitation; the seat is freed. */
export function CancelInvitationConfirm(
  props: ConfirmProps & { invitation: Invitation },
) {
  const { invitation } = props;
  const { messages } = useTeam();
  const errorText = useErrorText();
  const { ready, refusal } = useRefusal((facts) =>
    checkCancelInvitation({ actor: facts.actor, invitation }),
  );
  const mutation = useCancelInvitation(
    useConfirmedOutcome(props, messages.confirm.invitationCancelled(invitation.email)),
  );

  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={(open) => {
        if (!open) mutation.reset();
        props.onOpenChange(open);
      }}
      slot="cancel-invitation-confirm"
      className={props.className}
      tone="danger"
      title={messages.confirm.cancelInvitationTitle(invitation.email)}
      description={messages.confirm.cancelInvitationBody}
      confirmLabel={messages.confirm.cancelInvitationConfirm}
      cancelLabel={messages.confirm.cancelInvitationKeep}
      onConfirm={() => mutation.mutate(invitation)}
      refusal={refusal}
      error={mutation.error ? errorText(mutation.error) : undefined}
      pending={mutation.isPending}
      waiting={!ready}
      returnFocusTo={props.returnFocusTo}
    />
  );
}
