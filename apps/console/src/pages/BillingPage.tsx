import { checkSeatLimit, type Seats, type TeamError } from '@fiko/team-sdk';
import { useSeats } from '@fiko/team-ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useSignedInClient } from '../session/SessionProvider';
import { useMe } from '../session/useMe';
import { PageHeading } from './PageHeading';

/**
 * A stand-in for the host's billing: shows the seats and raises the limit
 * through `setSeatLimit`, as a real billing page would after a purchase. It
 * reads seats through the kit's own query, so the agents tab's seat count and
 * this page are one cache: the client's change announcement refreshes both.
 */
export function BillingPage() {
  const seats = useSeats();
  return (
    <section className="console-page" aria-labelledby="billing-heading">
      <PageHeading id="billing-heading">Billing</PageHeading>
      <p>
        Every active member and every pending invitation holds a seat. Add seats to invite
        more people.
      </p>
      {seats.isPending && <p>Loading seats…</p>}
      {seats.isError && (
        <p role="alert" className="console-error">
          The seats could not be loaded: {seats.error.message}
        </p>
      )}
      {seats.data && <SeatSummary seats={seats.data} />}
      {seats.data && <AddSeatsForm seats={seats.data} />}
    </section>
  );
}

function SeatSummary({ seats }: { seats: Seats }) {
  return (
    <dl className="console-seats" data-slot="seat-summary">
      <dt>Seat limit</dt>
      <dd>{seats.limit}</dd>
      <dt>Seats in use</dt>
      <dd>{seats.used}</dd>
      <dt>Seats available</dt>
      <dd>{seats.available}</dd>
    </dl>
  );
}

const SEATS_TO_ADD_HINT =
  'Enter the number of seats to add as a whole number, 1 or more.';

/** The seats to add: digits only, at least 1; anything else is `null`. */
function seatsToAdd(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) && value >= 1 ? value : null;
}

function AddSeatsForm({ seats }: { seats: Seats }) {
  const client = useSignedInClient();
  const me = useMe();
  const countId = useId();
  const [count, setCount] = useState('5');
  const [done, setDone] = useState<string | null>(null);
  const add = useMutation<Seats, TeamError, number>({
    mutationFn: (limit) => client.setSeatLimit(limit),
    onSuccess: (next) => {
      setDone(`The seat limit is now ${next.limit}; ${next.available} available.`);
    },
  });

  const input = useRef<HTMLInputElement>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const adding = seatsToAdd(count);
  const target = seats.limit + (adding ?? 0);
  const verdict = me.data
    ? checkSeatLimit({ actor: me.data.member, seats, limit: target })
    : null;
  const refusal =
    verdict && !verdict.allowed && verdict.code === 'forbidden' ? verdict.reason : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    setDone(null);
    if (adding === null) {
      setInvalid(SEATS_TO_ADD_HINT);
      input.current?.focus();
      return;
    }
    setInvalid(null);
    add.mutate(target);
  }

  return (
    <form
      className="console-form"
      onSubmit={onSubmit}
      aria-labelledby={`${countId}-legend`}
    >
      <h2 id={`${countId}-legend`}>Add seats</h2>
      {refusal && <p className="console-hint">{refusal}</p>}
      <label htmlFor={countId}>Seats to add</label>
      {/* Text, not type="number": that one takes "1e3" and reads it as 1. */}
      <input
        ref={input}
        id={countId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={count}
        disabled={refusal !== null}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${countId}-${invalid ? 'error' : 'hint'}`}
        onChange={(event) => {
          setCount(event.target.value);
          setInvalid(null);
        }}
      />
      {invalid ? (
        <p id={`${countId}-error`} role="alert" className="console-error">
          {invalid}
        </p>
      ) : (
        <p id={`${countId}-hint`} className="console-hint">
          A whole number, 1 or more.
        </p>
      )}
      <button
        type="submit"
        className="console-button console-primary"
        disabled={refusal !== null}
        aria-disabled={add.isPending || undefined}
      >
        Add seats
      </button>
      <p role="status" className="console-status">
        {done}
      </p>
      {add.isError && (
        <p role="alert" className="console-error">
          {add.error.message}
        </p>
      )}
      {done && (
        <p>
          <Link href="/team/agents">Back to Agents</Link>
        </p>
      )}
    </form>
  );
}
