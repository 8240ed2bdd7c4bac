import ky, { isHTTPError, type KyInstance, type ShouldRetryState } from 'ky';
import type { TeamAdapter } from '../adapter';
import { markAnswersChecked } from '../answers';
import { buildRouteRequest } from '../contract/buildRouteRequest';
import { fieldsOfIssues } from '../contract/issueFields';
import { type RouteDefinition, type RouteName, routes } from '../contract/routes';
import type { RouteOutput } from '../contract/routeTypes';
import { TeamError } from '../errors';
import { PARSE_MESSAGES } from '../issueMessage';
import { invalidResponse, teamErrorFromRequestFailure } from './httpErrors';
import { retryAfterSeconds } from './retryAfter';

/** The methods a retry may repeat. POST and PATCH are never repeated. */
export type RetryableMethod = 'get' | 'put' | 'delete';

const RETRYABLE_METHODS: ReadonlySet<string> = new Set<RetryableMethod>([
  'get',
  'put',
  'delete',
]);

// The type keeps POST and PATCH out for TypeScript hosts; this keeps them out
// for JavaScript ones, where a repeated invite or accept would fail falsely.
function isRetryable(method: string): method is RetryableMethod {
  return RETRYABLE_METHODS.has(method);
}

export interface HttpRetryOptions {
  /** How many times a failed request is repeated after the first attempt. Defaults to `2`. */
  limit?: number;
  /**
   * The methods that may be repeated. PUT and DELETE carry the version a change
   * was based on: when a first attempt landed but its answer was lost, the
   * repeat fails with a false `conflict` (or `not_found` for a deletion). Add
   * them only for a backend that deduplicates writes. Defaults to `['get']`.
   */
  methods?: readonly RetryableMethod[];
  /**
   * The longest `Retry-After` (429 and 503) that is waited for, in
   * milliseconds. A longer one fails at once as `rate_limited` (or the answer's
   * own code) with `retryAfter` set, so the UI can say when to try again.
   * Defaults to `10000`.
   */
  maxRetryAfter?: number;
  /**
   * The wait before retry number `attempt` (from 1) when the backend sent no
   * `Retry-After`, in milliseconds. Defaults to `attempt => 300 * 2 ** (attempt - 1)`.
   */
  delay?: (attempt: number) => number;
}

export interface HttpAdapterOptions {
  /**
   * The API's base URL, path included: `https://example.com/api/v1`. Route
   * paths of the contract are appended to it. Required.
   */
  baseUrl: string;
  /**
   * The session token, sent as `Authorization: Bearer <token>`. Called before
   * each request that needs a session (never for the public invitation routes);
   * may be async; `null` or `undefined` sends no header. A `TeamError` it throws
   * reaches the caller as is. Defaults to sending no token.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /**
   * The `fetch` to send requests with: a framework's SSR fetch, or a wrapper
   * for cookies or tracing. Defaults to the global `fetch` at the time of each request.
   */
  fetch?: (input: Request | URL | string, init?: RequestInit) => Promise<Response>;
  /**
   * Milliseconds each attempt may wait for an answer before it fails as
   * `network`; `false` waits forever. Defaults to `10000`.
   */
  timeout?: number | false;
  /**
   * Which failed requests are repeated: a number sets `limit`, `false` or `0`
   * never repeats. Only idempotent methods are repeated after status 408, 429,
   * 500, 502, 503, 504 or a failed connection; a timeout is not repeated.
   * Defaults to `{ limit: 2, methods: ['get'], maxRetryAfter: 10000 }`.
   */
  retry?: number | false | HttpRetryOptions;
  /** Headers sent with every request (a tenant id, a client version). Defaults to `{}`. */
  headers?: Record<string, string>;
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const RETRY_AFTER_STATUSES = [429, 503];

function retryOptionsOf(retry: HttpAdapterOptions['retry']): HttpRetryOptions {
  if (retry === false) return { limit: 0 };
  if (typeof retry === 'number') return { limit: retry };
  return retry ?? {};
}

/**
 * Gives up instead of waiting when the backend asks for a longer pause than
 * the caller allows; ky alone would shorten the pause and retry too early.
 */
function retryAfterWithin(maxRetryAfter: number) {
  return ({ error }: ShouldRetryState): false | undefined => {
    if (!isHTTPError(error)) return undefined;
    if (!RETRY_AFTER_STATUSES.includes(error.response.status)) return undefined;
    const seconds = retryAfterSeconds(error.response.headers.get('retry-after'));
    if (seconds !== undefined && seconds * 1000 > maxRetryAfter) return false;
    return undefined;
  };
}

function createClient(options: HttpAdapterOptions): KyInstance {
  const retry = retryOptionsOf(options.retry);
  const maxRetryAfter = retry.maxRetryAfter ?? 10_000;

  return ky.create({
    prefix: options.baseUrl,
    fetch: options.fetch,
    timeout: options.timeout ?? 10_000,
    headers: { accept: 'application/json', ...options.headers },
    retry: {
      limit: retry.limit ?? 2,
      methods: (retry.methods ?? ['get']).filter(isRetryable),
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_AFTER_STATUSES,
      maxRetryAfter,
      delay: retry.delay ?? ((attempt) => 300 * 2 ** (attempt - 1)),
      shouldRetry: retryAfterWithin(maxRetryAfter),
    },
  });
}

function jsonOf(name: RouteName, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidResponse(name, { body: 'The answer is not JSON.' }, error);
  }
}

