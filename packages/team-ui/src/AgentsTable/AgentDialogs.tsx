import type { RefObject } from 'react';
import {
  CancelInvitationConfirm,
  RemoveMemberConfirm,
  SetActiveConfirm,
  SuperAdminConfirm,
} from '../ConfirmDialogs/MemberConfirmDialogs';
import { RoleChangeConfirm } from '../RoleChangeConfirm/RoleChangeConfirm';
import type { RowIntent } from './rowActions';

export interface AgentDialogsProps {
  /** The last intent; kept while the dialog animates closed. */
  intent: RowIntent | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo: RefObject<HTMLElement | null>;
  onRefused: (rowId: string, reason: string) => void;
}

/** The one dialog the table shows at a time, for the action chosen in a row menu. */
export function AgentDialogs(props: AgentDialogsProps) {
  const { intent } = props;
  if (!intent || intent.kind === 'resend') return null;
  const shared = {
    open: props.open,
    onOpenChange: props.onOpenChange,
    returnFocusTo: props.returnFocusTo,
  };

  switch (intent.kind) {
    case 'role':
      return (
        <RoleChangeConfirm
          {...shared}
          member={intent.member}
          to={intent.role}
          onRefused={(member, reason) => props.onRefused(member.id, reason)}
        />
      );
    case 'superAdmin':
      return (
        <SuperAdminConfirm
          {...shared}
          member={intent.member}
          superAdmin={intent.superAdmin}
          onRefused={(reason) => props.onRefused(intent.member.id, reason)}
        />
      );
    case 'active':
      return (
        <SetActiveConfirm
          {...shared}
          member={intent.member}
          active={intent.active}
          onRefused={(reason) => props.onRefused(intent.member.id, reason)}
        />
      );
    case 'remove':
      return <RemoveMemberConfirm {...shared} member={intent.member} />;
    case 'cancel':
      return <CancelInvitationConfirm {...shared} invitation={intent.invitation} />;
  }
}
