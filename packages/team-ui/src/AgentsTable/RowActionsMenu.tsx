import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import {
  type CSSProperties,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
  useId,
  useRef,
  useState,
} from 'react';
import { useTeam } from '../provider/TeamProvider';
import { usePortalContainer } from '../shared/PortalContainer';
import { useRootProps } from '../shared/useRootProps';
import type { MenuAction } from './rowActions';
import type { AgentRow, AgentRowAction } from './types';

export interface RowActionsMenuProps {
  row: AgentRow;
  label: string;
  /** The built-in actions, checked when the menu opens. */
  actions: () => MenuAction[];
  extra: AgentRowAction[];
  onAction: (action: MenuAction, trigger: HTMLElement | null) => void;
}

/** How the menu was opened: from the keyboard it lands on its first item. */
type Opened = 'keyboard' | 'pointer';

const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown']);
const WRAPPER_STYLE: CSSProperties = { position: 'relative', display: 'inline-flex' };
const ANCHOR_STYLE: CSSProperties = {
  position: 'absolute',
  inset: 0,
  pointerEvents: 'none',
};

/**
 * The "⋯" menu of a row: only what the rules allow, refusals disabled with
 * their reason. The trigger is a plain button; the menu itself mounts only
 * while it is open, since a menu per row made long tables slow to draw and
 * to scroll.
 */
export function RowActionsMenu(props: RowActionsMenuProps) {
  const { messages } = useTeam();
  const trigger = useRef<HTMLButtonElement>(null);
  const triggerId = useId();
  const [opened, setOpened] = useState<Opened>();

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0 || event.ctrlKey) return;
    // Keeps focus on the trigger, as a menu button does.
    event.preventDefault();
    setOpened((current) => (current ? undefined : 'pointer'));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!OPEN_KEYS.has(event.key)) return;
    event.preventDefault();
    setOpened('keyboard');
  };
  // Assistive technologies may activate the button with a click alone.
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (event.detail === 0) setOpened('keyboard');
  };

  return (
    <span data-slot="row-actions" style={WRAPPER_STYLE}>
      <button
        ref={trigger}
        id={triggerId}
        type="button"
        data-slot="row-actions-trigger"
        data-state={opened ? 'open' : 'closed'}
        className="fiko-icon-button"
        aria-label={messages.actions.menu(props.label)}
        aria-haspopup="menu"
        aria-expanded={opened !== undefined}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {opened ? (
        <OpenMenu
          {...props}
          opened={opened}
          trigger={trigger}
          triggerId={triggerId}
          onClose={() => setOpened(undefined)}
        />
      ) : null}
    </span>
  );
}

/**
 * The open menu, anchored to an unfocusable twin laid over the trigger, so
 * that mounting it leaves the trigger element (and the focus on it) alone.
 */
function OpenMenu(
  props: RowActionsMenuProps & {
    opened: Opened;
    trigger: RefObject<HTMLButtonElement | null>;
    triggerId: string;
    onClose: () => void;
  },
) {
  const contentProps = useRootProps('row-actions-menu', 'fiko-menu');
  const container = usePortalContainer();
  const interactedOutside = useRef(false);
  const { trigger } = props;
  const actions = props.actions();

  return (
    <DropdownMenu.Root
      open
      modal={false}
      onOpenChange={(open) => {
        if (!open) props.onClose();
      }}
    >
      <DropdownMenu.Trigger asChild>
        <span aria-hidden="true" data-slot="row-actions-anchor" style={ANCHOR_STYLE} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content
          {...contentProps}
          aria-labelledby={props.triggerId}
          align="end"
          sideOffset={4}
          ref={props.opened === 'keyboard' ? focusFirstItem : undefined}
          onInteractOutside={(event) => {
            // The trigger's own press closes the menu; dismissing first would reopen it.
            if (trigger.current?.contains(event.target as Node)) event.preventDefault();
            else interactedOutside.current = true;
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (!interactedOutside.current) trigger.current?.focus();
          }}
        >
          {actions.map((action) => (
            <MenuItem
              key={action.id}
              id={action.id}
              label={action.label}
              refusal={action.refusal}
              tone={action.tone}
              onSelect={() => props.onAction(action, trigger.current)}
            />
          ))}
          {props.extra.length > 0 && actions.length > 0 ? (
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
 * Opened from the keyboard, the menu lands on its first item. Focusing it as
 * the menu attaches, before the menu's own focus scope settles, keeps it
 * there: the scope moves focus only when it is outside the menu.
 */
function focusFirstItem(content: HTMLDivElement | null) {
  content
    ?.querySelector<HTMLElement>('[role="menuitem"]')
    ?.focus({ preventScroll: true });
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
