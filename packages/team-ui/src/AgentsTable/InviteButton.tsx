import { checkCanInvite, type Invitation } from '@fiko/team-sdk';
import { useId, useRef, useState } from 'react';
import { InviteModal } from '../InviteModal/InviteModal';
import { useTeam } from '../provider/TeamProvider';
import { useSeats } from '../query/queries';
import { useRefusalText } from '../shared/errors';
import { useAddSeats } from '../shared/useAddSeats';
import { useFacts } from '../shared/useFacts';

/**
 * Seat usage, the invite button and "Add seats". A refused invite stays
 * focusable (aria-disabled) with its reason written beside it. Only members who
 * may invite can be short of seats (the permission is refused first), and
 * they are admins, who may add seats themselves.
 */
export function InviteButton(props: { onInvited?: (invitation: Invitation) => void }) {
  const { messages } = useTeam();
  const onAddSeats = useAddSeats();
  const seats = useSeats();
  const facts = useFacts();
  const refusalText = useRefusalText();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const reasonId = useId();

  const verdict = facts ? checkCanInvite(facts) : undefined;
  const refusal = verdict && !verdict.allowed ? refusalText(verdict) : undefined;
  const full = seats.data ? seats.data.available <= 0 : false;

  return (
    <div data-slot="invite-area" className="fiko-invite-area">
      {seats.data ? (
        <span
          data-slot="seats"
          data-state={full ? 'full' : 'available'}
          className="fiko-seats"
        >
          {messages.seats.used(seats.data.used, seats.data.limit)}
        </span>
      ) : null}
      {onAddSeats ? (
        <button
          type="button"
          data-slot="add-seats"
          className="fiko-button"
          onClick={onAddSeats}
        >
          {messages.seats.addSeats}
        </button>
      ) : null}
      <button
        ref={button}
        type="button"
        data-slot="invite-button"
        data-state={refusal ? 'refused' : 'allowed'}
        className="fiko-button fiko-button-primary"
        aria-disabled={!verdict || refusal ? true : undefined}
        aria-describedby={refusal ? reasonId : undefined}
        onClick={() => {
          if (verdict?.allowed) setOpen(true);
        }}
      >
        {messages.invite.open}
      </button>
      {refusal ? (
        <span id={reasonId} data-slot="invite-refusal" className="fiko-hint">
          {refusal}
        </span>
      ) : null}
      <InviteModal
        open={open}
        onOpenChange={setOpen}
        returnFocusTo={button}
        onInvited={props.onInvited}
      />
    </div>
  );
}
