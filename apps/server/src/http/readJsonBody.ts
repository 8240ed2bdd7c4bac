import { parseJsonBody } from '@fiko/team-sdk/contract';
import type { Context } from 'hono';

/**
 * The JSON body of a request, `undefined` when empty. A body sent as another
 * media type than `application/json` is refused unread (415).
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  return parseJsonBody(await c.req.text(), { contentType: c.req.header('content-type') });
}
