import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useId, useRef } from 'react';
import { useTeam } from '../provider/TeamProvider';
import { usePortalContainer } from '../shared/PortalContainer';
import { useRootProps } from '../shared/useRootProps';
import type { MenuAction } from './rowActions';
import type { AgentRow, AgentRowAction } from './types';

export interface RowActionsMenuProps {
  row: AgentRow;
  label: string;
  actions: MenuAction[];
  extra: AgentRowAction[];
  onAction: (action: MenuAction, trigger: HTMLElement | null) => void;
}

/** The "⋯" menu of a row: only what the rules allow, refusals disabled with their reason. */
export function RowActionsMenu(props: RowActionsMenuProps) {
  const { messages } = useTeam();
  const trigger = useRef<HTMLButtonElement>(null);
  const contentProps = useRootProps('row-actions-menu', 'fiko-menu');
  const container = usePortalContainer();

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button
          ref={trigger}
          type="button"
          data-slot="row-actions-trigger"
          className="fiko-icon-button"
          aria-label={messages.actions.menu(props.label)}
        >
          <span aria-hidden="true">⋯</span>
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content {...contentProps} align="end" sideOffset={4}>
          {props.actions.map((action) => (
            <MenuItem
              key={action.id}
              id={action.id}
              label={action.label}
              refusal={action.refusal}
              tone={action.tone}
              onSelect={() => props.onAction(action, trigger.current)}
            />
          ))}
          {props.extra.length > 0 && props.actions.length > 0 ? (
            <DropdownMenu.Separator
              data-slot="menu-separator"
              className="fiko-menu-separator"
            />
          ) : null}
          {props.extra.map((action) => (
            <MenuItem
              key={action.id}
              id={action.id}
              label={action.label}
              refusal={action.disabledReason}
              onSelect={() => action.onSelect(props.row)}
            />
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/**
 * A refused item stays focusable (aria-disabled, not `disabled`) so keyboard
 * and screen reader users reach it and hear why it is unavailable.
 */
function MenuItem(props: {
  id: string;
  label: string;
  refusal: string | undefined;
  tone?: 'danger';
  onSelect: () => void;
}) {
  const reasonId = useId();
  const refused = props.refusal !== undefined;

  return (
    <DropdownMenu.Item
      data-slot="menu-item"
      data-action={props.id}
      data-tone={props.tone}
      data-state={refused ? 'refused' : 'allowed'}
      className="fiko-menu-item"
      aria-disabled={refused || undefined}
      aria-describedby={refused ? reasonId : undefined}
      onSelect={(event) => {
        if (refused) {
          event.preventDefault();
          return;
        }
        props.onSelect();
      }}
    >
      <span data-slot="menu-item-label">{props.label}</span>
      {refused ? (
        <span
          id={reasonId}
          data-slot="menu-item-reason"
          className="fiko-menu-item-reason"
        >
          {props.refusal}
        </span>
      ) : null}
    </DropdownMenu.Item>
  );
}
