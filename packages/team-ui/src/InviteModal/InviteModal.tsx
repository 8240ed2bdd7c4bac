import {
  type Access,
  accessOf,
  checkCanInvite,
  type Invitation,
  InviteInputSchema,
  PERMISSION_NAMES,
  type Permission,
  ROLES,
  type Role,
  TeamError,
} from '@fiko/team-sdk';
import {
  type FormEvent,
  type ReactNode,
  type RefObject,
  useId,
  useRef,
  useState,
} from 'react';
import type { Messages } from '../messages';
import { useTeam } from '../provider/TeamProvider';
import { useInviteMember } from '../query/mutations';
import { DialogCancel, DialogFooter, DialogFrame } from '../shared/DialogFrame';
import { useErrorText, useRefusalText } from '../shared/errors';
import { unavailableProps } from '../shared/unavailable';
import { useAddSeats } from '../shared/useAddSeats';
import { useControllableState } from '../shared/useControllableState';
import { useFacts } from '../shared/useFacts';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';

export interface InviteModalProps {
  /** Controlled open state. Defaults to uncontrolled. */
  open?: boolean;
  /** Initial open state when uncontrolled. Defaults to `false`. */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /**
   * The element that opens the dialog, when uncontrolled. Defaults to an
   * "Invite team member" button; pass `null` for none.
   */
  trigger?: ReactNode;
  /** The role selected when the dialog opens. Defaults to `'cs'`. */
  defaultRole?: Role;
  /** Called after the invitation was sent. */
  onInvited?: (invitation: Invitation) => void;
  /** Where focus returns on close, when there is no trigger. */
  returnFocusTo?: RefObject<HTMLElement | null>;
  className?: string;
}

type FieldErrors = { email?: string; form?: TeamError['code'] };

/**
 * Invites one person: an email address and a role. Validates with the SDK's
 * schema, shows backend refusals at the field they concern.
 */
export function InviteModal(props: InviteModalProps) {
  const { messages } = useTeam();
  const [open, setOpen] = useControllableState({
    value: props.open,
    defaultValue: props.defaultOpen ?? false,
    onChange: props.onOpenChange,
    name: 'InviteModal',
  });
  const trigger =
    props.trigger === undefined ? (
      <button
        type="button"
        className="fiko-button fiko-button-primary"
        data-slot="invite-trigger"
      >
        {messages.invite.open}
      </button>
    ) : (
      props.trigger
    );

  return (
    <DialogFrame
      open={open}
      onOpenChange={setOpen}
      slot="invite-modal"
      className={props.className}
      title={messages.invite.title}
      description={messages.invite.description}
      trigger={props.open === undefined ? trigger : null}
      returnFocusTo={props.returnFocusTo}
    >
      {open ? (
        <InviteForm
          defaultRole={props.defaultRole ?? 'cs'}
          onInvited={(invitation) => {
            setOpen(false);
            props.onInvited?.(invitation);
          }}
        />
      ) : null}
    </DialogFrame>
  );
}

function useEmailCheck() {
  const { messages } = useTeam();
  return (value: string): string | undefined => {
    if (value.trim() === '') return messages.invite.emailRequired;
    const result = InviteInputSchema.shape.email.safeParse(value);
    return result.success ? undefined : messages.invite.emailInvalid;
  };
}

