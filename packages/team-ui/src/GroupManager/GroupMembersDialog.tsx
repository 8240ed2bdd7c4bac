import type { Group, Member } from '@fiko/team-sdk';
import * as Dialog from '@radix-ui/react-dialog';
import {
  type RefObject,
  useDeferredValue,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTeam } from '../provider/TeamProvider';
import { useSetGroupMembers } from '../query/mutations';
import { useGroups, useMembers } from '../query/queries';
import { Avatar } from '../shared/Avatar';
import { DialogFooter, DialogFrame } from '../shared/DialogFrame';
import { useErrorText } from '../shared/errors';

export interface GroupMembersDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  group: Group;
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** People shown per search in the picker. */
const PICKER_SIZE = 50;

/**
 * Adds and removes a group's members: search the team, tick or untick each
 * person. Each change is saved at once and announced.
 */
export function GroupMembersDialog(props: GroupMembersDialogProps) {
  const { messages } = useTeam();
  const groups = useGroups();
  const group = groups.data?.find((item) => item.id === props.group.id) ?? props.group;

  return (
    <DialogFrame
      open={props.open}
      onOpenChange={props.onOpenChange}
      slot="group-members-dialog"
      title={messages.groups.membersTitle(group.name)}
      description={messages.groups.members(group.memberIds.length)}
      returnFocusTo={props.returnFocusTo}
    >
      {props.open ? <MemberPicker group={group} /> : null}
      <DialogFooter>
        <Dialog.Close asChild>
          <button
            type="button"
            className="fiko-button fiko-button-primary"
            data-slot="dialog-done"
          >
            {messages.groups.done}
          </button>
        </Dialog.Close>
      </DialogFooter>
    </DialogFrame>
  );
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

function MemberPicker(props: { group: Group }) {
  const { messages, announce } = useTeam();
  const errorText = useErrorText();
  const { group } = props;
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const searchId = useId();
  const listId = useId();
  const [error, setError] = useState<string>();
  const people = useMembers({ search: deferred || undefined, limit: PICKER_SIZE });
  const members = people.data?.pages[0]?.items ?? [];

  // Ticks show at once and are saved one request at a time: the next save
  // starts from the version the previous one returned, so quick ticks never
  // conflict with each other and none is dropped while a save is under way.
  const [draft, setDraft] = useState<string[] | null>(null);
  const unsaved = useRef<string[]>([]);
  const shown = draft ?? group.memberIds;
  const inGroup = new Set(shown);

  const mutation = useSetGroupMembers({
    onError: (failure) => {
      setDraft(null);
      unsaved.current = [];
      setError(errorText(failure));
      announce(errorText(failure));
    },
  });

  const saving = mutation.isPending;
  const { mutate } = mutation;
  useEffect(() => {
    if (!draft || saving) return;
    if (sameMembers(draft, group.memberIds)) {
      setDraft(null);
      return;
    }

    const done = unsaved.current;
    unsaved.current = [];
    mutate(
      { group, memberIds: draft },
      { onSuccess: () => done.length > 0 && announce(done.join(' ')) },
    );
  }, [draft, saving, group, mutate, announce]);

  function toggle(member: Member) {
    setError(undefined);
    const adding = !inGroup.has(member.id);
    setDraft(adding ? [...shown, member.id] : shown.filter((id) => id !== member.id));
    unsaved.current.push(
      adding
        ? messages.groups.memberAdded(member.name, group.name)
        : messages.groups.memberRemoved(member.name, group.name),
    );
  }

  return (
    <div data-slot="member-picker" className="fiko-picker">
      <label htmlFor={searchId} data-slot="label">
        {messages.groups.pickerSearch}
      </label>
      <input
        id={searchId}
        type="search"
        data-slot="picker-search"
        className="fiko-input"
        value={search}
        aria-controls={listId}
        autoComplete="off"
        onChange={(event) => setSearch(event.target.value)}
      />
      {error ? (
        <p role="alert" data-slot="picker-error" className="fiko-error">
          {error}
        </p>
      ) : null}
      <ul
        id={listId}
        data-slot="picker-list"
        className="fiko-picker-list"
        aria-busy={people.isFetching || saving || undefined}
      >
        {members.length === 0 && !people.isPending ? (
          <li data-slot="picker-empty" className="fiko-muted">
            {messages.groups.pickerEmpty}
          </li>
        ) : null}
        {members.map((member) => (
          <PickerOption
            key={member.id}
            member={member}
            checked={inGroup.has(member.id)}
            onToggle={() => toggle(member)}
          />
        ))}
      </ul>
    </div>
  );
}

function PickerOption(props: { member: Member; checked: boolean; onToggle: () => void }) {
  const id = useId();
  const { member } = props;
  return (
    <li
      data-slot="picker-option"
      data-state={props.checked ? 'checked' : 'unchecked'}
      className="fiko-picker-option"
    >
      <input id={id} type="checkbox" checked={props.checked} onChange={props.onToggle} />
      <label htmlFor={id} className="fiko-member">
        <Avatar name={member.name} />
        <span className="fiko-member-text">
          <span className="fiko-member-name">{member.name}</span>
          <span className="fiko-member-email">{member.email}</span>
        </span>
      </label>
    </li>
  );
}
