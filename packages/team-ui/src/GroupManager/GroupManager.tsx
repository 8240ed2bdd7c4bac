import { can, GROUP_KINDS, type Group, type GroupKind } from '@fiko/team-sdk';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { type RefObject, useCallback, useRef, useState } from 'react';
import { useTeam } from '../provider/TeamProvider';
import { useDeleteGroup } from '../query/mutations';
import { useGroups, useMe } from '../query/queries';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useErrorText } from '../shared/errors';
import { type HeadingLevel, headingTag } from '../shared/heading';
import { PartBoundary } from '../shared/PartBoundary';
import { PortalContainerContext, usePortalContainer } from '../shared/PortalContainer';
import { FocusFallbackContext, useFocusRescue } from '../shared/useFocusRescue';
import { useRootProps } from '../shared/useRootProps';
import { GroupFormDialog } from './GroupFormDialog';
import { GroupMembersDialog } from './GroupMembersDialog';

export interface GroupManagerProps {
  /**
   * Rank of the headings of the kinds of groups (Departments, Shifts…): one
   * below the heading the manager sits under. Defaults to `2`.
   */
  headingLevel?: HeadingLevel;
  className?: string;
}

type GroupIntent =
  | { kind: 'create' }
  | { kind: 'rename'; group: Group }
  | { kind: 'members'; group: Group }
  | { kind: 'delete'; group: Group };

/**
 * The team's groups by kind, with member counts. Admins create, rename and
 * delete groups and pick their members; everyone else reads.
 */
export function GroupManager(props: GroupManagerProps) {
  const { messages } = useTeam();
  const rootProps = useRootProps('group-manager', props.className);
  const groups = useGroups();
  const me = useMe();
  const editable = me.data ? can(me.data.member, 'groups.manage') : false;
  const [intent, setIntent] = useState<GroupIntent>();
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const returnPlace = useRef<GroupPlace>(undefined);
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const rootElement = useRef<HTMLElement | null>(null);
  const { ref: rescueRef, rescue } = useFocusRescue<GroupPlace>({
    placeOf: groupPlace,
    fallback: (place) => groupFallback(rootElement.current, place),
  });
  const setRoots = useCallback(
    (element: HTMLElement | null) => {
      rootElement.current = element;
      setRoot(element);
      rescueRef(element);
    },
    [rescueRef],
  );
  const fallbackFocus = useCallback(() => rescue(returnPlace.current), [rescue]);

  function start(next: GroupIntent, trigger: HTMLElement | null) {
    returnFocus.current = trigger;
    returnPlace.current = trigger ? groupPlace(trigger) : undefined;
    setIntent(next);
    setOpen(true);
  }

  return (
    <div {...rootProps} ref={setRoots}>
      <PortalContainerContext.Provider value={root}>
        <div data-slot="group-header" className="fiko-table-header">
          {editable ? (
            <button
              type="button"
              data-slot="create-group"
              className="fiko-button fiko-button-primary"
              onClick={(event) => start({ kind: 'create' }, event.currentTarget)}
            >
              {messages.groups.create}
            </button>
          ) : me.data ? (
            <p data-slot="read-only-note" className="fiko-hint">
              {messages.groups.readOnly}
            </p>
          ) : null}
        </div>
        <PartBoundary>
          <GroupList
            groups={groups}
            headingLevel={props.headingLevel ?? 2}
            editable={editable}
            onIntent={(next, trigger) => start(next, trigger)}
          />
        </PartBoundary>
        <FocusFallbackContext.Provider value={fallbackFocus}>
          <GroupDialogs
            intent={intent}
            open={open}
            onOpenChange={setOpen}
            groups={groups.data ?? []}
            returnFocus={returnFocus}
          />
        </FocusFallbackContext.Provider>
      </PortalContainerContext.Provider>
    </div>
  );
}

/** Where a focused control of the manager stands: its group, among all in order. */
type GroupPlace = { id: string; order: string[] } | undefined;

function groupPlace(element: HTMLElement): GroupPlace {
  const item = element.closest<HTMLElement>('[data-slot="group"]');
  const root = element.closest<HTMLElement>('[data-slot="group-manager"]');
  if (!item?.dataset.groupId || !root) return undefined;
  const order = [...root.querySelectorAll<HTMLElement>('[data-slot="group"]')].map(
    (group) => group.dataset.groupId ?? '',
  );
  return { id: item.dataset.groupId, order };
}

/**
 * What takes focus when a group's control is gone (the group was deleted):
 * the next group's actions, else the previous one's, else "Create group".
 */
function groupFallback(root: HTMLElement | null, place: GroupPlace) {
  if (!root || !place) return undefined;
  const at = place.order.indexOf(place.id);
  const candidates = [
    place.id,
    ...place.order.slice(at + 1),
    ...place.order.slice(0, Math.max(at, 0)).reverse(),
  ];
  const triggers = new Map<string, HTMLElement>();
  for (const item of root.querySelectorAll<HTMLElement>('[data-slot="group"]')) {
    const trigger = item.querySelector<HTMLElement>(
      '[data-slot="group-actions-trigger"]',
    );
    if (trigger && item.dataset.groupId) triggers.set(item.dataset.groupId, trigger);
  }
  for (const id of candidates) {
    const trigger = triggers.get(id);
    if (trigger) return trigger;
  }
  return root.querySelector<HTMLElement>('[data-slot="create-group"]') ?? undefined;
}

