import type { Invitation, Member, MemberSort, MemberStatus, Role } from '@fiko/team-sdk';
import type { ReactNode } from 'react';

/** One row of the agents table: a member, or an open invitation. */
export type AgentRow =
  | { kind: 'member'; id: string; member: Member }
  | { kind: 'invitation'; id: string; invitation: Invitation };

/** The built-in columns. `member` is always shown. */
export type AgentsColumnId = 'member' | 'role' | 'status' | 'groups' | 'date' | 'actions';

/** A column a host adds, shown before the actions column. */
export interface AgentsTableColumn {
  /** Unique among the columns; used as the cell's `data-column`. */
  id: string;
  header: ReactNode;
  cell: (row: AgentRow) => ReactNode;
}

/** A row action a host adds after the built-in ones. */
export interface AgentRowAction {
  id: string;
  label: string;
  onSelect: (row: AgentRow) => void;
  /** When set, the action is shown disabled with this reason. */
  disabledReason?: string;
}

/** Status filter: member statuses, plus the two states of an open invitation. */
export type AgentStatusFilter = MemberStatus | 'invited' | 'expired';

/** Search, filters and sort of the table. */
export interface AgentsQuery {
  search: string;
  role: Role | undefined;
  status: AgentStatusFilter | undefined;
  sort: Exclude<MemberSort, 'email'>;
  order: 'asc' | 'desc';
}

export const DEFAULT_AGENTS_QUERY: AgentsQuery = {
  search: '',
  role: undefined,
  status: undefined,
  sort: 'name',
  order: 'asc',
};
