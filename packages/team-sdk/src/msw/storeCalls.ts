import type { RouteName } from '../contract/routes';
import type { RouteInput, RouteOutput } from '../contract/routeTypes';
import type { MemoryStore } from '../memory/memoryStore';

type StoreCall<N extends RouteName> = (
  store: MemoryStore,
  actorId: string,
  input: RouteInput<N>,
) => RouteOutput<N>;

/** What each route does on a memory store, in the shape the contract answers. */
export const storeCalls: { [N in RouteName]: StoreCall<N> } = {
  me: (store, actor) => store.me(actor),
  listMembers: (store, actor, input) => store.listMembers(actor, input),
  listInvitations: (store, actor) => ({ items: store.listInvitations(actor) }),
  getSeats: (store, actor) => store.getSeats(actor),
  setSeatLimit: (store, actor, input) => store.setSeatLimit(actor, input),
  listTombstones: (store, actor) => ({ items: store.listTombstones(actor) }),
  invite: (store, actor, input) => store.invite(actor, input),
  cancelInvitation: (store, actor, input) => store.cancelInvitation(actor, input),
  resendInvitation: (store, actor, input) => store.resendInvitation(actor, input),
  previewInvitation: (store, _actor, input) => store.previewInvitation(input),
  acceptInvitation: (store, _actor, input) => store.acceptInvitation(input),
  changeRole: (store, actor, input) => store.changeRole(actor, input),
  setSuperAdmin: (store, actor, input) => store.setSuperAdmin(actor, input),
  setActive: (store, actor, input) => store.setActive(actor, input),
  removeMember: (store, actor, input) => store.removeMember(actor, input),
  listGroups: (store, actor) => ({ items: store.listGroups(actor) }),
  createGroup: (store, actor, input) => store.createGroup(actor, input),
  updateGroup: (store, actor, input) => store.updateGroup(actor, input),
  deleteGroup: (store, actor, input) => {
    store.deleteGroup(actor, input);
    return undefined;
  },
  setGroupMembers: (store, actor, input) => store.setGroupMembers(actor, input),
};