function InviteForm(props: { defaultRole: Role; onInvited: (i: Invitation) => void }) {
  const { messages, announce } = useTeam();
  const onAddSeats = useAddSeats();
  const facts = useFacts();
  const refusalText = useRefusalText();
  const errorText = useErrorText();
  const checkEmail = useEmailCheck();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>(props.defaultRole);
  const [errors, setErrors] = useState<FieldErrors>({});
  const ids = { email: useId(), emailError: useId(), form: useId() };
  const focusError = useFocusError(setErrors);

  const mutation = useInviteMember({
    onSuccess: (invitation) => {
      announce(messages.invite.sent(invitation.email));
      props.onInvited(invitation);
    },
    onError: (error) => focusError.show(errorsFromBackend(error, messages)),
  });

  const canInvite = facts ? checkCanInvite(facts) : undefined;
  const refusal = canInvite && !canInvite.allowed ? canInvite : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const emailError = checkEmail(email);
    focusError.show({ email: emailError });
    if (emailError || refusal) return;
    mutation.mutate({ email, role });
  }

  const formError = errors.form
    ? errorText(new TeamError(errors.form))
    : refusal
      ? refusalText(refusal)
      : undefined;
  const noSeats = (errors.form ?? refusal?.code) === 'no_seats';

  return (
    <form noValidate onSubmit={submit} data-slot="invite-form" className="fiko-form">
      <div
        data-slot="field"
        className="fiko-field"
        data-invalid={errors.email ? '' : undefined}
      >
        <label htmlFor={ids.email} data-slot="label">
          {messages.invite.email}
        </label>
        <input
          ref={focusError.email}
          id={ids.email}
          name="email"
          type="email"
          autoComplete="off"
          inputMode="email"
          data-slot="input"
          className="fiko-input"
          placeholder={messages.invite.emailHint}
          value={email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? ids.emailError : undefined}
          onChange={(event) => {
            setEmail(event.target.value);
            setErrors((e) => (e.email ? { ...e, email: undefined } : e));
          }}
          onBlur={() => {
            // Blur only adds an error; typing is what clears one. Removing the
            // message while focus moves on makes the dialog's focus trap see
            // a removed node with nothing focused and pull focus back to itself.
            const error = email === '' ? undefined : checkEmail(email);
            if (error) setErrors((e) => ({ ...e, email: error }));
          }}
        />
        {errors.email ? (
          <p id={ids.emailError} data-slot="field-error" className="fiko-error">
            {errors.email}
          </p>
        ) : null}
      </div>
      <RolePicker value={role} onChange={setRole} />
      {formError ? (
        <div
          ref={focusError.form}
          id={ids.form}
          role="alert"
          tabIndex={-1}
          data-slot="form-error"
          className="fiko-error"
        >
          <p>{formError}</p>
          {noSeats && onAddSeats ? (
            <button
              type="button"
              className="fiko-button"
              data-slot="add-seats"
              onClick={onAddSeats}
            >
              {messages.seats.addSeats}
            </button>
          ) : null}
        </div>
      ) : null}
      <DialogFooter>
        <DialogCancel>{messages.invite.cancel}</DialogCancel>
        <button
          type="submit"
          data-slot="invite-submit"
          className="fiko-button fiko-button-primary"
          aria-describedby={formError ? ids.form : undefined}
          {...unavailableProps(mutation.isPending || Boolean(refusal))}
        >
          {mutation.isPending ? messages.invite.submitting : messages.invite.submit}
        </button>
      </DialogFooter>
    </form>
  );
}

/**
 * Shows a set of errors and moves focus to the first: the field it concerns
 * (described by the error) or the form's error, an alert.
 */
function useFocusError(setErrors: (errors: FieldErrors) => void) {
  const email = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLDivElement>(null);
  const focus = useFocusAfterRender();

  function show(next: FieldErrors) {
    setErrors(next);
    if (next.email) focus(email);
    else if (next.form) focus(form);
  }

  return { email, form, show };
}

/** Puts each backend refusal where it belongs: the email field or the whole form. */
function errorsFromBackend(error: TeamError, messages: Messages): FieldErrors {
  if (error.code === 'already_member' || error.code === 'already_invited') {
    return { email: messages.errors[error.code] };
  }
  if (error.code === 'validation' && error.fields?.email) {
    return { email: messages.invite.emailInvalid };
  }
  return { form: error.code };
}

/** Radio buttons for the three roles, each with what it can do. */
function RolePicker(props: { value: Role; onChange: (role: Role) => void }) {
  const { messages } = useTeam();
  const name = useId();

  return (
    <fieldset data-slot="role-picker" className="fiko-role-picker">
      <legend data-slot="label">{messages.invite.role}</legend>
      {ROLES.map((role) => (
        <RoleOption
          key={role}
          role={role}
          name={name}
          checked={props.value === role}
          onChange={() => props.onChange(role)}
        />
      ))}
    </fieldset>
  );
}

function RoleOption(props: {
  role: Role;
  name: string;
  checked: boolean;
  onChange: () => void;
}) {
  const { messages } = useTeam();
  const { role } = props;
  const inputId = useId();
  const descriptionId = useId();
  const subject = { role, superAdmin: false, status: 'active' as const };
  const granted = PERMISSION_NAMES.filter(
    (permission) =>
      permission !== 'members.manage' && accessOf(subject, permission) !== 'none',
  );

  return (
    <div
      data-slot="role-option"
      data-state={props.checked ? 'checked' : 'unchecked'}
      className="fiko-role-option"
    >
      <input
        id={inputId}
        type="radio"
        name={props.name}
        value={role}
        checked={props.checked}
        onChange={props.onChange}
        aria-describedby={descriptionId}
      />
      <label htmlFor={inputId} data-slot="role-name" className="fiko-role-name">
        {messages.roles[role]}
      </label>
      <div
        id={descriptionId}
        data-slot="role-description"
        className="fiko-role-description"
      >
        <p>{messages.roleSummaries[role]}</p>
        <ul
          data-slot="role-permissions"
          aria-label={messages.invite.permissionsOf(messages.roles[role])}
        >
          {granted.map((permission) => (
            <li key={permission}>
              {permissionLine(messages, permission, accessOf(subject, permission))}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function permissionLine(messages: Messages, permission: Permission, access: Access) {
  const name = messages.permissions[permission];
  return access === 'full' ? name : `${name} (${messages.access[access]})`;
}
