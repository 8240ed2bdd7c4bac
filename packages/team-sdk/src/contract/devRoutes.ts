import * as z from 'zod/mini';
import { IdSchema, MemberSchema } from '../schemas';
import type { RouteDefinition } from './routes';

/*
 * Development routes: a sign-in picker and the outbox of invitation emails, so
 * a console or a test can act without a mail server or an identity provider.
 * Servers expose them only outside production, except sign-out. Sessions are
 * the host's business, so none of them is part of the OpenAPI document.
 */

export const DevPersonSchema = z.pick(MemberSchema, {
  id: true,
  name: true,
  email: true,
  role: true,
  superAdmin: true,
  status: true,
});
export type DevPerson = z.infer<typeof DevPersonSchema>;

export const OutboxEmailSchema = z.object({
  id: z.string(),
  invitationId: IdSchema,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  /** The link the invitee opens; it carries the token. */
  acceptUrl: z.string(),
  token: z.string(),
  sentAt: z.string(),
});

/** The development routes, keyed by what they do. Paths are relative to the API's base URL. */
export const devRoutes = {
  people: {
    method: 'get',
    path: '/dev/people',
    summary: 'Everyone who can sign in, for a sign-in picker',
    response: z.object({ items: z.array(DevPersonSchema) }),
  },
  signIn: {
    method: 'post',
    path: '/dev/sign-in',
    summary: 'Start a session as a member, without a password',
    body: z.object({ memberId: IdSchema }),
    response: z.object({ token: z.string(), member: MemberSchema }),
  },
  outbox: {
    method: 'get',
    path: '/dev/outbox',
    summary: 'Invitation emails sent so far, newest first',
    response: z.object({ items: z.array(OutboxEmailSchema) }),
  },
  signOut: {
    method: 'post',
    path: '/sign-out',
    summary: 'End the current session',
    response: null,
  },
} as const satisfies Record<string, RouteDefinition>;
