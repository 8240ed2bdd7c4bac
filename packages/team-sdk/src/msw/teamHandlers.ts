import { type HttpHandler, HttpResponse, http } from 'msw';
import { devRoutes } from '../contract/devRoutes';
import { errorResponseFor, successStatusOf } from '../contract/errorResponse';
import { parseJsonBody, parseRouteRequest } from '../contract/parseRouteRequest';
import { type RouteDefinition, type RouteName, routes } from '../contract/routes';
import { TeamError } from '../errors';
import type { MemoryStore } from '../memory/memoryStore';
import { storeCalls } from './storeCalls';

export interface TeamHandlersOptions {
  /** The team the handlers answer for. Changes made over HTTP land in it. */
  store: MemoryStore;
  /**
   * The API's base URL the handlers listen on, path included:
   * `http://localhost:8787/api/v1`, or a path like `/api/v1` in a browser. Required.
   */
  baseUrl: string;
  /**
   * The id of the member a request acts as, or `null` when it has no session
   * (answered with `unauthenticated`). Defaults to reading
   * `Authorization: Bearer <memberId>`: the session token is the member id.
   */
  actorFromRequest?: (request: Request) => string | null | Promise<string | null>;
  /**
   * Also answer the development routes of the reference server: `GET /dev/people`,
   * `POST /dev/sign-in`, `GET /dev/outbox` and `POST /sign-out`. Defaults to `true`.
   */
  devRoutes?: boolean;
}

/** The default session: the bearer token is the id of the member signed in. */
export function bearerActor(request: Request): string | null {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

function urlOf(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}

// Team data is private, and some answers carry sessions: no cache keeps any of it.
const NO_STORE = { 'Cache-Control': 'no-store' } as const;

function errorResponse(error: unknown): Response {
  const { status, body, headers } = errorResponseFor(error);
  return HttpResponse.json(body, { status, headers: { ...headers, ...NO_STORE } });
}

async function readJson(request: Request): Promise<unknown> {
  return parseJsonBody(await request.text(), {
    contentType: request.headers.get('content-type'),
  });
}

type ActorOf = (request: Request) => Promise<string>;

function actorResolver(options: TeamHandlersOptions): ActorOf {
  const actorFromRequest = options.actorFromRequest ?? bearerActor;
  return async (request) => {
    const actor = await actorFromRequest(request);
    if (!actor) throw new TeamError('unauthenticated', 'Sign in to continue.');
    return actor;
  };
}

function routeHandler(
  name: RouteName,
  options: TeamHandlersOptions,
  actorOf: ActorOf,
): HttpHandler {
  const route: RouteDefinition = routes[name];
  const call = storeCalls[name] as (
    store: MemoryStore,
    actor: string,
    input: unknown,
  ) => unknown;

  return http[route.method](
    urlOf(options.baseUrl, route.path),
    async ({ request, params }) => {
      try {
        const actor = route.public ? '' : await actorOf(request);
        const body = route.body ? await readJson(request) : undefined;
        const query = new URL(request.url).searchParams;
        const input = parseRouteRequest(name, { params, query, body });
        const result = call(options.store, actor, input);
        return successResponse(name, result);
      } catch (error) {
        return errorResponse(error);
      }
    },
  );
}

function successResponse(name: RouteName, result: unknown): Response {
  const status = successStatusOf(name);
  if (status === 204) return new HttpResponse(null, { status, headers: NO_STORE });

  // A new member signs in with the session the acceptance hands over, as on the server.
  const headers: Record<string, string> = { ...NO_STORE };
  if (name === 'acceptInvitation') {
    headers['X-Session-Token'] = (result as { member: { id: string } }).member.id;
  }
  return HttpResponse.json(result as Record<string, unknown>, { status, headers });
}

function devHandlers(options: TeamHandlersOptions): HttpHandler[] {
  const { store, baseUrl } = options;
  const people = () =>
    store.members.map(({ id, name, email, role, superAdmin, status }) => ({
      id,
      name,
      email,
      role,
      superAdmin,
      status,
    }));

  return [
    http.get(urlOf(baseUrl, devRoutes.people.path), () =>
      HttpResponse.json({ items: people() }, { headers: NO_STORE }),
    ),
    http.get(urlOf(baseUrl, devRoutes.outbox.path), () =>
      HttpResponse.json({ items: store.outbox.reverse() }, { headers: NO_STORE }),
    ),
    http.post(urlOf(baseUrl, devRoutes.signIn.path), async ({ request }) => {
      try {
        return signIn(store, await readJson(request));
      } catch (error) {
        return errorResponse(error);
      }
    }),
    http.post(
      urlOf(baseUrl, devRoutes.signOut.path),
      () => new HttpResponse(null, { status: 204, headers: NO_STORE }),
    ),
  ];
}

function signIn(store: MemoryStore, body: unknown): Response {
  const parsed = devRoutes.signIn.body.safeParse(body);
  if (!parsed.success) {
    throw new TeamError('validation', 'Give the id of a member to sign in as.', {
      fields: { memberId: parsed.error.issues[0]?.message ?? 'Required.' },
    });
  }
  const member = store.members.find((candidate) => candidate.id === parsed.data.memberId);
  if (!member) throw new TeamError('not_found', 'No member has this id.');
  return HttpResponse.json({ token: member.id, member }, { headers: NO_STORE });
}

/**
 * MSW request handlers that implement every route of the REST contract on a
 * memory store, with the same rules, errors and statuses as the reference
 * server. Use them with `setupServer` (tests) or `setupWorker` (browser).
 */
export function createTeamHandlers(options: TeamHandlersOptions): HttpHandler[] {
  const actorOf = actorResolver(options);
  const names = Object.keys(routes) as RouteName[];
  const handlers = names.map((name) => routeHandler(name, options, actorOf));
  if (options.devRoutes === false) return handlers;
  return [...devHandlers(options), ...handlers];
}
