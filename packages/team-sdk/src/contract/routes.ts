import * as z from 'zod/mini';
import { TEAM_ERROR_CODES, type TeamErrorCode } from '../errors';
import {
  AcceptedInvitationSchema,
  AcceptInvitationInputSchema,
  CreateGroupInputSchema,
  ExpectedVersionSchema,
  FlagSchema,
  GroupMembersInputSchema,
  GroupSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  InviteInputSchema,
  ListMembersQuerySchema,
  MemberPageSchema,
  MemberSchema,
  MeSchema,
  RoleSchema,
  SeatLimitInputSchema,
  SeatsSchema,
  TokenSchema,
  TombstoneSchema,
  UpdateGroupInputSchema,
  VersionSchema,
} from '../schemas';

/*
 * The REST contract, as data. The HTTP adapter builds its requests from it,
 * the MSW handlers and the reference server answer it, and the OpenAPI
 * document is generated from it. Paths are relative to the API's base URL.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteDefinition {
  method: HttpMethod;
  /** Express-style path: `:name` marks a path parameter. */
  path: string;
  summary: string;
  /** Public routes need no session (accepting an invitation). */
  public?: boolean;
  /** Path parameters, by name. */
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** The success body; `null` for 204 No Content. */
  response: z.ZodMiniType | null;
  /** The success status. Defaults to `200` (`204` when `response` is `null`). */
  status?: number;
  /** Headers a success may carry, by name, with what they hold. Defaults to none. */
  responseHeaders?: Record<string, string>;
}

const PARAM_MESSAGE = 'A path parameter is required.';
const MemberParams = z.object({ memberId: z.string(PARAM_MESSAGE) });
const InvitationParams = z.object({ invitationId: z.string(PARAM_MESSAGE) });
const GroupParams = z.object({ groupId: z.string(PARAM_MESSAGE) });

const VERSION_MESSAGE =
  'A version is a whole number of 0 or more, as read from the record.';
