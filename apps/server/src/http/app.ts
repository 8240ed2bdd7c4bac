import { TeamError } from '@fiko/team-sdk';
import {
  parseRouteRequest,
  type RouteDefinition,
  type RouteName,
  routes,
  successStatusOf,
} from '@fiko/team-sdk/contract';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { RateLimitInfo } from 'hono-rate-limiter';
import type { Mailer } from '../mail/mailer';
import type { Caller } from '../team/facts';
import type { TeamService } from '../team/teamService';
import { bearerToken } from './bearerToken';
import { devRouter } from './devRouter';
import { errorResponse } from './errors';
import { invitationRateLimit, type RateLimitOptions } from './rateLimit';
import { readJsonBody } from './readJsonBody';
import { type CallContext, routeCalls } from './routeCalls';

/** The base path of the API. */
export const API_BASE = '/api/v1';

export interface AppEnv {
  Variables: {
    caller: Caller;
    /** Set by the invitation rate limiter. */
    rateLimit?: RateLimitInfo;
  };
}

export interface AppOptions {
  service: TeamService;
  mailer: Mailer;
  devRoutes: boolean;
  corsOrigins: readonly string[];
  rateLimit: RateLimitOptions | false;
  maxBodyBytes: number;
}

/** Resolves the session of the request; without a valid one the route answers 401. */
export function requireSession(service: TeamService): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('caller', service.sessions.resolve(bearerToken(c.req.header('authorization'))));
    await next();
  };
}

async function readBody(c: Context, route: RouteDefinition): Promise<unknown> {
  return route.body ? readJsonBody(c) : undefined;
}

function routeHandler(name: RouteName, options: AppOptions): MiddlewareHandler<AppEnv> {
  const route: RouteDefinition = routes[name];
  const call = routeCalls[name] as (context: CallContext, input: unknown) => unknown;

  return async (c: Context<AppEnv>) => {
    const input = parseRouteRequest(name, {
      params: c.req.param(),
      query: new URL(c.req.url).searchParams,
      body: await readBody(c, route),
    });
    const result = await call(
      {
        service: options.service,
        caller: c.get('caller'),
        deliver: (email) => deliverSafely(options.mailer, email),
        header: (header, value) => c.header(header, value),
      },
      input,
    );
    const status = successStatusOf(name);
    if (status === 204) return c.body(null, 204);
    return c.json(result as object, status as ContentfulStatusCode);
  };
}

/*
 * The invitation is committed before its email leaves; a delivery failure is
 * logged, not answered, because a retry of the request would only meet
 * `already_invited`. The super admin resends instead.
 */
async function deliverSafely(mailer: Mailer, email: Parameters<Mailer['send']>[0]) {
  try {
    await mailer.send(email);
  } catch (error) {
    console.error(`[fiko-server] invitation email ${email.id} was not delivered:`, error);
  }
}

const SENDING_ROUTES: readonly RouteName[] = ['invite', 'resendInvitation'];

function registerRoutes(app: Hono<AppEnv>, options: AppOptions): () => void {
  const session = requireSession(options.service);
  const limiter = options.rateLimit ? invitationRateLimit(options.rateLimit) : undefined;

  for (const name of Object.keys(routes) as RouteName[]) {
    const route: RouteDefinition = routes[name];
    const chain: MiddlewareHandler<AppEnv>[] = [];
    if (!route.public) chain.push(session);
    if (limiter && SENDING_ROUTES.includes(name)) chain.push(limiter);
    const path = `${API_BASE}${route.path}`;
    chain.push(routeHandler(name, options));
    app.on(route.method.toUpperCase(), [path], ...chain);
  }
  return () => limiter?.shutdown();
}

/**
 * The HTTP application: the REST contract under `/api/v1`, and the development
 * routes. `shutdown` stops the rate limiter's timer.
 */
export function createApp(options: AppOptions): { app: Hono<AppEnv>; shutdown(): void } {
  const app = new Hono<AppEnv>();

  app.use(
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    }),
  );
  app.use(
    `${API_BASE}/*`,
    cors({
      // `*` lets any origin call; sessions travel in a header, never in cookies.
      origin: options.corsOrigins.includes('*') ? '*' : [...options.corsOrigins],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: ['Authorization', 'Content-Type'],
      exposeHeaders: ['X-Session-Token', 'Retry-After'],
      maxAge: 600,
    }),
  );
  // Team data is private and some answers carry sessions (sign-in, acceptance):
  // neither a browser nor a proxy may keep a copy of any answer.
  app.use(`${API_BASE}/*`, async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    `${API_BASE}/*`,
    bodyLimit({
      maxSize: options.maxBodyBytes,
      onError: (c) => errorResponse(c, bodyTooLarge(options.maxBodyBytes)),
    }),
  );

  const shutdown = registerRoutes(app, options);
  app.route(
    API_BASE,
    devRouter({ service: options.service, devRoutes: options.devRoutes }),
  );

  app.notFound((c) =>
    errorResponse(
      c,
      new TeamError('not_found', 'No route answers this method and path.'),
    ),
  );
  app.onError((error, c) => errorResponse(c, error));
  return { app, shutdown };
}

function bodyTooLarge(maxBytes: number): TeamError {
  const message = `The request body is larger than ${maxBytes} bytes.`;
  return new TeamError('validation', message, { fields: { body: message } });
}
