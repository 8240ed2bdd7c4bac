import type { Group, Invitation, Member } from '@fiko/team-sdk';
import { memo, type ReactNode } from 'react';
import type { Messages } from '../messages';
import { Avatar } from '../shared/Avatar';
import type { AgentRow, AgentsColumnId } from './types';

/** One column as the rows draw it. */
export interface CellSpec {
  id: string;
  render: (row: AgentRow, notice: string | undefined) => ReactNode;
}

/** What every row needs besides its own data; stable across rows for memoisation. */
export interface RowContext {
  messages: Messages;
  meId: string | undefined;
  groupsById: ReadonlyMap<string, Group>;
  formatDate: (iso: string) => string;
  formatFullDate: (iso: string) => string;
}

export interface AgentRowViewProps {
  row: AgentRow;
  /** 1-based, counting the header row, for `aria-rowindex`. */
  rowIndex: number;
  cells: readonly CellSpec[];
  notice: string | undefined;
  measure?: (element: HTMLTableRowElement | null) => void;
  /** Position in the virtual list, for the measuring element. */
  virtualIndex: number;
}

/** One table row: a member or an open invitation. */
export const AgentRowView = memo(function AgentRowView(props: AgentRowViewProps) {
  const { row } = props;

  return (
    <tr
      ref={props.measure}
      data-index={props.virtualIndex}
      aria-rowindex={props.rowIndex}
      data-slot="row"
      data-kind={row.kind}
      data-state={rowState(row)}
      data-row-id={row.id}
      className="fiko-row"
    >
      {props.cells.map((cell) => (
        <td key={cell.id} data-slot="cell" data-column={cell.id} className="fiko-cell">
          {cell.render(row, props.notice)}
        </td>
      ))}
    </tr>
  );
});

/** The built-in cell of a column. */
export function builtInCell(
  column: Exclude<AgentsColumnId, 'actions'>,
  context: RowContext,
): CellSpec['render'] {
  return (row, notice) => cellContent(column, row, context, notice);
}

function rowState(row: AgentRow) {
  if (row.kind === 'member') return row.member.status;
  return row.invitation.status === 'expired' ? 'expired' : 'invited';
}

function cellContent(
  column: Exclude<AgentsColumnId, 'actions'>,
  row: AgentRow,
  context: RowContext,
  notice: string | undefined,
): ReactNode {
  const { messages } = context;
  switch (column) {
    case 'member':
      return row.kind === 'member' ? (
        <MemberCell member={row.member} context={context} notice={notice} />
      ) : (
        <InvitationCell invitation={row.invitation} notice={notice} />
      );
    case 'role':
      return messages.roles[
        row.kind === 'member' ? row.member.role : row.invitation.role
      ];
    case 'status':
      return <StatusBadge row={row} messages={messages} />;
    case 'groups':
      return row.kind === 'member' ? (
        <GroupList member={row.member} context={context} />
      ) : null;
    case 'date':
      return <DateCell row={row} context={context} />;
  }
}

function MemberCell(props: { member: Member; context: RowContext; notice?: string }) {
  const { member, context } = props;
  const { messages } = context;

  return (
    <div data-slot="member" className="fiko-member">
      <Avatar name={member.name} muted={member.status !== 'active'} />
      <div data-slot="member-text" className="fiko-member-text">
        <span data-slot="member-name" className="fiko-member-name">
          {member.name}
          {member.id === context.meId ? (
            <span data-slot="you-badge" className="fiko-badge">
              {messages.table.you}
            </span>
          ) : null}
          {member.superAdmin ? (
            <span data-slot="super-admin-badge" className="fiko-badge fiko-badge-accent">
              {messages.table.superAdmin}
            </span>
          ) : null}
        </span>
        <span data-slot="member-email" className="fiko-member-email">
          {member.email}
        </span>
        {props.notice ? (
          <span data-slot="row-notice" className="fiko-error">
            {props.notice}
          </span>
        ) : null}
      </div>
    </div>
  );
}

function InvitationCell(props: { invitation: Invitation; notice?: string }) {
  const { invitation } = props;
  return (
    <div data-slot="member" className="fiko-member">
      <Avatar name={invitation.email} muted />
      <div data-slot="member-text" className="fiko-member-text">
        <span data-slot="member-email" className="fiko-member-name">
          {invitation.email}
        </span>
        {props.notice ? (
          <span data-slot="row-notice" className="fiko-error">
            {props.notice}
          </span>
        ) : null}
      </div>
    </div>
  );
}

function StatusBadge(props: { row: AgentRow; messages: Messages }) {
  const state = rowState(props.row);
  return (
    <span data-slot="status-badge" data-state={state} className="fiko-status">
      {props.messages.table[state]}
    </span>
  );
}

const GROUPS_SHOWN = 2;

function GroupList(props: { member: Member; context: RowContext }) {
  const { member, context } = props;
  const names = member.groupIds
    .map((id) => context.groupsById.get(id)?.name)
    .filter((name): name is string => name !== undefined);

  if (names.length === 0) {
    return (
      <span data-slot="groups-empty" className="fiko-muted">
        {context.messages.table.noGroups}
      </span>
    );
  }

  const rest = names.length - GROUPS_SHOWN;
  return (
    <span data-slot="groups" className="fiko-groups" title={names.join(', ')}>
      {names.slice(0, GROUPS_SHOWN).join(', ')}
      {rest > 0 ? ` ${context.messages.table.moreGroups(rest)}` : null}
    </span>
  );
}

function DateCell(props: { row: AgentRow; context: RowContext }) {
  const { row, context } = props;
  const { messages } = context;
  const iso = row.kind === 'member' ? row.member.joinedAt : row.invitation.invitedAt;
  const label =
    row.kind === 'member'
      ? messages.table.joined
      : row.invitation.status === 'expired'
        ? messages.table.expiredOn
        : messages.table.invitedOn;
  const shown =
    row.kind === 'invitation' && row.invitation.status === 'expired'
      ? row.invitation.expiresAt
      : iso;

  return (
    <time dateTime={shown} title={context.formatFullDate(shown)} data-slot="date">
      {label(context.formatDate(shown))}
    </time>
  );
}
