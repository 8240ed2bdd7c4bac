import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useEffect, useId, useState } from 'react';
import {
  peopleByTeam,
  peopleQueryKey,
  peopleRefetchInterval,
  viewpoints,
} from '../people';
import { accessLabel } from '../roleLabels';
import { useSession } from '../session/SessionProvider';

/**
 * The development "Sign in as" switcher: pick anyone of the team and see the
 * team page as they do.
 */
export function SignInSwitcher() {
  const { backend, client, session, signIn } = useSession();
  const queryClient = useQueryClient();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const people = useQuery({
    queryKey: peopleQueryKey,
    queryFn: () => backend.listPeople(),
    refetchInterval: peopleRefetchInterval,
  });

  // Someone joined, left or was deactivated: the list follows.
  useEffect(
    () =>
      client?.subscribe(() => {
        void queryClient.invalidateQueries({ queryKey: peopleQueryKey });
      }),
    [client, queryClient],
  );

  async function onChange(event: ChangeEvent<HTMLSelectElement>) {
    setError(null);
    try {
      await signIn(event.target.value);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  const teams = peopleByTeam(people.data ?? []);
  return (
    <div className="console-switcher" data-slot="sign-in-switcher">
      <label htmlFor={id}>Sign in as</label>
      <select
        id={id}
        // Until the people load, the signed-in id matches no option and the select
        // would show blank: the placeholder says what is going on instead.
        value={people.data ? (session?.memberId ?? '') : ''}
        onChange={onChange}
        disabled={!people.data}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="" disabled>
          {people.isError
            ? 'People could not be loaded'
            : people.data
              ? 'Choose a person…'
              : 'Loading people…'}
        </option>
        <optgroup label="One of each role">
          {viewpoints(people.data ?? []).map((person) => (
            <option key={person.id} value={person.id}>
              {accessLabel(person)}: {person.name}
            </option>
          ))}
        </optgroup>
        {teams.map((team) => (
          <optgroup key={team.teamId} label={`Everyone in ${team.teamName}`}>
            {team.people.map((person) => (
              <option
                key={person.id}
                value={person.id}
                disabled={person.status !== 'active'}
              >
                {person.name} ({accessLabel(person)}
                {person.status === 'active' ? '' : ', deactivated'})
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} role="alert" className="console-error">
          {error}
        </p>
      )}
    </div>
  );
}