/** The success body, checked against the route's schema: bad data never goes further. */
function parseAnswer<N extends RouteName>(name: N, text: string): RouteOutput<N> {
  const schema = (routes[name] as RouteDefinition).response;
  if (schema === null) return undefined as RouteOutput<N>;

  const result = schema.safeParse(jsonOf(name, text), PARSE_MESSAGES);
  if (!result.success) {
    throw invalidResponse(
      name,
      fieldsOfIssues(result.error.issues, 'body'),
      result.error,
    );
  }
  return result.data as RouteOutput<N>;
}

/**
 * An adapter for the kit's REST contract (see `@fiko/team-sdk/contract` and
 * `openapi.json`), on ky. Every answer is checked against the contract's
 * schemas and every failure is a `TeamError`.
 */
export function createHttpAdapter(options: HttpAdapterOptions): TeamAdapter {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl.trim() === '') {
    throw new TypeError(
      'createHttpAdapter needs a baseUrl, the API path included: https://example.com/api/v1',
    );
  }
  const client = createClient(options);

  async function headersFor(route: RouteDefinition): Promise<Record<string, string>> {
    if (route.public || !options.getToken) return {};
    let token: string | null | undefined;
    try {
      token = await options.getToken();
    } catch (error) {
      throw TeamError.from(error);
    }
    return token ? { authorization: `Bearer ${token}` } : {};
  }

  async function send<N extends RouteName>(
    name: N,
    input: Record<string, unknown> = {},
  ): Promise<RouteOutput<N>> {
    const route: RouteDefinition = routes[name];
    const request = buildRouteRequest(name, input);
    const headers = await headersFor(route);

    try {
      // ky's shortcut bounds reading the body by the same timeout as the answer.
      const text = await client(request.path, {
        method: request.method,
        headers,
        searchParams: request.query,
        ...(route.body ? { json: request.body } : {}),
      }).text();
      return parseAnswer(name, text);
    } catch (error) {
      throw teamErrorFromRequestFailure(error);
    }
  }

  return markAnswersChecked({
    me: () => send('me'),
    listMembers: (query) => send('listMembers', query),
    listInvitations: async () => (await send('listInvitations')).items,
    getSeats: () => send('getSeats'),
    listTombstones: async () => (await send('listTombstones')).items,
    invite: (input) => send('invite', input),
    cancelInvitation: (input) => send('cancelInvitation', input),
    resendInvitation: (input) => send('resendInvitation', input),
    previewInvitation: (input) => send('previewInvitation', input),
    acceptInvitation: (input) => send('acceptInvitation', input),
    changeRole: (input) => send('changeRole', input),
    setSuperAdmin: (input) => send('setSuperAdmin', input),
    setActive: (input) => send('setActive', input),
    removeMember: (input) => send('removeMember', input),
    setSeatLimit: (input) => send('setSeatLimit', input),
    listGroups: async () => (await send('listGroups')).items,
    createGroup: (input) => send('createGroup', input),
    updateGroup: (input) => send('updateGroup', input),
    deleteGroup: async (input) => {
      await send('deleteGroup', input);
    },
    setGroupMembers: (input) => send('setGroupMembers', input),
  });
}
