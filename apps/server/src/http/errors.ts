import { TeamError } from '@fiko/team-sdk';
import { errorResponseFor } from '@fiko/team-sdk/contract';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The response for anything thrown while answering: a `TeamError` travels as
 * the contract's error body; anything else is logged here and answered as
 * `unknown`, so no stack trace or SQL ever reaches a caller.
 */
export function errorResponse(c: Context, error: unknown): Response {
  if (!(error instanceof TeamError)) {
    console.error(`[fiko-server] ${c.req.method} ${c.req.path} failed:`, error);
  }
  const { status, body, headers } = errorResponseFor(error);
  return c.json(body, status as ContentfulStatusCode, headers);
}
