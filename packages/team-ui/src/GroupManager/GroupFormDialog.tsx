import {
  checkCreateGroup,
  GROUP_KINDS,
  type Group,
  type GroupKind,
  GroupNameSchema,
  LIMITS,
  type TeamError,
} from '@fiko/team-sdk';
import { type FormEvent, type RefObject, useId, useRef, useState } from 'react';
import type { Messages } from '../messages';
import { useTeam } from '../provider/TeamProvider';
import { useCreateGroup, useUpdateGroup } from '../query/mutations';
import { DialogCancel, DialogFooter, DialogFrame } from '../shared/DialogFrame';
import { useErrorText } from '../shared/errors';
import { unavailableProps } from '../shared/unavailable';
import { useFacts } from '../shared/useFacts';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';

export interface GroupFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The group to rename; a new group when absent. */
  group?: Group;
  groups: readonly Group[];
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** Creates a group, or renames and re-describes one. */
export function GroupFormDialog(props: GroupFormDialogProps) {
  const { messages } = useTeam();
  const title = props.group
    ? messages.groups.renameTitle(props.group.name)
    : messages.groups.createTitle;

  return (
    <DialogFrame
      open={props.open}
      onOpenChange={props.onOpenChange}
      slot="group-form-dialog"
      title={title}
      returnFocusTo={props.returnFocusTo}
    >
      {props.open ? (
        <GroupForm
          group={props.group}
          groups={props.groups}
          onDone={() => props.onOpenChange(false)}
        />
      ) : null}
    </DialogFrame>
  );
}

function nameError(name: string, messages: Messages): string | undefined {
  const result = GroupNameSchema.safeParse(name);
  if (result.success) return undefined;
  if (name.trim() === '') return messages.groups.nameRequired;
  if (name.trim().length > LIMITS.groupNameLength) return messages.groups.nameTooLong;
  return messages.groups.nameInvalid;
}

function GroupForm(props: {
  group?: Group;
  groups: readonly Group[];
  onDone: () => void;
}) {
  const { messages, announce } = useTeam();
  const facts = useFacts();
  const errorText = useErrorText();
  const [name, setName] = useState(props.group?.name ?? '');
  const [kind, setKind] = useState<GroupKind>(props.group?.kind ?? 'department');
  const [description, setDescription] = useState(props.group?.description ?? '');
  const [errors, setErrors] = useState<{ name?: string; form?: string }>({});
  const ids = { name: useId(), nameError: useId(), kind: useId(), description: useId() };
  const nameInput = useRef<HTMLInputElement>(null);
  const formError = useRef<HTMLParagraphElement>(null);
  const focus = useFocusAfterRender();

  // Focus goes to what is wrong, as in the invite dialog: the name field,
  // described by its error, or the form's error, an alert.
  function show(next: { name?: string; form?: string }) {
    setErrors(next);
    if (next.name) focus(nameInput);
    else if (next.form) focus(formError);
  }

  const onError = (error: TeamError) => {
    if (error.code === 'validation' && error.fields?.name) {
      show({ name: messages.groups.nameTaken });
    } else show({ form: errorText(error) });
  };
  const create = useCreateGroup({
    onSuccess: (group) => {
      announce(messages.groups.created(group.name));
      props.onDone();
    },
    onError,
  });
  const update = useUpdateGroup({
    onSuccess: (group) => {
      announce(messages.groups.renamed(group.name));
      props.onDone();
    },
    onError,
  });

  const pending = create.isPending || update.isPending;

  function validateName(): string | undefined {
    const invalid = nameError(name, messages);
    if (invalid || !facts) return invalid;
    const others = props.groups.filter((group) => group.id !== props.group?.id);
    const verdict = checkCreateGroup({ actor: facts.actor, name, groups: others });
    return !verdict.allowed && verdict.fields?.name
      ? messages.groups.nameTaken
      : undefined;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const invalid = validateName();
    show({ name: invalid });
    if (invalid) return;
    const input = { name, kind, description };
    if (props.group) update.mutate({ group: props.group, patch: input });
    else create.mutate(input);
  }

  return (
    <form noValidate onSubmit={submit} data-slot="group-form" className="fiko-form">
      <div
        data-slot="field"
        className="fiko-field"
        data-invalid={errors.name ? '' : undefined}
      >
        <label htmlFor={ids.name} data-slot="label">
          {messages.groups.name}
        </label>
        <input
          ref={nameInput}
          id={ids.name}
          data-slot="input"
          className="fiko-input"
          value={name}
          maxLength={LIMITS.groupNameLength + 20}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? ids.nameError : undefined}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => {
            if (name !== '') setErrors((e) => ({ ...e, name: validateName() }));
          }}
        />
        {errors.name ? (
          <p id={ids.nameError} data-slot="field-error" className="fiko-error">
            {errors.name}
          </p>
        ) : null}
      </div>
      <div data-slot="field" className="fiko-field">
        <label htmlFor={ids.kind} data-slot="label">
          {messages.groups.kind}
        </label>
        <select
          id={ids.kind}
          data-slot="select"
          className="fiko-select"
          value={kind}
          onChange={(event) => setKind(event.target.value as GroupKind)}
        >
          {GROUP_KINDS.map((option) => (
            <option key={option} value={option}>
              {messages.groupKinds[option]}
            </option>
          ))}
        </select>
      </div>
      <div data-slot="field" className="fiko-field">
        <label htmlFor={ids.description} data-slot="label">
          {messages.groups.description}
        </label>
        <textarea
          id={ids.description}
          data-slot="textarea"
          className="fiko-input"
          rows={2}
          maxLength={LIMITS.groupDescriptionLength}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      {errors.form ? (
        <p
          ref={formError}
          role="alert"
          tabIndex={-1}
          data-slot="form-error"
          className="fiko-error"
        >
          {errors.form}
        </p>
      ) : null}
      <DialogFooter>
        <DialogCancel>{messages.groups.cancel}</DialogCancel>
        <button
          type="submit"
          data-slot="group-submit"
          className="fiko-button fiko-button-primary"
          {...unavailableProps(pending)}
        >
          {props.group ? messages.groups.save : messages.groups.create}
        </button>
      </DialogFooter>
    </form>
  );
}