function GroupList(props: {
  groups: ReturnType<typeof useGroups>;
  headingLevel: HeadingLevel;
  editable: boolean;
  onIntent: (intent: GroupIntent, trigger: HTMLElement | null) => void;
}) {
  const { messages } = useTeam();
  const { groups } = props;

  if (groups.isPending) {
    return (
      <p data-slot="groups-loading" className="fiko-muted" aria-busy="true">
        {messages.table.loading}
      </p>
    );
  }
  if (groups.isError) {
    return (
      <div role="alert" data-slot="groups-error" className="fiko-message">
        <p>{messages.groups.loadError}</p>
        <button
          type="button"
          className="fiko-button"
          onClick={() => void groups.refetch()}
        >
          {messages.table.retry}
        </button>
      </div>
    );
  }
  if (groups.data.length === 0) {
    return (
      <p data-slot="groups-empty" className="fiko-message">
        {messages.groups.empty}
      </p>
    );
  }

  return (
    <>
      {GROUP_KINDS.map((kind) => (
        <KindSection
          key={kind}
          kind={kind}
          groups={groups.data.filter((group) => group.kind === kind)}
          headingLevel={props.headingLevel}
          editable={props.editable}
          onIntent={props.onIntent}
        />
      ))}
    </>
  );
}

function KindSection(props: {
  kind: GroupKind;
  groups: Group[];
  headingLevel: HeadingLevel;
  editable: boolean;
  onIntent: (intent: GroupIntent, trigger: HTMLElement | null) => void;
}) {
  const { messages } = useTeam();
  if (props.groups.length === 0) return null;
  const headingId = `fiko-groups-${props.kind}`;
  const Heading = headingTag(props.headingLevel);

  return (
    <section data-slot="group-kind" data-kind={props.kind} aria-labelledby={headingId}>
      <Heading id={headingId} data-slot="group-kind-heading" className="fiko-subheading">
        {messages.groupKinds[props.kind]}
      </Heading>
      <ul data-slot="group-list" className="fiko-group-list">
        {props.groups.map((group) => (
          <li
            key={group.id}
            data-slot="group"
            data-group-id={group.id}
            className="fiko-group"
          >
            <div data-slot="group-text" className="fiko-member-text">
              <span data-slot="group-name" className="fiko-member-name">
                {group.name}
              </span>
              {group.description ? (
                <span data-slot="group-description" className="fiko-member-email">
                  {group.description}
                </span>
              ) : null}
            </div>
            <span data-slot="group-count" className="fiko-muted">
              {messages.groups.members(group.memberIds.length)}
            </span>
            {props.editable ? (
              <GroupActions group={group} onIntent={props.onIntent} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function GroupActions(props: {
  group: Group;
  onIntent: (intent: GroupIntent, trigger: HTMLElement | null) => void;
}) {
  const { messages } = useTeam();
  const trigger = useRef<HTMLButtonElement>(null);
  const contentProps = useRootProps('group-actions-menu', 'fiko-menu');
  const container = usePortalContainer();
  const { group } = props;
  const items: Array<[string, string, GroupIntent]> = [
    ['members', messages.groups.manageMembers, { kind: 'members', group }],
    ['rename', messages.groups.rename, { kind: 'rename', group }],
    ['delete', messages.groups.remove, { kind: 'delete', group }],
  ];

  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button
          ref={trigger}
          type="button"
          data-slot="group-actions-trigger"
          className="fiko-icon-button"
          aria-label={messages.groups.actions(group.name)}
        >
          <span aria-hidden="true">⋯</span>
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content {...contentProps} align="end" sideOffset={4}>
          {items.map(([id, label, intent]) => (
            <DropdownMenu.Item
              key={id}
              data-slot="menu-item"
              data-action={id}
              data-tone={id === 'delete' ? 'danger' : undefined}
              className="fiko-menu-item"
              onSelect={() => props.onIntent(intent, trigger.current)}
            >
              {label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

function GroupDialogs(props: {
  intent: GroupIntent | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  groups: readonly Group[];
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const { intent } = props;
  if (!intent) return null;
  const shared = {
    open: props.open,
    onOpenChange: props.onOpenChange,
    returnFocusTo: props.returnFocus,
  };

  switch (intent.kind) {
    case 'create':
      return <GroupFormDialog {...shared} groups={props.groups} />;
    case 'rename':
      return <GroupFormDialog {...shared} group={intent.group} groups={props.groups} />;
    case 'members':
      return <GroupMembersDialog {...shared} group={intent.group} />;
    case 'delete':
      return <DeleteGroupConfirm {...shared} group={intent.group} />;
  }
}

function DeleteGroupConfirm(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  group: Group;
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  const { messages, announce } = useTeam();
  const errorText = useErrorText();
  const mutation = useDeleteGroup({
    onSuccess: (group) => {
      announce(messages.groups.deleted(group.name));
      props.onOpenChange(false);
    },
  });

  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={(open) => {
        if (!open) mutation.reset();
        props.onOpenChange(open);
      }}
      slot="delete-group-confirm"
      tone="danger"
      title={messages.groups.removeTitle(props.group.name)}
      description={messages.groups.removeBody}
      confirmLabel={messages.groups.removeConfirm}
      onConfirm={() => mutation.mutate(props.group)}
      error={mutation.error ? errorText(mutation.error) : undefined}
      pending={mutation.isPending}
      returnFocusTo={props.returnFocusTo}
    />
  );
}
