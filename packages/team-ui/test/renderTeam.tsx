import {
  createTeamClient,
  type TeamAdapter,
  type TeamAdapterMethod,
} from '@fiko/team-sdk';
import {
  createDemoTeam,
  createMemoryAdapter,
  createMemoryStore,
  DEMO_PEOPLE,
  type InjectedFailure,
  type MemoryStore,
  type TeamSeed,
} from '@fiko/team-sdk/memory';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { en, type Messages, TeamProvider, type TeamProviderProps } from '../src';

export { DEMO_PEOPLE };

/** A fixed moment, so relative dates and expiry are the same on every run. */
export const NOW = new Date('2026-11-20T10:00:00.000Z');

export type Person = keyof typeof DEMO_PEOPLE;

export interface RenderTeamOptions {
  as?: Person;
  seed?: TeamSeed;
  store?: MemoryStore;
  fail?: (method: TeamAdapterMethod, input: unknown) => InjectedFailure | undefined;
  latency?: number;
  /** Wraps the adapter, to change what the backend reports. */
  wrap?: (adapter: TeamAdapter) => TeamAdapter;
  provider?: Partial<Omit<TeamProviderProps, 'client' | 'children'>>;
}

/** A small demo team with a fixed clock: 13 members (one deactivated), 2 pending and 1 expired invitation. */
export function demoSeed(options: Parameters<typeof createDemoTeam>[0] = {}) {
  return createDemoTeam({ members: 13, now: NOW, ...options });
}

/** The host page's own `<h1>`: axe checks the kit's headings against it. */
export const HOST_PAGE_TITLE = 'Workspace';

/**
 * Renders a component inside a TeamProvider on a memory team, acting as one
 * person. It sits in a `<main>` under the page's `<h1>`, as it would in a host
 * page, so a heading that skips a rank fails axe's heading-order rule.
 */
export function renderTeam(ui: ReactElement, options: RenderTeamOptions = {}) {
  const store =
    options.store ?? createMemoryStore(options.seed ?? demoSeed(), { now: () => NOW });
  const adapter = createMemoryAdapter({
    store,
    actingAs: DEMO_PEOPLE[options.as ?? 'superAdmin'],
    latency: options.latency,
    fail: options.fail ? ({ method, input }) => options.fail?.(method, input) : undefined,
  });
  const client = createTeamClient({
    adapter: options.wrap ? options.wrap(adapter) : adapter,
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <TeamProvider
      client={client}
      queryClient={queryClient}
      now={() => NOW}
      {...options.provider}
    >
      <main>
        <h1>{HOST_PAGE_TITLE}</h1>
        {ui}
      </main>
    </TeamProvider>,
  );
  return { ...view, user, store, client, queryClient };
}

/** The table row that shows this text (a name or an email address). */
export async function findRow(text: string) {
  const cell = await screen.findByText(text, {
    selector: '[data-slot="member-name"], [data-slot="member-email"]',
  });
  const row = cell.closest('tr');
  if (!row) throw new Error(`No row holds ${text}`);
  return row;
}

/** Opens the actions menu of the row showing `text` and returns the menu. */
export async function openRowMenu(
  user: ReturnType<typeof userEvent.setup>,
  text: string,
  messages: Messages = en,
) {
  const row = await findRow(text);
  const prefix = messages.actions.menu('').trim();
  await user.click(
    within(row).getByRole('button', { name: (name) => name.startsWith(prefix) }),
  );
  return screen.findByRole('menu');
}
