import { TeamError } from '../errors';
import { CONTENT_TYPE_FIELD } from './parseRouteRequest';
import { ERROR_STATUS, type ErrorBody, type RouteName, routes } from './routes';

/** The status of a body refused for not being JSON (`parseJsonBody`). */
export const UNSUPPORTED_MEDIA_TYPE = 415;

function statusOf(error: TeamError): number {
  const mediaType = error.code === 'validation' && error.fields?.[CONTENT_TYPE_FIELD];
  return mediaType ? UNSUPPORTED_MEDIA_TYPE : ERROR_STATUS[error.code];
}

/** An error as it goes on the wire: status, `ErrorBody` and any headers it needs. */
export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

/**
 * The response that carries a failure: its status from `ERROR_STATUS` (415
 * for a body that is not JSON) and an `ErrorBody`. Anything that is not a
 * `TeamError` becomes `unknown` with the default message, so internals never
 * leak to the caller.
 */
export function errorResponseFor(error: unknown): ErrorResponse {
  const teamError = TeamError.from(error);
  const headers: Record<string, string> = {};
  if (teamError.retryAfter !== undefined) {
    headers['Retry-After'] = String(Math.max(0, Math.ceil(teamError.retryAfter)));
  }
  return {
    status: statusOf(teamError),
    body: { error: teamError.toJSON() },
    headers,
  };
}

/** The status a route answers on success: `status`, else 204 without a body, else 200. */
export function successStatusOf(name: RouteName): number {
  const route = routes[name] as { status?: number; response: unknown };
  return route.status ?? (route.response === null ? 204 : 200);
}
