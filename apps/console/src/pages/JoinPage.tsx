import {
  type AcceptedInvitation,
  type InvitationPreview,
  TeamError,
  type TeamErrorCode,
} from '@fiko/team-sdk';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { ROLE_LABELS } from '../roleLabels';
import { useSession } from '../session/SessionProvider';
import { PageHeading } from './PageHeading';

const LINK_PROBLEMS: Partial<Record<TeamErrorCode, string>> = {
  invitation_expired:
    'This invitation has expired. Ask a super admin of the team to resend it: the new email carries a fresh link.',
  invitation_invalid:
    'This invitation link no longer works: it was already used, cancelled, or replaced by a newer email. Open the latest invitation email, or ask the team to send a new one.',
  validation: 'This is not an invitation link. Open the link from the invitation email.',
  not_found: 'This invitation link no longer works. Ask the team to send a new one.',
};

function linkProblem(error: TeamError) {
  return LINK_PROBLEMS[error.code] ?? error.message;
}

const expiryFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

function Problem({ title, children }: { title: string; children: string }) {
  return (
    <section className="console-page" aria-labelledby="join-heading">
      <PageHeading id="join-heading">{title}</PageHeading>
      <p role="alert" className="console-error" data-slot="join-error">
        {children}
      </p>
    </section>
  );
}

/**
 * The public page an invitation email links to: who invited whom, and a
 * display name to accept with.
 */
export function JoinPage() {
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const { backend } = useSession();
  const preview = useQuery<InvitationPreview, TeamError>({
    queryKey: ['console', 'invitation', token],
    queryFn: () => backend.publicClient().previewInvitation(token),
    enabled: token !== '',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

  if (!token) {
    return (
      <Problem title="Invitation link incomplete">
        This link has no invitation in it. Open the link from the invitation email.
      </Problem>
    );
  }
  if (preview.isError) {
    return (
      <Problem title="Invitation not available">{linkProblem(preview.error)}</Problem>
    );
  }
  if (!preview.data) return <p>Checking the invitation…</p>;
  return <AcceptForm token={token} preview={preview.data} />;
}

function AcceptForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { backend } = useSession();
  const [name, setName] = useState('');
  // A double click submits twice before the button re-renders disabled: the second
  // request would spend a used token and its refusal would hide the welcome.
  const inFlight = useRef(false);
  const [accepted, setAccepted] = useState<AcceptedInvitation | null>(null);
  const accept = useMutation<AcceptedInvitation, TeamError, string>({
    mutationFn: (displayName) =>
      backend.publicClient().acceptInvitation({ token, name: displayName }),
    onSuccess: (result) => setAccepted(result),
    onSettled: () => {
      inFlight.current = false;
    },
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    accept.mutate(name);
  }

  if (accepted) return <Welcome accepted={accepted} />;

  const error = accept.error;
  const nameError =
    error?.code === 'validation' ? (error.fields?.name ?? error.message) : null;
  const otherError = error && !nameError ? linkProblem(error) : null;
  return (
    <AcceptFormView
      preview={preview}
      name={name}
      onNameChange={setName}
      onSubmit={onSubmit}
      pending={accept.isPending}
      error={error}
      nameError={nameError}
      otherError={otherError}
    />
  );
}

function AcceptFormView({
  preview,
  name,
  onNameChange,
  onSubmit,
  pending,
  error,
  nameError,
  otherError,
}: {
  preview: InvitationPreview;
  name: string;
  onNameChange: (name: string) => void;
  onSubmit: (event: FormEvent) => void;
  pending: boolean;
  error: TeamError | null;
  nameError: string | null;
  otherError: string | null;
}) {
  const nameId = useId();
  const input = useRef<HTMLInputElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  // Each refusal moves focus to what it concerns, so it is read out: the name
  // field (described by its error) or the page's alert.
  useEffect(() => {
    if (!error) return;
    (nameError ? input : alert).current?.focus();
  }, [error, nameError]);

  return (
    <section className="console-page" aria-labelledby="join-heading">
      <PageHeading id="join-heading">Join {preview.teamName}</PageHeading>
      <p>
        <strong>{preview.email}</strong> is invited to join{' '}
        <strong>{preview.teamName}</strong> as{' '}
        <strong data-slot="invited-role">{ROLE_LABELS[preview.role]}</strong>. The
        invitation is valid until{' '}
        <time dateTime={preview.expiresAt}>
          {expiryFormat.format(new Date(preview.expiresAt))}
        </time>
        .
      </p>
      <form className="console-form" onSubmit={onSubmit} noValidate>
        <label htmlFor={nameId}>Display name</label>
        <input
          ref={input}
          id={nameId}
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => onNameChange(event.target.value)}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${nameId}-error` : `${nameId}-hint`}
        />
        {nameError ? (
          <p id={`${nameId}-error`} role="alert" className="console-error">
            {nameError}
          </p>
        ) : (
          <p id={`${nameId}-hint`} className="console-hint">
            How your teammates and customers see you.
          </p>
        )}
        {/* Not `disabled` while joining: a disabled button drops focus to <body>. */}
        <button
          type="submit"
          className="console-button console-primary"
          aria-disabled={pending || undefined}
        >
          {pending ? 'Joining…' : 'Accept invitation'}
        </button>
      </form>
      {otherError && (
        <p ref={alert} role="alert" tabIndex={-1} className="console-error">
          {otherError}
        </p>
      )}
    </section>
  );
}

function Welcome({ accepted }: { accepted: AcceptedInvitation }) {
  const { signIn } = useSession();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const { member, team } = accepted;

  async function continueAsMember() {
    try {
      await signIn(member.id);
      navigate('/team/agents');
    } catch (failure) {
      setError(TeamError.from(failure).message);
    }
  }

  return (
    <section className="console-page" aria-labelledby="join-heading">
      <PageHeading id="join-heading">Welcome to {team.name}</PageHeading>
      <p role="status">
        {member.name}, you are now an active member of {team.name} as{' '}
        {ROLE_LABELS[member.role]}.
      </p>
      <button
        type="button"
        className="console-button console-primary"
        onClick={continueAsMember}
      >
        Continue as {member.name}
      </button>
      {error && (
        <p role="alert" className="console-error">
          {error}
        </p>
      )}
    </section>
  );
}
