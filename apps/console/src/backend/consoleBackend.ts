import type { TeamClient } from '@fiko/team-sdk';
import type { OutboxEmail } from '@fiko/team-sdk/memory';

/** Someone the "Sign in as" switcher offers. */
export interface Person {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'cs' | 'viewer';
  superAdmin: boolean;
  status: 'active' | 'inactive';
  /** The team they belong to: the server seeds more than one. */
  teamId: string;
  teamName: string;
}

/** A signed-in tab: who it is and the token its requests carry. */
export interface Session {
  memberId: string;
  token: string;
}

export type BackendKind = 'server' | 'memory';

/**
 * What the console needs from where the team lives: the reference server over
 * HTTP, or a memory store inside the page. Pages use only this.
 */
export interface ConsoleBackend {
  kind: BackendKind;
  /** The people a developer can sign in as. */
  listPeople(): Promise<Person[]>;
  signIn(memberId: string): Promise<Session>;
  signOut(session: Session): Promise<void>;
  /** A team client acting as the session's member. */
  clientFor(session: Session): TeamClient;
  /** A client with no session, for the public join page. */
  publicClient(): TeamClient;
  /** Invitation emails, newest first. */
  listOutbox(): Promise<OutboxEmail[]>;
  /** Calls `listener` when the mailbox may have changed; returns the unsubscribe function. */
  watchOutbox?(listener: () => void): () => void;
}
