import { checkSeatLimit, type Seats, type TeamError } from '@fiko/team-sdk';
import { useSeats } from '@fiko/team-ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
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

  const adding = Number.parseInt(count, 10);
  const target = seats.limit + (Number.isFinite(adding) ? adding : 0);
  const verdict = me.data
    ? checkSeatLimit({ actor: me.data.member, seats, limit: target })
    : null;
  const refusal =
    verdict && !verdict.allowed && verdict.code === 'forbidden' ? verdict.reason : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
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
      <input
        id={countId}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        value={count}
        disabled={refusal !== null}
        onChange={(event) => setCount(event.target.value)}
      />
      <button
        type="submit"
        className="console-button console-primary"
        disabled={refusal !== null || add.isPending || !(adding > 0)}
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
