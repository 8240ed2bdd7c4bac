import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { peopleQueryKey, peopleRefetchInterval, viewpoints } from '../people';
import { accessLabel } from '../roleLabels';
import { useSession } from '../session/SessionProvider';
import { PageHeading } from './PageHeading';

/** Shown instead of a member-only page while nobody is signed in. */
export function SignInPage() {
  const { backend, endedReason, signIn } = useSession();
  const [error, setError] = useState<string | null>(null);
  const people = useQuery({
    queryKey: peopleQueryKey,
    queryFn: () => backend.listPeople(),
    refetchInterval: peopleRefetchInterval,
  });

  async function signInAs(memberId: string) {
    setError(null);
    try {
      await signIn(memberId);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <section className="console-page" aria-labelledby="sign-in-heading">
      <PageHeading id="sign-in-heading">Sign in</PageHeading>
      {endedReason && (
        <p role="alert" className="console-error">
          {endedReason}
        </p>
      )}
      <p>
        This development console signs you in as anyone on the team. Pick a point of view,
        or anyone with “Sign in as” above.
      </p>
      {people.isPending && <p>Loading people…</p>}
      {people.isError && (
        <p role="alert" className="console-error">
          The team could not be loaded: {people.error.message} Is the server running?
        </p>
      )}
      <ul className="console-choices">
        {viewpoints(people.data ?? []).map((person) => (
          <li key={person.id}>
            <button
              type="button"
              className="console-button"
              onClick={() => void signInAs(person.id)}
            >
              Sign in as {person.name} ({accessLabel(person)})
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="console-error">
          {error}
        </p>
      )}
    </section>
  );
}
