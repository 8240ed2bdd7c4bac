import type { TeamClient, TeamResource } from '@fiko/team-sdk';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { en, type MessageOverrides, type Messages, mergeMessages } from '../messages';
import { keysForResources } from '../query/teamKeys';
import { LiveRegion, useAnnouncer } from './LiveRegion';

/** `system` follows the person's colour scheme through `prefers-color-scheme`. */
export type TeamTheme = 'light' | 'dark' | 'system';

export interface TeamProviderProps {
  /** The team client from `createTeamClient`. */
  client: TeamClient;
  /**
   * The host's QueryClient, to share its cache and defaults. Defaults to a
   * QueryClient of the provider's own.
   */
  queryClient?: QueryClient;
  /**
   * BCP 47 locale for dates and numbers, and the `lang` of the kit's roots
   * (give the catalog's language). Defaults to `'en'`.
   */
  locale?: string;
  /**
   * A catalog or overrides of single messages (role names included), applied
   * over English. Pass `th` for Thai. Defaults to `en`.
   */
  messages?: MessageOverrides;
  /** Colour scheme of the components. Defaults to `'system'`. */
  theme?: TeamTheme;
  /** Writing direction. Defaults to `'ltr'`. */
  dir?: 'ltr' | 'rtl';
  /**
   * A class for every root of the kit and every dialog and menu layer it opens
   * (those render at the end of `<body>`, outside the host's wrappers), so a
   * brand's tokens can be scoped to it: `.brand { --fiko-color-primary: … }`.
   * Defaults to none.
   */
  className?: string;
  /**
   * Called by the "Add seats" actions; wire it to billing. When absent the
   * actions are not shown. Defaults to `undefined`.
   */
  onAddSeats?: () => void;
  /**
   * Refresh the view when the client reports changes (its own and, when the
   * adapter supports it, other people's). Defaults to `true`.
   */
  live?: boolean;
  /**
   * The clock relative dates ("3 days ago") are measured from; fix it for
   * screenshots and tests. Defaults to `() => new Date()`.
   */
  now?: () => Date;
  children?: ReactNode;
}

export interface TeamContextValue {
  client: TeamClient;
  locale: string;
  messages: Messages;
  theme: TeamTheme;
  dir: 'ltr' | 'rtl';
  /** The provider's `className`, carried by every root and layer. */
  className: string | undefined;
  onAddSeats: (() => void) | undefined;
  now: () => Date;
  /** Says a sentence through the polite live region. */
  announce: (text: string) => void;
  /** Marks what changed as stale, batched so one change refetches once. */
  invalidate: (resources: readonly TeamResource[]) => void;
}

const TeamContext = createContext<TeamContextValue | null>(null);
TeamContext.displayName = 'TeamContext';

/**
 * Gives the team components their client, cache, language and theme. Mount
 * it once around every component of the kit.
 */
export function TeamProvider(props: TeamProviderProps) {
  const [ownQueryClient] = useState(() => props.queryClient ?? createQueryClient());
  const queryClient = props.queryClient ?? ownQueryClient;

  return (
    <QueryClientProvider client={queryClient}>
      <TeamContextProvider {...props} />
    </QueryClientProvider>
  );
}

function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 30_000, retry: 1 } },
  });
}

function TeamContextProvider(props: TeamProviderProps) {
  const { client, locale = 'en', theme = 'system', dir = 'ltr', live = true } = props;
  const { className } = props;
  const invalidate = useBatchedInvalidation();
  const announcer = useAnnouncer();
  const messages = useMemo(() => mergeMessages(en, props.messages), [props.messages]);
  const callbacks = useLatestCallbacks(props);

  useEffect(() => {
    if (!live) return;
    return client.subscribe((change) => invalidate(change.resources));
  }, [client, invalidate, live]);

  const value = useMemo<TeamContextValue>(
    () => ({
      client,
      locale,
      messages,
      theme,
      dir,
      className,
      onAddSeats: callbacks.onAddSeats,
      now: callbacks.now,
      announce: announcer.announce,
      invalidate,
    }),
    [
      client,
      locale,
      messages,
      theme,
      dir,
      className,
      callbacks,
      announcer.announce,
      invalidate,
    ],
  );

  return (
    <TeamContext.Provider value={value}>
      {props.children}
      <LiveRegion text={announcer.text} dir={dir} />
    </TeamContext.Provider>
  );
}

/**
 * The host's callbacks behind stable functions, so an inline arrow does not
 * re-render every component of the kit. Only the presence of `onAddSeats`
 * changes the value, since it decides whether "Add seats" shows.
 */
function useLatestCallbacks(props: TeamProviderProps) {
  const latest = useRef(props);
  latest.current = props;
  const hasAddSeats = props.onAddSeats !== undefined;

  return useMemo(
    () => ({
      onAddSeats: hasAddSeats ? () => latest.current.onAddSeats?.() : undefined,
      now: () => (latest.current.now ?? currentDate)(),
    }),
    [hasAddSeats],
  );
}

/**
 * Collects the resources reported within one turn of the event loop and
 * invalidates them once: a mutation is reported by the adapter, by the
 * client and by its own hook, and should cost one refetch, not three.
 */
function useBatchedInvalidation() {
  const queryClient = useQueryClient();
  const pending = useRef(new Set<TeamResource>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  return useCallback(
    (resources: readonly TeamResource[]) => {
      for (const resource of resources) pending.current.add(resource);
      if (timer.current !== undefined) return;

      timer.current = setTimeout(() => {
        timer.current = undefined;
        const keys = keysForResources([...pending.current]);
        pending.current.clear();
        for (const queryKey of keys) {
          void queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false });
        }
      }, 0);
    },
    [queryClient],
  );
}

const currentDate = () => new Date();

let warnedMissingProvider = false;

/** The provider's value; throws a clear error outside a `TeamProvider`. */
export function useTeam(): TeamContextValue {
  const context = useContext(TeamContext);
  if (context) return context;

  if (process.env.NODE_ENV !== 'production' && !warnedMissingProvider) {
    warnedMissingProvider = true;
    console.warn(
      '[@fiko/team-ui] A team component was rendered outside <TeamProvider>. ' +
        'Wrap it: <TeamProvider client={createTeamClient({ adapter })}>…</TeamProvider>.',
    );
  }
  throw new Error('Team components must be used within <TeamProvider>.');
}
