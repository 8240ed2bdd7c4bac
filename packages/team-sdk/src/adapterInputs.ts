import * as z from 'zod/mini';
import type { TeamAdapterMethod } from './adapter';
import { parseInput } from './parse';
import {
  AcceptInvitationInputSchema,
  CreateGroupInputSchema,
  FlagSchema,
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

const version = z.optional(VersionSchema);
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
  changeRole: z.extend(memberChange, { role: RoleSchema }),
  setSuperAdmin: z.extend(memberChange, { superAdmin: FlagSchema }),
  setActive: z.extend(memberChange, { active: FlagSchema }),
  removeMember: memberChange,
  setSeatLimit: SeatLimitInputSchema,
  createGroup: CreateGroupInputSchema,
  updateGroup: z.extend(UpdateGroupInputSchema, { groupId: IdSchema }),
  deleteGroup: groupChange,
  setGroupMembers: z.extend(GroupMembersInputSchema, { groupId: IdSchema }),
} satisfies Partial<Record<TeamAdapterMethod, z.ZodMiniType>>;

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
  return parseInput(ADAPTER_INPUT_SCHEMAS[method] as z.ZodMiniType, input) as z.output<
    (typeof ADAPTER_INPUT_SCHEMAS)[M]
  >;
}
