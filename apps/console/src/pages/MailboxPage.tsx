import type { OutboxEmail } from '@fiko/team-sdk/memory';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { useSession } from '../session/SessionProvider';
import { PageHeading } from './PageHeading';

export const outboxQueryKey = ['console', 'outbox'] as const;

// The server cannot tell the page that it sent an email, so the mailbox polls.
const SERVER_POLL_MS = 3000;

const sentAtFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'medium',
});

/** The in-console link for an email: the same invitation, on this console's join page. */
export function joinPathFor(email: Pick<OutboxEmail, 'token'>) {
  return `/join?token=${encodeURIComponent(email.token)}`;
}

function Email({ email }: { email: OutboxEmail }) {
  const headingId = `email-${email.id}`;
  return (
    <li>
      <article className="console-email" aria-labelledby={headingId} data-slot="email">
        <h2 id={headingId} className="console-email-subject">
          {email.subject}
        </h2>
        <dl className="console-email-meta">
          <dt>To</dt>
          <dd>{email.to}</dd>
          <dt>Sent</dt>
          <dd>
            <time dateTime={email.sentAt}>
              {sentAtFormat.format(new Date(email.sentAt))}
            </time>
          </dd>
        </dl>
        <pre className="console-email-text">{email.text}</pre>
        <p>
          <Link href={joinPathFor(email)} className="console-button">
            Open the invitation link for {email.to}
          </Link>
        </p>
      </article>
    </li>
  );
}

/**
 * The development mailbox: every invitation email the backend sent, newest
 * first, each with its accept link.
 */
export function MailboxPage() {
  const { backend } = useSession();
  const queryClient = useQueryClient();
  const outbox = useQuery({
    queryKey: outboxQueryKey,
    queryFn: () => backend.listOutbox(),
    refetchInterval: backend.watchOutbox ? false : SERVER_POLL_MS,
  });

  useEffect(
    () =>
      backend.watchOutbox?.(() => {
        void queryClient.invalidateQueries({ queryKey: outboxQueryKey });
      }),
    [backend, queryClient],
  );

  return (
    <section className="console-page" aria-labelledby="mailbox-heading">
      <PageHeading id="mailbox-heading">Mailbox</PageHeading>
      <p>
        Invitation emails the backend has sent, newest first. In production they reach the
        invitee’s inbox; here you can open their links yourself.
      </p>
      <p>
        <button
          type="button"
          className="console-button"
          onClick={() => void outbox.refetch()}
        >
          Refresh
        </button>
      </p>
      {outbox.isPending && <p>Loading emails…</p>}
      {outbox.isError && (
        <p role="alert" className="console-error">
          The mailbox could not be loaded: {outbox.error.message}
        </p>
      )}
      {outbox.data?.length === 0 && (
        <p>
          No emails yet. Invite someone from Team → Agents and the email appears here.
        </p>
      )}
      {outbox.data && outbox.data.length > 0 && (
        <ul className="console-emails" aria-label="Emails">
          {outbox.data.map((email) => (
            <Email key={email.id} email={email} />
          ))}
        </ul>
      )}
    </section>
  );
}