/** A version in a query string, where every value is text. */
const VersionQuerySchema = z.object({
  version: z.optional(
    z.coerce
      .number({ error: VERSION_MESSAGE })
      .check(z.int(VERSION_MESSAGE), z.nonnegative(VERSION_MESSAGE)),
  ),
});

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(TEAM_ERROR_CODES),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Every route of the contract, keyed by the adapter method it serves. */
export const routes = {
  me: {
    method: 'get',
    path: '/me',
    summary: 'The signed-in member and their team',
    response: MeSchema,
  },
  listMembers: {
    method: 'get',
    path: '/members',
    summary: 'One page of members: search, filters, sort and cursor pagination',
    query: ListMembersQuerySchema,
    response: MemberPageSchema,
  },
  listInvitations: {
    method: 'get',
    path: '/invitations',
    summary: 'Open invitations (pending and expired)',
    response: z.object({ items: z.array(InvitationSchema) }),
  },
  getSeats: {
    method: 'get',
    path: '/seats',
    summary: 'Seat limit and usage',
    response: SeatsSchema,
  },
  setSeatLimit: {
    method: 'put',
    path: '/seats',
    summary: "Set the seat limit (the host's billing calls it)",
    body: SeatLimitInputSchema,
    response: SeatsSchema,
  },
  listTombstones: {
    method: 'get',
    path: '/tombstones',
    summary: 'Deleted members, by id and name',
    response: z.object({ items: z.array(TombstoneSchema) }),
  },
  invite: {
    method: 'post',
    path: '/invitations',
    summary: 'Invite one email address with one role',
    body: InviteInputSchema,
    response: InvitationSchema,
    status: 201,
  },
  cancelInvitation: {
    method: 'post',
    path: '/invitations/:invitationId/cancel',
    summary: 'Cancel an open invitation; its link stops working',
    params: InvitationParams,
    body: ExpectedVersionSchema,
    response: InvitationSchema,
  },
  resendInvitation: {
    method: 'post',
    path: '/invitations/:invitationId/resend',
    summary: 'Send a new link (the old one stops working) and restart the 7-day clock',
    params: InvitationParams,
    body: ExpectedVersionSchema,
    response: InvitationSchema,
  },
  previewInvitation: {
    method: 'post',
    path: '/invitations/preview',
    summary: 'What an invitation link offers, before accepting it',
    public: true,
    body: z.object({ token: TokenSchema }),
    response: InvitationPreviewSchema,
  },
  acceptInvitation: {
    method: 'post',
    path: '/invitations/accept',
    summary: 'Accept an invitation with a display name',
    public: true,
    body: AcceptInvitationInputSchema,
    response: AcceptedInvitationSchema,
    status: 201,
    responseHeaders: {
      'X-Session-Token':
        'A session for the new member, so the join page can sign them in.',
    },
  },
  changeRole: {
    method: 'put',
    path: '/members/:memberId/role',
    summary: "Change a member's role (demoting an admin clears super admin)",
    params: MemberParams,
    body: z.object({ role: RoleSchema, version: z.optional(VersionSchema) }),
    response: MemberSchema,
  },
  setSuperAdmin: {
    method: 'put',
    path: '/members/:memberId/super-admin',
    summary: 'Grant or revoke super admin rights of an admin',
    params: MemberParams,
    body: z.object({
      superAdmin: FlagSchema,
      version: z.optional(VersionSchema),
    }),
    response: MemberSchema,
  },
  setActive: {
    method: 'put',
    path: '/members/:memberId/active',
    summary: 'Deactivate or reactivate a member',
    params: MemberParams,
    body: z.object({
      active: FlagSchema,
      version: z.optional(VersionSchema),
    }),
    response: MemberSchema,
  },
  removeMember: {
    method: 'delete',
    path: '/members/:memberId',
    summary: 'Delete a member for good; a tombstone keeps their name',
    params: MemberParams,
    query: VersionQuerySchema,
    response: TombstoneSchema,
  },
  listGroups: {
    method: 'get',
    path: '/groups',
    summary: 'Every group of the team',
    response: z.object({ items: z.array(GroupSchema) }),
  },
  createGroup: {
    method: 'post',
    path: '/groups',
    summary: 'Create a group',
    body: CreateGroupInputSchema,
    response: GroupSchema,
    status: 201,
  },
  updateGroup: {
    method: 'patch',
    path: '/groups/:groupId',
    summary: 'Rename a group or change its kind or description',
    params: GroupParams,
    body: UpdateGroupInputSchema,
    response: GroupSchema,
  },
  deleteGroup: {
    method: 'delete',
    path: '/groups/:groupId',
    summary: 'Delete a group; its members stay members',
    params: GroupParams,
    query: VersionQuerySchema,
    response: null,
  },
  setGroupMembers: {
    method: 'put',
    path: '/groups/:groupId/members',
    summary: "Replace a group's members",
    params: GroupParams,
    body: GroupMembersInputSchema,
    response: GroupSchema,
  },
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof routes;

/** The HTTP status each error code travels with. */
export const ERROR_STATUS: Record<TeamErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  self_action: 403,
  not_found: 404,
  validation: 422,
  no_seats: 409,
  already_member: 409,
  already_invited: 409,
  last_admin: 409,
  admin_cannot_be_deactivated: 409,
  conflict: 409,
  invitation_expired: 410,
  invitation_invalid: 410,
  rate_limited: 429,
  network: 503,
  invalid_response: 502,
  unknown: 500,
};

/**
 * The code to assume when a backend answers a status without a readable error
 * body. 502, 503 and 504 come from a proxy whose backend did not answer, so
 * they are `network`, like a request that got no answer at all.
 */
export function codeForStatus(status: number): TeamErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 400 || status === 422) return 'validation';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 410) return 'invitation_invalid';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'network';
  return 'unknown';
}

/** Fills `:name` parameters of a route path. Values are URI-encoded. */
export function routePath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined)
      throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
