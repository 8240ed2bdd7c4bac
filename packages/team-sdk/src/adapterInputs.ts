import * as z from 'zod';
import type { TeamAdapterMethod } from './adapter';
import { parseInput } from './parse';
import {
  AcceptInvitationInputSchema,
  CreateGroupInputSchema,
  GroupMembersInputSchema,
  IdSchema,
  InviteInputSchema,
  ListMembersQuerySchema,
  RoleSchema,
  SeatLimitInputSchema,
  TokenSchema,
  UpdateGroupInputSchema,
  VersionSchema,
} from './schemas';

const version = VersionSchema.optional();
const invitationChange = z.object({ invitationId: IdSchema, version });
const memberChange = z.object({ memberId: IdSchema, version });
const groupChange = z.object({ groupId: IdSchema, version });

/**
 * The input of every adapter method that takes one, as a schema: the same
 * schemas the client parses its arguments with, in the adapter's object shape.
 */
export const ADAPTER_INPUT_SCHEMAS = {
  listMembers: ListMembersQuerySchema,
  invite: InviteInputSchema,
  cancelInvitation: invitationChange,
  resendInvitation: invitationChange,
  previewInvitation: z.object({ token: TokenSchema }),
  acceptInvitation: AcceptInvitationInputSchema,
  changeRole: memberChange.extend({ role: RoleSchema }),
  setSuperAdmin: memberChange.extend({ superAdmin: z.boolean() }),
  setActive: memberChange.extend({ active: z.boolean() }),
  removeMember: memberChange,
  setSeatLimit: SeatLimitInputSchema,
  createGroup: CreateGroupInputSchema,
  updateGroup: UpdateGroupInputSchema.extend({ groupId: IdSchema }),
  deleteGroup: groupChange,
  setGroupMembers: GroupMembersInputSchema.extend({ groupId: IdSchema }),
} satisfies Partial<Record<TeamAdapterMethod, z.ZodType>>;

export type AdapterInputMethod = keyof typeof ADAPTER_INPUT_SCHEMAS;

/**
 * Parses the input of an adapter method, or throws a `validation` TeamError
 * naming each field at fault. Backends that are handed inputs directly (the
 * memory store) call it so that no caller can skip the client's checks.
 */
export function parseAdapterInput<M extends AdapterInputMethod>(
  method: M,
  input: unknown,
): z.output<(typeof ADAPTER_INPUT_SCHEMAS)[M]> {
  // TypeScript cannot narrow a union of schemas by a generic key; the table is the proof.
  return parseInput(ADAPTER_INPUT_SCHEMAS[method] as z.ZodType, input) as z.output<
    (typeof ADAPTER_INPUT_SCHEMAS)[M]
  >;
}
