import { isHTTPError } from 'ky';
import { codeForStatus, ErrorBodySchema } from '../contract/routes';
import { TeamError, type TeamErrorFields } from '../errors';
import { invalidAnswer } from '../parse';
import { retryAfterSeconds } from './retryAfter';

function jsonOf(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/**
 * A failed answer as a `TeamError`: a readable `ErrorBody` keeps its code,
 * message and fields; anything else (an HTML error page, an empty body, a code
 * this version does not know) gets the code its status implies.
 */
function fromErrorResponse(
  status: number,
  headers: Headers,
  data: unknown,
  cause: unknown,
) {
  const retryAfter = retryAfterSeconds(headers.get('retry-after'));
  const body = ErrorBodySchema.safeParse(jsonOf(data));
  if (body.success) {
    const { code, message, fields } = body.data.error;
    return new TeamError(code, message, { fields, retryAfter, cause });
  }
  return new TeamError(codeForStatus(status), undefined, { retryAfter, cause });
}

/**
 * Whatever the request threw, as a `TeamError`. Every failure other than an
 * HTTP error status means nothing answered: DNS, refused connection, timeout,
 * abort. Those are all `network`.
 */
export function teamErrorFromRequestFailure(error: unknown): TeamError {
  if (error instanceof TeamError) return error;
  if (isHTTPError(error)) {
    const { status, headers } = error.response;
    return fromErrorResponse(status, headers, error.data, error);
  }
  return new TeamError('network', undefined, { cause: error });
}

/** An answer that fails its route's schema, naming the first bad field in the message. */
export function invalidResponse(
  routeName: string,
  fields: TeamErrorFields,
  cause?: unknown,
): TeamError {
  return invalidAnswer('server', routeName, fields, cause);
}
