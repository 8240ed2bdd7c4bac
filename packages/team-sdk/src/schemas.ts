import * as z from 'zod/mini';
import {
  hasControlCharacter,
  hasHiddenCharacter,
  hasStackedMarks,
  isWellFormed,
} from './text';

/*
 * The model of a team, as zod schemas. Every type the kit uses is inferred
 * from here, the REST contract is generated from here, and every response
 * the HTTP adapter receives is checked against here.
 */

// ---------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------

/** Input limits shared by the client, the adapters and the server. */
export const LIMITS = {
  emailLength: 254,
  nameLength: 80,
  groupNameLength: 60,
  groupDescriptionLength: 280,
  searchLength: 100,
  pageSize: 200,
  groupMembers: 10_000,
  seatLimit: 100_000,
  tokenLength: 200,
  idLength: 64,
  cursorLength: 500,
} as const;

/** Invitations stay valid this long after they are sent or resent. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------

export const ROLES = ['admin', 'cs', 'viewer'] as const;
export const RoleSchema = z.enum(ROLES, { error: 'Choose a role: admin, cs or viewer.' });
export type Role = z.infer<typeof RoleSchema>;

/** How each role is written in plain English text (emails, logs); the UI has its own catalog. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  admin: 'Admin',
  cs: 'CS (Customer Service)',
  viewer: 'Viewer',
};

export const IdSchema = z
  .string({ error: 'An id is required, as text.' })
  .check(
    z.minLength(1, 'An id is required.'),
    z.maxLength(LIMITS.idLength, 'This id is too long.'),
    z.regex(/^[A-Za-z0-9_-]+$/, 'This id has characters ids never contain.'),
  );

const VERSION_MESSAGE =
  'A version is a whole number of 0 or more, as read from the record.';
export const VersionSchema = z
  .number({ error: VERSION_MESSAGE })
  .check(z.int(VERSION_MESSAGE), z.nonnegative(VERSION_MESSAGE));

const TimestampSchema = z.iso.datetime({ offset: true });

/** A switch of a change, such as `superAdmin` or `active`. */
export const FlagSchema = z.boolean({ error: 'Use true or false.' });

const MARKUP_CHARACTERS = /[<>]/;

function wellFormed(what: string) {
  return z.refine<string>(
    (value) => isWellFormed(value),
    `${what} contains broken text (an unpaired surrogate). Type it again.`,
  );
}

// Lengths are counted in code points, by zod as by JSON Schema and SQLite, so
// well-formed text keeps its length from the form to the database and back.
function displayText(max: number, what: string) {
  return z.string({ error: `${what} is required, as text.` }).check(
    z.trim(),
    // One form per text: a name typed with decomposed accents (macOS, some
    // keyboards) must look up, sort and compare like the same name composed.
    z.normalize('NFC'),
    wellFormed(what),
    z.minLength(1, `${what} is required.`),
    z.maxLength(max, `${what} must be at most ${max} characters.`),
    z.refine(
      (value: string) => !hasHiddenCharacter(value),
      `${what} cannot contain control or invisible characters.`,
    ),
    z.refine(
      (value: string) => !hasStackedMarks(value),
      `${what} cannot pile accents or marks on one letter.`,
    ),
    z.refine(
      (value: string) => !MARKUP_CHARACTERS.test(value),
      `${what} cannot contain < or >.`,
    ),
  );
}

/**
 * A person's display name: trimmed, 1–80 characters, no markup, no invisible
 * characters, no letter under a pile of marks. Emoji sequences are welcome.
 */
export const DisplayNameSchema = displayText(LIMITS.nameLength, 'A name');

/** An email address: trimmed, lower-cased, validated by zod's email rule. */
export const EmailSchema = z.pipe(
  z.pipe(
    z
      .string({ error: 'Enter an email address, like name@example.com.' })
      .check(
        z.trim(),
        wellFormed('An email address'),
        z.maxLength(
          LIMITS.emailLength,
          `An email address must be at most ${LIMITS.emailLength} characters.`,
        ),
      ),
    z.email('Enter a valid email address, like name@example.com.'),
  ),
  z.transform((value: string) => value.toLowerCase()),
);

// ---------------------------------------------------------------------------
// Team and members
// ---------------------------------------------------------------------------

export const TeamSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.nameLength)),
  /** Active super admins right now: lets a UI foresee `last_admin` before asking. */
  activeSuperAdminCount: z.number().check(z.int(), z.nonnegative()),
});
export type Team = z.infer<typeof TeamSchema>;

export const MEMBER_STATUSES = ['active', 'inactive'] as const;
export const MemberStatusSchema = z.enum(MEMBER_STATUSES, {
  error: 'Choose a status: active or inactive.',
});
export type MemberStatus = z.infer<typeof MemberStatusSchema>;

