import type { z } from 'zod/mini';
import { TeamError } from '../errors';
import { PARSE_MESSAGES } from '../issueMessage';
import { fieldsOfIssues } from './issueFields';
import { type RouteDefinition, type RouteName, routes } from './routes';
import type { RouteInput } from './routeTypes';

/** A query as a server framework hands it over: search params or a plain record. */
export type RawQuery =
  | URLSearchParams
  | Record<string, string | readonly string[] | undefined>;

/** The raw parts of an incoming request, before any validation. */
export interface RawRouteRequest {
  /** Path parameters, as the router matched them. */
  params?: Record<string, string | readonly string[] | undefined>;
  query?: RawQuery;
  /** The JSON body, already parsed (see `parseJsonBody`); `undefined` when empty. */
  body?: unknown;
}

type Part = 'params' | 'query' | 'body';

function firstValue(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.[0];
}

function recordOf(raw: RawQuery | RawRouteRequest['params'] = {}) {
  const record: Record<string, string> = {};
  const entries =
    raw instanceof URLSearchParams ? raw.entries() : Object.entries(raw ?? {});
  for (const [key, value] of entries) {
    const first = firstValue(value);
    // With repeated keys the first one wins, as most routers do.
    if (first !== undefined && !(key in record)) record[key] = first;
  }
  return record;
}

// A query string carries numbers as text, and `Number()` reads far more than
// digits: '' is 0, '0x10' is 16, '1e2' is 100. Only plain decimal digits are
// a number here; other text reaches the field's schema as NaN, which the
// schema refuses in its own words.
const DECIMAL_DIGITS = /^[0-9]+$/;

/** The schema under `optional` and `default` wrappers: the one that reads the value. */
function innerSchema(schema: z.ZodMiniType): z.ZodMiniType {
  let inner = schema;
  for (;;) {
    const { innerType } = inner._zod.def as { innerType?: z.ZodMiniType };
    if (!innerType) return inner;
    inner = innerType;
  }
}

function readsNumber(schema: z.ZodMiniType): boolean {
  return innerSchema(schema)._zod.def.type === 'number';
}

function queryOf(route: RouteDefinition, raw: RawQuery | undefined) {
  const record: Record<string, unknown> = recordOf(raw);
  for (const [key, schema] of Object.entries(route.query?.shape ?? {})) {
    const text = record[key];
    if (typeof text !== 'string' || !readsNumber(schema as z.ZodMiniType)) continue;
    if (!DECIMAL_DIGITS.test(text)) record[key] = Number.NaN;
  }
  return record;
}

function parsePart(schema: z.ZodMiniType | undefined, value: unknown, part: Part) {
  if (!schema) return { data: {}, fields: {} };
  const result = schema.safeParse(value, PARSE_MESSAGES);
  if (result.success) return { data: result.data as object, fields: {} };
  return { data: {}, fields: fieldsOfIssues(result.error.issues, part) };
}

function routeOf(name: RouteName): RouteDefinition {
  const route: RouteDefinition | undefined = routes[name];
  if (!route) throw new Error(`Unknown route "${String(name)}".`);
  return route;
}

/**
 * Validates the raw parts of a request to a route and merges them into the
 * input of the adapter method of the same name. Shared by the MSW handlers and
 * servers, so every backend rejects the same requests in the same words.
 *
 * Numbers in the query must be plain decimal digits (`limit=20`, never
 * `limit=2e1` or `version=`). Throws a `validation` TeamError whose `fields`
 * name every part at fault (`email`, `limit`, `memberIds.2`; `body` when the
 * body is not an object).
 */
export function parseRouteRequest<N extends RouteName>(
  name: N,
  request: RawRouteRequest,
): RouteInput<N> {
  const route = routeOf(name);
  // An empty body is an empty object: `{ version }` bodies are all optional.
  const body = parsePart(route.body, request.body ?? {}, 'body');
  const query = parsePart(route.query, queryOf(route, request.query), 'query');
  const params = parsePart(route.params, recordOf(request.params), 'params');

  const fields = { ...params.fields, ...query.fields, ...body.fields };
  if (Object.keys(fields).length > 0) {
    const first = Object.values(fields)[0];
    throw new TeamError('validation', first, { fields });
  }
  // Path parameters come last: a body can never redirect a change to another record.
  return { ...body.data, ...query.data, ...params.data } as RouteInput<N>;
}

/** The field a `validation` error names when a body is not sent as JSON; it travels as 415. */
export const CONTENT_TYPE_FIELD = 'content-type';

// `application/json`, with or without parameters such as `charset=utf-8`.
const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

/** Whether a `Content-Type` header announces JSON. */
function isJsonContentType(contentType: string | null | undefined): boolean {
  return JSON_MEDIA_TYPE.test(contentType?.trim() ?? '');
}

// A browser sends `text/plain` (or a form) to another origin without asking
// first; only JSON needs a preflight, so only JSON is read. A body is refused
// unread rather than parsed whatever it claims to be.
function refuseMediaType(contentType: string | null | undefined): TeamError {
  const given = contentType?.trim().slice(0, 100);
  const sent = given ? `"${given}"` : 'no Content-Type';
  const message = `Send the request body as application/json, not ${sent}.`;
  return new TeamError('validation', message, {
    fields: { [CONTENT_TYPE_FIELD]: message },
  });
}

/** What `parseJsonBody` knows of the request besides its body. */
export interface JsonBodyOptions {
  /** The request's `Content-Type` header; `null` or `undefined` when it sent none. */
  contentType: string | null | undefined;
}

/**
 * Parses a request body's text as JSON. An empty body is `undefined`; text
 * that is not JSON is a `validation` error on the field `body`. Given the
 * request's `Content-Type`, a body sent as anything but `application/json` is
 * refused unread: a `validation` error on the field `content-type`, which
 * `errorResponseFor` answers with 415. Servers pass it; only a caller that
 * checked the media type itself may leave `options` out.
 */
export function parseJsonBody(text: string, options?: JsonBodyOptions): unknown {
  if (text.trim() === '') return undefined;
  if (options && !isJsonContentType(options.contentType)) {
    throw refuseMediaType(options.contentType);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TeamError('validation', 'The request body is not valid JSON.', {
      fields: { body: 'The request body is not valid JSON.' },
      cause: error,
    });
  }
}
