import * as z from 'zod/mini';
import type { TeamAdapter } from './adapter';
import {
  AcceptedInvitationSchema,
  GroupSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  MemberPageSchema,
  MemberSchema,
  MeSchema,
  SeatsSchema,
  TombstoneSchema,
} from './schemas';

type AdapterMethod = Exclude<keyof TeamAdapter, 'subscribe'>;

/**
 * What each adapter method must answer, by the model's schemas. The client
 * checks every answer against them, so a backend of the host's own is held to
 * the same shapes as the REST contract.
 */
export const ADAPTER_ANSWERS = {
  me: MeSchema,
  listMembers: MemberPageSchema,
  listInvitations: z.array(InvitationSchema),
  getSeats: SeatsSchema,
  listTombstones: z.array(TombstoneSchema),
  invite: InvitationSchema,
  cancelInvitation: InvitationSchema,
  resendInvitation: InvitationSchema,
  previewInvitation: InvitationPreviewSchema,
  acceptInvitation: AcceptedInvitationSchema,
  changeRole: MemberSchema,
  setSuperAdmin: MemberSchema,
  setActive: MemberSchema,
  removeMember: TombstoneSchema,
  setSeatLimit: SeatsSchema,
  listGroups: z.array(GroupSchema),
  createGroup: GroupSchema,
  updateGroup: GroupSchema,
  // Nothing is read from a deletion's answer, so anything goes.
  deleteGroup: z.pipe(
    z.unknown(),
    z.transform((): void => undefined),
  ),
  setGroupMembers: GroupSchema,
} satisfies Record<AdapterMethod, z.ZodMiniType>;

export type AnswerMethod = keyof typeof ADAPTER_ANSWERS;
export type Answer<M extends AnswerMethod> = z.output<(typeof ADAPTER_ANSWERS)[M]>;

const CHECKED = Symbol('fiko.team-sdk.answersChecked');

/**
 * Marks an adapter of the SDK's own whose answers already fit the model: the
 * HTTP adapter checks each one against the contract, the memory store makes
 * them from data it validated. The client then skips its own check, which
 * costs most on the first, cold render. The mark is not enumerable, so a
 * host's wrapper (`{ ...adapter, listMembers }`) is checked again.
 */
export function markAnswersChecked<A extends TeamAdapter>(adapter: A): A {
  Object.defineProperty(adapter, CHECKED, { value: true });
  return adapter;
}

export function answersChecked(adapter: TeamAdapter): boolean {
  return (adapter as { [CHECKED]?: boolean })[CHECKED] === true;
}
