import type { TeamClient } from '@fiko/team-sdk';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
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

  const value = useMemo(
    () => ({ backend, session, client, endedReason, signIn, signOut, endSession }),
    [backend, session, client, endedReason, signIn, signOut, endSession],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
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
