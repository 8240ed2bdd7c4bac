import { ROLES, type Role } from '@fiko/team-sdk';
import { type Ref, useId } from 'react';
import { VISUALLY_HIDDEN } from '../provider/LiveRegion';
import { useTeam } from '../provider/TeamProvider';
import type { AgentStatusFilter, AgentsQuery } from './types';

const STATUS_FILTERS: AgentStatusFilter[] = ['active', 'inactive', 'invited', 'expired'];

export interface AgentsToolbarProps {
  query: AgentsQuery;
  onQueryChange: (query: AgentsQuery) => void;
  searchRef?: Ref<HTMLInputElement>;
}

/** Search by name or email, and filters by role and status. */
export function AgentsToolbar(props: AgentsToolbarProps) {
  const { messages } = useTeam();
  const { query, onQueryChange } = props;
  const ids = { search: useId(), role: useId(), status: useId() };

  return (
    <div data-slot="toolbar" className="fiko-toolbar">
      <div data-slot="search" className="fiko-search">
        <label htmlFor={ids.search} style={VISUALLY_HIDDEN}>
          {messages.toolbar.search}
        </label>
        <input
          ref={props.searchRef}
          id={ids.search}
          type="search"
          data-slot="search-input"
          className="fiko-input"
          placeholder={messages.toolbar.searchPlaceholder}
          value={query.search}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onQueryChange({ ...query, search: event.target.value })}
        />
      </div>
      <div data-slot="filter" className="fiko-filter">
        <label htmlFor={ids.role}>{messages.toolbar.roleFilter}</label>
        <select
          id={ids.role}
          data-slot="role-filter"
          className="fiko-select"
          value={query.role ?? ''}
          onChange={(event) =>
            onQueryChange({ ...query, role: (event.target.value || undefined) as Role })
          }
        >
          <option value="">{messages.toolbar.allRoles}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {messages.roles[role]}
            </option>
          ))}
        </select>
      </div>
      <div data-slot="filter" className="fiko-filter">
        <label htmlFor={ids.status}>{messages.toolbar.statusFilter}</label>
        <select
          id={ids.status}
          data-slot="status-filter"
          className="fiko-select"
          value={query.status ?? ''}
          onChange={(event) =>
            onQueryChange({
              ...query,
              status: (event.target.value || undefined) as AgentStatusFilter,
            })
          }
        >
          <option value="">{messages.toolbar.allStatuses}</option>
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {messages.table[status]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
