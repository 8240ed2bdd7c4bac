import { TeamProvider } from '@fiko/team-ui';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { SignInPage } from './pages/SignInPage';
import { useSession } from './session/SessionProvider';

/**
 * Member-only pages. One `TeamProvider` per session stays mounted across them,
 * so a change made on one page (seats on Billing) refreshes the others.
 */
export function SignedInArea({ children }: { children: ReactNode }) {
  const { session, client } = useSession();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();

  if (!session || !client) return <SignInPage />;
  return (
    <TeamProvider
      key={session.token}
      client={client}
      queryClient={queryClient}
      onAddSeats={() => navigate('/billing')}
    >
      {children}
    </TeamProvider>
  );
}
