import { type TeamClient, TeamError } from '@fiko/team-sdk';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { ConsoleBackend, Session } from '../backend/consoleBackend';
import { readSession, writeSession } from './sessionStorage';

interface SessionContextValue {
  backend: ConsoleBackend;
  /** The signed-in tab's session, or `null` when nobody is signed in. */
  session: Session | null;
  /** A team client acting as the signed-in member, or `null`. */
  client: TeamClient | null;
  /** Why the last session ended without the person asking, if it did. */
  endedReason: string | null;
  signIn(memberId: string): Promise<void>;
  signOut(): Promise<void>;
  /** Forgets a session the backend no longer accepts. */
  endSession(reason: string): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export interface SessionProviderProps {
  backend: ConsoleBackend;
  children: ReactNode;
}

/** Holds who this tab is signed in as; each tab keeps its own session. */
export function SessionProvider({ backend, children }: SessionProviderProps) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState(() => readSession(backend.kind));
  const [endedReason, setEndedReason] = useState<string | null>(null);

  const replaceSession = useCallback(
    (next: Session | null) => {
      writeSession(backend.kind, next);
      // Nothing cached for one person may show while another is signed in.
      queryClient.clear();
      setSession(next);
    },
    [backend.kind, queryClient],
  );

  const signIn = useCallback(
    async (memberId: string) => {
      const next = await backend.signIn(memberId);
      if (session) await backend.signOut(session);
      setEndedReason(null);
      replaceSession(next);
    },
    [backend, session, replaceSession],
  );

  const signOut = useCallback(async () => {
    if (session) await backend.signOut(session);
    setEndedReason(null);
    replaceSession(null);
  }, [backend, session, replaceSession]);

  const endSession = useCallback(
    (reason: string) => {
      setEndedReason(reason);
      replaceSession(null);
    },
    [replaceSession],
  );

  const client = useMemo(
    () => (session ? backend.clientFor(session) : null),
    [backend, session],
  );

  useEffect(() => {
    if (!session) return;
    return onUnauthenticated(queryClient, endSession);
  }, [session, queryClient, endSession]);

  const value = useMemo(
    () => ({ backend, session, client, endedReason, signIn, signOut, endSession }),
    [backend, session, client, endedReason, signIn, signOut, endSession],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/**
 * Calls `end` with the backend's reason when any request of the session is
 * answered `unauthenticated` (the member was deactivated or deleted, the
 * server restarted): whichever page asked, the console signs out, rather than
 * showing "Your session has ended." in a table with a "Try again" that cannot
 * help while the header still shows them signed in.
 */
function onUnauthenticated(queryClient: QueryClient, end: (reason: string) => void) {
  const check = (error: unknown) => {
    const failure = TeamError.from(error);
    if (failure.code === 'unauthenticated') end(failure.message);
  };
  const stopQueries = queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') {
      check(event.action.error);
    }
  });
  const stopMutations = queryClient.getMutationCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') {
      check(event.action.error);
    }
  });
  return () => {
    stopQueries();
    stopMutations();
  };
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('`useSession` must be used within `SessionProvider`.');
  return value;
}

/** The session's client, for pages that only render when someone is signed in. */
export function useSignedInClient(): TeamClient {
  const { client } = useSession();
  if (!client) throw new Error('`useSignedInClient` needs a signed-in session.');
  return client;
}
