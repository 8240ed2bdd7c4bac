import { type RouteDefinition, type RouteName, routePath, routes } from './routes';

/** A request to a route, ready for any HTTP client. */
export interface RouteRequest {
  method: Uppercase<RouteDefinition['method']>;
  /** The path relative to the API's base URL, parameters filled and encoded. */
  path: string;
  /** Query values, `undefined` ones left out. */
  query: Record<string, string>;
  /** The JSON body; `undefined` for routes without one. */
  body: unknown;
}

function keysOf(schema: RouteDefinition['params'] | RouteDefinition['query']) {
  return new Set(schema ? Object.keys(schema.shape) : []);
}

function stringValues(values: Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null) query[key] = String(value);
  }
  return query;
}

/**
 * Splits an adapter method's input into the path parameters, query and body
 * of its route. The inverse of `parseRouteRequest`: what it builds, that parses.
 */
export function buildRouteRequest(
  name: RouteName,
  input: Record<string, unknown> = {},
): RouteRequest {
  const route: RouteDefinition = routes[name];
  const paramKeys = keysOf(route.params);
  const queryKeys = keysOf(route.query);
  const params: Record<string, string> = {};
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};

  for (const [key, value] of Object.entries(input)) {
    if (paramKeys.has(key)) params[key] = String(value);
    else if (queryKeys.has(key)) query[key] = value;
    else if (value !== undefined) body[key] = value;
  }

  return {
    method: route.method.toUpperCase() as RouteRequest['method'],
    path: routePath(route.path, params),
    query: stringValues(query),
    body: route.body ? body : undefined,
  };
}
