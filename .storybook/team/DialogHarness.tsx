import type { Invitation, Member } from '@fiko/team-sdk';
import type { MemoryStore } from '@fiko/team-sdk/memory';
import { type ReactNode, useRef, useState } from 'react';

/** What a confirm dialog story hands its dialog. */
export interface HarnessControls {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo: React.RefObject<HTMLButtonElement | null>;
  onRefused: (reason: string) => void;
  onDone: () => void;
}

/**
 * Hosts one dialog the way a page would: open at first, a button to open it
 * again, and the outcome the dialog reported written below.
 */
export function DialogHarness(props: {
  children: (controls: HarnessControls) => ReactNode;
}) {
  const [open, setOpen] = useState(true);
  const [outcome, setOutcome] = useState<string>();
  const button = useRef<HTMLButtonElement>(null);

  return (
    <div className="story-harness">
      <button
        ref={button}
        type="button"
        className="fiko-button"
        onClick={() => setOpen(true)}
      >
        Open the dialog again
      </button>
      <p role="status" data-slot="story-outcome" className="story-outcome">
        {outcome}
      </p>
      {props.children({
        open,
        onOpenChange: setOpen,
        returnFocusTo: button,
        onRefused: (reason) => setOutcome(`Refused: ${reason}`),
        onDone: () => setOutcome('Done.'),
      })}
    </div>
  );
}

/**
 * The member as the team has them now, or as they were last seen once they
 * are deleted: the dialog that deleted them may still be closing.
 */
export function useMember(store: unknown, id: string): Member {
  const current = (store as MemoryStore).members.find((candidate) => candidate.id === id);
  const last = useRef(current);
  if (current) last.current = current;
  if (!last.current) throw new Error(`No member ${id} in this story's team.`);
  return last.current;
}

/** The current state of a member of the story's team. */
export function memberOf(store: unknown, id: string): Member {
  const member = (store as MemoryStore).members.find((candidate) => candidate.id === id);
  if (!member) throw new Error(`No member ${id} in this story's team.`);
  return member;
}

/** An invitation of the story's team as its admins see it, or as it was last seen. */
export function useInvitation(store: unknown, id: string, actingAs: string): Invitation {
  const invitations = (store as MemoryStore).listInvitations(actingAs);
  const current = invitations.find((candidate) => candidate.id === id);
  const last = useRef(current);
  if (current) last.current = current;
  if (!last.current) throw new Error(`No open invitation ${id} in this story's team.`);
  return last.current;
}

/** The outcome the harness wrote below the dialog. */
export function outcomeOf(canvasElement: HTMLElement): HTMLElement {
  const outcome = canvasElement.querySelector<HTMLElement>('[data-slot="story-outcome"]');
  if (!outcome) throw new Error('The story has no dialog harness.');
  return outcome;
}
