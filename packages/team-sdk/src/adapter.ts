import type {
  AcceptedInvitation,
  Group,
  GroupKind,
  Invitation,
  InvitationPreview,
  ListMembersParams,
  Me,
  Member,
  MemberPage,
  Role,
  Seats,
  TeamChange,
  Tombstone,
} from './schemas';

/**
 * How the client reaches a backend. Inputs arrive already validated and
 * normalised by the client (emails trimmed and lower-cased, names trimmed,
 * defaults applied). Every method rejects with a `TeamError`.
 *
 * `version`, where an input has it, is the version of the record the change
 * was based on: a backend answers `conflict` when its record is newer.
 */
export interface TeamAdapter {
  /** The signed-in member and their team. */
  me(): Promise<Me>;

  listMembers(query: ListMembersParams): Promise<MemberPage>;
  /** Open invitations: pending and expired. Cancelled and accepted ones are history. */
  listInvitations(): Promise<Invitation[]>;
  getSeats(): Promise<Seats>;
  /** Members who were deleted, kept by id and name so history stays attributable. */
  listTombstones(): Promise<Tombstone[]>;

  invite(input: { email: string; role: Role }): Promise<Invitation>;
  cancelInvitation(input: {
    invitationId: string;
    version?: number;
  }): Promise<Invitation>;
  resendInvitation(input: {
    invitationId: string;
    version?: number;
  }): Promise<Invitation>;
  /** Public: what the join page shows for a token, before accepting. */
  previewInvitation(input: { token: string }): Promise<InvitationPreview>;
  /** Public: the invitee accepts with a display name and becomes an active member. */
  acceptInvitation(input: { token: string; name: string }): Promise<AcceptedInvitation>;

  changeRole(input: { memberId: string; role: Role; version?: number }): Promise<Member>;
  setSuperAdmin(input: {
    memberId: string;
    superAdmin: boolean;
    version?: number;
  }): Promise<Member>;
  setActive(input: {
    memberId: string;
    active: boolean;
    version?: number;
  }): Promise<Member>;
  removeMember(input: { memberId: string; version?: number }): Promise<Tombstone>;

  /** The host's billing sets the seat limit. Admins only. */
  setSeatLimit(input: { limit: number }): Promise<Seats>;

  listGroups(): Promise<Group[]>;
  createGroup(input: {
    name: string;
    kind: GroupKind;
    description: string;
  }): Promise<Group>;
  updateGroup(input: {
    groupId: string;
    name?: string;
    kind?: GroupKind;
    description?: string;
    version?: number;
  }): Promise<Group>;
  deleteGroup(input: { groupId: string; version?: number }): Promise<void>;
  setGroupMembers(input: {
    groupId: string;
    memberIds: string[];
    version?: number;
  }): Promise<Group>;

  /**
   * Optional: changes made elsewhere (another actor, another tab). The client
   * also announces its own successful changes, so an adapter without push can leave it out.
   */
  subscribe?(listener: (change: TeamChange) => void): () => void;
}

/** The adapter method names, for wrappers that treat every call alike. */
export type TeamAdapterMethod = Exclude<keyof TeamAdapter, 'subscribe'>;