export const MemberSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.nameLength)),
  email: z.string().check(z.minLength(3), z.maxLength(LIMITS.emailLength)),
  role: RoleSchema,
  /** Only admins carry it. Super admins manage members and invitations. */
  superAdmin: z.boolean(),
  status: MemberStatusSchema,
  joinedAt: TimestampSchema,
  groupIds: z.array(IdSchema),
  /** Increases with every change; a write based on an older one is a `conflict`. */
  version: VersionSchema,
});
export type Member = z.infer<typeof MemberSchema>;

/** What remains of a deleted member, so history stays attributable. No email. */
export const TombstoneSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.nameLength)),
  removedAt: TimestampSchema,
});
export type Tombstone = z.infer<typeof TombstoneSchema>;

export const MeSchema = z.object({ member: MemberSchema, team: TeamSchema });
export type Me = z.infer<typeof MeSchema>;

// ---------------------------------------------------------------------------
// Invitations and seats
// ---------------------------------------------------------------------------

export const INVITATION_STATUSES = [
  'pending',
  'expired',
  'cancelled',
  'accepted',
] as const;
export const InvitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

export const InvitationSchema = z.object({
  id: IdSchema,
  email: z.string().check(z.minLength(3), z.maxLength(LIMITS.emailLength)),
  role: RoleSchema,
  status: InvitationStatusSchema,
  invitedAt: TimestampSchema,
  expiresAt: TimestampSchema,
  /** The member who sent (or last resent) it; absent when they have since been deleted. */
  invitedBy: z.nullable(IdSchema),
  version: VersionSchema,
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const SeatsSchema = z
  .object({
    limit: z.number().check(z.int(), z.nonnegative()),
    used: z.number().check(z.int(), z.nonnegative()),
    available: z.number().check(z.int()),
  })
  .check(
    // A backend that miscounts would let the UI offer an invite it then refuses.
    z.refine((seats) => seats.available === seats.limit - seats.used, {
      message: 'Available seats must equal the limit minus the seats in use.',
      path: ['available'],
    }),
  );
export type Seats = z.infer<typeof SeatsSchema>;

/** What a join page shows before the invitee accepts. */
export const InvitationPreviewSchema = z.object({
  teamName: z.string(),
  email: z.string(),
  role: RoleSchema,
  expiresAt: TimestampSchema,
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const AcceptedInvitationSchema = z.object({
  member: MemberSchema,
  team: TeamSchema,
});
export type AcceptedInvitation = z.infer<typeof AcceptedInvitationSchema>;

// ---------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------

export const GROUP_KINDS = ['department', 'expertise', 'shift', 'custom'] as const;
export const GroupKindSchema = z.enum(GROUP_KINDS, {
  error: 'Choose a kind: department, expertise, shift or custom.',
});
export type GroupKind = z.infer<typeof GroupKindSchema>;

/** A group name: trimmed, 1–60 characters, unique per team ignoring case. */
export const GroupNameSchema = displayText(LIMITS.groupNameLength, 'A group name');

/** A group's description: trimmed, up to 280 characters over any number of lines. */
export const GroupDescriptionSchema = z.string({ error: 'A description is text.' }).check(
  z.trim(),
  z.normalize('NFC'),
  wellFormed('A description'),
  z.maxLength(
    LIMITS.groupDescriptionLength,
    `A description must be at most ${LIMITS.groupDescriptionLength} characters.`,
  ),
  z.refine(
    (value: string) => !hasHiddenCharacter(value.replace(/\n/g, ' ')),
    'A description cannot contain control or invisible characters.',
  ),
  z.refine(
    (value: string) => !hasStackedMarks(value),
    'A description cannot pile accents or marks on one letter.',
  ),
);

export const GroupSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(LIMITS.groupNameLength)),
  kind: GroupKindSchema,
  description: z.string().check(z.maxLength(LIMITS.groupDescriptionLength)),
  memberIds: z.array(IdSchema),
  createdAt: TimestampSchema,
  version: VersionSchema,
});
export type Group = z.infer<typeof GroupSchema>;

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

export const MEMBER_SORT_FIELDS = [
  'name',
  'email',
  'role',
  'status',
  'joinedAt',
] as const;
export const MemberSortSchema = z.enum(MEMBER_SORT_FIELDS, {
  error: 'Sort by name, email, role, status or joinedAt.',
});
export type MemberSort = z.infer<typeof MemberSortSchema>;

const ORDER_MESSAGE = 'Choose an order: asc or desc.';
const LIMIT_MESSAGE = `A page holds from 1 to ${LIMITS.pageSize} members.`;

export const ListMembersQuerySchema = z.object({
  /** Matches name or email, case-insensitively. */
  search: z.optional(
    z.string({ error: 'A search is text.' }).check(
      z.trim(),
      z.normalize('NFC'),
      wellFormed('A search'),
      z.maxLength(
        LIMITS.searchLength,
        `A search must be at most ${LIMITS.searchLength} characters.`,
      ),
      z.refine(
        (value: string) => !hasControlCharacter(value),
        'A search cannot contain control characters.',
      ),
    ),
  ),
  role: z.optional(RoleSchema),
  status: z.optional(MemberStatusSchema),
  groupId: z.optional(IdSchema),
  sort: z._default(MemberSortSchema, 'name'),
  order: z._default(z.enum(['asc', 'desc'], { error: ORDER_MESSAGE }), 'asc'),
  /** An opaque cursor from a previous page's `nextCursor`. */
  cursor: z.optional(
    z
      .string({ error: 'This page cursor is not valid.' })
      .check(
        wellFormed('This page cursor'),
        z.maxLength(LIMITS.cursorLength, 'This page cursor is not valid.'),
      ),
  ),
  limit: z._default(
    z.coerce
      .number({ error: LIMIT_MESSAGE })
      .check(
        z.int(LIMIT_MESSAGE),
        z.minimum(1, LIMIT_MESSAGE),
        z.maximum(LIMITS.pageSize, LIMIT_MESSAGE),
      ),
    50,
  ),
});
export type ListMembersQuery = z.input<typeof ListMembersQuerySchema>;
export type ListMembersParams = z.output<typeof ListMembersQuerySchema>;

export const MemberPageSchema = z.object({
  items: z.array(MemberSchema),
  /** Pass it back as `cursor` for the next page; `null` on the last page. */
  nextCursor: z.nullable(z.string()),
  /** How many members match the query, across all pages. */
  total: z.number().check(z.int(), z.nonnegative()),
});
export type MemberPage = z.infer<typeof MemberPageSchema>;

export const InviteInputSchema = z.object({ email: EmailSchema, role: RoleSchema });
export type InviteInput = z.input<typeof InviteInputSchema>;

/** An invitation token as it appears in the accept link. */
export const TokenSchema = z
  .string({ error: 'This invitation link is not valid.' })
  .check(
    z.trim(),
    z.minLength(
      16,
      'This invitation link is incomplete. Open the link from the email again.',
    ),
    z.maxLength(LIMITS.tokenLength, 'This invitation link is not valid.'),
    z.regex(/^[A-Za-z0-9._~-]+$/, 'This invitation link is not valid.'),
  );

export const AcceptInvitationInputSchema = z.object({
  token: TokenSchema,
  name: DisplayNameSchema,
});
export type AcceptInvitationInput = z.input<typeof AcceptInvitationInputSchema>;

export const CreateGroupInputSchema = z.object({
  name: GroupNameSchema,
  kind: GroupKindSchema,
  description: z._default(GroupDescriptionSchema, ''),
});
export type CreateGroupInput = z.input<typeof CreateGroupInputSchema>;

export const UpdateGroupInputSchema = z.object({
  name: z.optional(GroupNameSchema),
  kind: z.optional(GroupKindSchema),
  description: z.optional(GroupDescriptionSchema),
  version: z.optional(VersionSchema),
});
export type UpdateGroupInput = z.input<typeof UpdateGroupInputSchema>;

export const GroupMembersInputSchema = z.object({
  memberIds: z.array(IdSchema, { error: 'Member ids are a list.' }).check(
    z.maxLength(
      LIMITS.groupMembers,
      `A group can have at most ${LIMITS.groupMembers} members.`,
    ),
    z.refine(
      (ids: string[]) => new Set(ids).size === ids.length,
      'A member can be in a group only once.',
    ),
  ),
  version: z.optional(VersionSchema),
});
export type GroupMembersInput = z.input<typeof GroupMembersInputSchema>;

export const SeatLimitInputSchema = z.object({
  limit: z
    .number({ error: 'A seat limit is a whole number of 0 or more.' })
    .check(
      z.int('A seat limit is a whole number.'),
      z.minimum(0, 'A seat limit cannot be negative.'),
      z.maximum(LIMITS.seatLimit, `A team can have at most ${LIMITS.seatLimit} seats.`),
    ),
});

/** The version a change is based on. When omitted the change is applied to whatever is current. */
export const ExpectedVersionSchema = z.object({ version: z.optional(VersionSchema) });
export type ExpectedVersion = z.input<typeof ExpectedVersionSchema>;

// ---------------------------------------------------------------------------
// Change events
// ---------------------------------------------------------------------------

export const TEAM_RESOURCES = [
  'me',
  'members',
  'invitations',
  'seats',
  'groups',
] as const;
export type TeamResource = (typeof TEAM_RESOURCES)[number];

/** Announces which parts of the team changed, so views can refresh just those. */
export interface TeamChange {
  resources: TeamResource[];
}
