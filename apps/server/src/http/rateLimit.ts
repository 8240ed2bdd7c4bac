import { TeamError } from '@fiko/team-sdk';
import type { MiddlewareHandler } from 'hono';
import { MemoryStore, rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from './app';

export interface RateLimitOptions {
  /** Invitation emails a team may send per window. Defaults to `30`. */
  limit: number;
  /** The window, in milliseconds. Defaults to `600000` (ten minutes). */
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 30, windowMs: 10 * 60_000 };

/**
 * Limits the invitation emails a team sends (invites and resends together),
 * whoever sends them. Refused requests do not count: only emails that left.
 */
export function invitationRateLimit(
  options: RateLimitOptions,
): MiddlewareHandler<AppEnv> & { shutdown(): void } {
  const store = new MemoryStore<AppEnv>();
  const middleware = rateLimiter<AppEnv>({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-6',
    skipFailedRequests: true,
    store,
    keyGenerator: (c) => c.get('caller').teamId,
    handler: (c) => {
      const resetAt = c.get('rateLimit')?.resetTime?.getTime() ?? Date.now();
      const waitMs = resetAt - Date.now();
      throw new TeamError(
        'rate_limited',
        'This team has sent many invitations in a short time. Wait a few minutes and try again.',
        { retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) },
      );
    },
  });
  return Object.assign(middleware, { shutdown: () => store.shutdown() });
}
