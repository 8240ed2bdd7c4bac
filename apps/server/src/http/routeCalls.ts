import type { RouteInput, RouteName } from '@fiko/team-sdk/contract';
import type { InvitationEmail } from '../mail/mailer';
import type { Caller } from '../team/facts';
import type { TeamService } from '../team/teamService';

/** What a route's call can use beside its input. */
export interface CallContext {
  service: TeamService;
  /** The signed-in member; absent on public routes. */
  caller: Caller;
  /** Delivers an invitation email once its invitation is committed. */
  deliver(email: InvitationEmail): Promise<void>;
  /** Adds a header to the success response. */
  header(name: string, value: string): void;
}

type RouteCall<N extends RouteName> = (
  context: CallContext,
  input: RouteInput<N>,
) => unknown | Promise<unknown>;

/** What each route of the contract does, keyed like the contract itself. */
export const routeCalls: { [N in RouteName]: RouteCall<N> } = {
  me: ({ service, caller }) => service.me(caller),
  listMembers: ({ service, caller }, query) => service.listMembers(caller, query),
  listInvitations: ({ service, caller }) => ({ items: service.listInvitations(caller) }),
  getSeats: ({ service, caller }) => service.getSeats(caller),
  setSeatLimit: ({ service, caller }, input) => service.setSeatLimit(caller, input),
  listTombstones: ({ service, caller }) => ({ items: service.listTombstones(caller) }),
  invite: async ({ service, caller, deliver }, input) => {
    const sent = service.invite(caller, input);
    await deliver(sent.email);
    return sent.invitation;
  },
  cancelInvitation: ({ service, caller }, input) =>
    service.cancelInvitation(caller, input),
  resendInvitation: async ({ service, caller, deliver }, input) => {
    const sent = service.resendInvitation(caller, input);
    await deliver(sent.email);
    return sent.invitation;
  },
  previewInvitation: ({ service }, input) => service.previewInvitation(input),
  acceptInvitation: ({ service, header }, input) => {
    const { accepted, sessionToken } = service.acceptInvitation(input);
    header('X-Session-Token', sessionToken);
    return accepted;
  },
  changeRole: ({ service, caller }, input) => service.changeRole(caller, input),
  setSuperAdmin: ({ service, caller }, input) => service.setSuperAdmin(caller, input),
  setActive: ({ service, caller }, input) => service.setActive(caller, input),
  removeMember: ({ service, caller }, input) => service.removeMember(caller, input),
  listGroups: ({ service, caller }) => ({ items: service.listGroups(caller) }),
  createGroup: ({ service, caller }, input) => service.createGroup(caller, input),
  updateGroup: ({ service, caller }, input) => service.updateGroup(caller, input),
  deleteGroup: ({ service, caller }, input) => service.deleteGroup(caller, input),
  setGroupMembers: ({ service, caller }, input) => service.setGroupMembers(caller, input),
};
