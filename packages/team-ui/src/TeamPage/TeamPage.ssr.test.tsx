// @vitest-environment node
import { createTeamClient } from '@fiko/team-sdk';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
  DEMO_PEOPLE,
} from '@fiko/team-sdk/memory';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  invitationsQueryOptions,
  membersQueryOptions,
  meQueryOptions,
  seatsQueryOptions,
  TeamPage,
  TeamProvider,
} from '../index';

function demoClient() {
  const store = createMemoryStore(createDemoTeam({ members: 30 }));
  return createTeamClient({
    adapter: createMemoryAdapter({ store, actingAs: DEMO_PEOPLE.superAdmin }),
  });
}

describe('given a server without a DOM', () => {
  it('should render the team page to a string without touching window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <TeamProvider client={demoClient()}>
        <TeamPage />
      </TeamProvider>,
    );
    expect(html).toContain('role="tablist"');
    expect(html).toContain('Loading team members');
  });

  it('should render the first rows when the host prefetched the queries', async () => {
    const client = demoClient();
    const queryClient = new QueryClient();
    await Promise.all([
      queryClient.prefetchQuery(meQueryOptions(client)),
      queryClient.prefetchQuery(seatsQueryOptions(client)),
      queryClient.prefetchQuery(invitationsQueryOptions(client)),
      queryClient.prefetchInfiniteQuery(membersQueryOptions(client)),
    ]);
    const html = renderToString(
      <TeamProvider client={client} queryClient={queryClient}>
        <TeamPage />
      </TeamProvider>,
    );
    expect(html).toContain('kanya.new@siam-support.example');
    expect(html).toContain('Malee Srisai');
    expect(html).toContain('of 34 seats used');
  });
});
