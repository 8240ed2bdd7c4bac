import type {
  CreateGroupInput,
  Group,
  Invitation,
  InviteInput,
  Member,
  Role,
  TeamResource,
  UpdateGroupInput,
} from '@fiko/team-sdk';
import { TeamError } from '@fiko/team-sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTeam } from '../provider/TeamProvider';
import {
  dropMember,
  type MembersSnapshot,
  patchMember,
  restoreMembers,
} from './optimistic';
import { teamKeys } from './teamKeys';

/** Options shared by the mutation hooks. */
export interface TeamMutationOptions<TData> {
  /** Called after the backend accepted the change. */
  onSuccess?: (data: TData) => void;
  /** Called with the refusal, after an optimistic change was rolled back. */
  onError?: (error: TeamError) => void;
}

/**
 * What each change makes stale: exactly the resources the client reports
 * for it. The provider batches them with the client's own report.
 */
const CHANGES = {
  invite: ['invitations', 'seats'],
  invitation: ['invitations', 'seats'],
  role: ['members', 'me'],
  active: ['members', 'seats', 'me'],
  remove: ['members', 'seats', 'groups', 'me'],
  group: ['groups'],
  groupMembers: ['groups', 'members'],
} as const satisfies Record<string, readonly TeamResource[]>;

function useSettle(resources: readonly TeamResource[]) {
  const { invalidate } = useTeam();
  return () => invalidate(resources);
}

/** Sends one invitation; the new row shows before the refetch. */
export function useInviteMember(options: TeamMutationOptions<Invitation> = {}) {
  const { client } = useTeam();
  const queryClient = useQueryClient();
  const settle = useSettle(CHANGES.invite);

  return useMutation({
    mutationFn: (input: InviteInput) => client.invite(input),
    onSuccess: (invitation) => {
      queryClient.setQueryData<Invitation[]>(teamKeys.invitations(), (list) => [
        invitation,
        ...(list ?? []).filter((item) => item.id !== invitation.id),
      ]);
      options.onSuccess?.(invitation);
    },
    onError: (error) => options.onError?.(TeamError.from(error)),
    onSettled: settle,
  });
}

/** Cancels an open invitation; its row goes as soon as the backend agrees. */
export function useCancelInvitation(options: TeamMutationOptions<Invitation> = {}) {
  const { client } = useTeam();
  const queryClient = useQueryClient();
  const settle = useSettle(CHANGES.invitation);

  return useMutation({
    mutationFn: (invitation: Invitation) =>
      client.cancelInvitation(invitation.id, { version: invitation.version }),
    onSuccess: (cancelled) => {
      queryClient.setQueryData<Invitation[]>(teamKeys.invitations(), (list) =>
        list?.filter((item) => item.id !== cancelled.id),
      );
      options.onSuccess?.(cancelled);
    },
    onError: (error) => options.onError?.(TeamError.from(error)),
    onSettled: settle,
  });
}

/** Resends an invitation with a new link and a fresh 7 days. */
export function useResendInvitation(options: TeamMutationOptions<Invitation> = {}) {
  const { client } = useTeam();
  const settle = useSettle(CHANGES.invitation);

  return useMutation({
    mutationFn: (invitation: Invitation) =>
      client.resendInvitation(invitation.id, { version: invitation.version }),
    onSuccess: (invitation) => options.onSuccess?.(invitation),
    onError: (error) => options.onError?.(TeamError.from(error)),
    onSettled: settle,
  });
}

/**
 * The shape of an optimistic member change: patch every list at once, put
 * it back if the backend refuses, refetch what changed either way.
 */
function useOptimisticMemberChange<TInput extends { member: Member }>(
  change: (input: TInput) => Promise<Member>,
  patch: (member: Member, input: TInput) => Member,
  resources: readonly TeamResource[],
  options: TeamMutationOptions<Member>,
) {
  const queryClient = useQueryClient();
  const settle = useSettle(resources);

  return useMutation<Member, unknown, TInput, MembersSnapshot>({
    mutationFn: change,
    onMutate: (input) =>
      patchMember(queryClient, input.member.id, (member) => patch(member, input)),
    onSuccess: (member) => options.onSuccess?.(member),
    onError: (error, _input, snapshot) => {
      if (snapshot) restoreMembers(queryClient, snapshot);
      options.onError?.(TeamError.from(error));
    },
    onSettled: settle,
  });
}

/** Changes a member's role at once on screen; rolls back if refused. */
export function useChangeRole(options: TeamMutationOptions<Member> = {}) {
  const { client } = useTeam();
  return useOptimisticMemberChange<{ member: Member; role: Role }>(
    ({ member, role }) => client.changeRole(member.id, role, { version: member.version }),
    (member, { role }) => ({
      ...member,
      role,
      superAdmin: role === 'admin' ? member.superAdmin : false,
    }),
    CHANGES.role,
    options,
  );
}

/** Grants or revokes super admin at once on screen; rolls back if refused. */
export function useSetSuperAdmin(options: TeamMutationOptions<Member> = {}) {
  const { client } = useTeam();
  return useOptimisticMemberChange<{ member: Member; superAdmin: boolean }>(
    ({ member, superAdmin }) =>
      client.setSuperAdmin(member.id, superAdmin, { version: member.version }),
    (member, { superAdmin }) => ({ ...member, superAdmin }),
    CHANGES.role,
    options,
  );
}

/** Deactivates or reactivates at once on screen; rolls back if refused. */
export function useSetActive(options: TeamMutationOptions<Member> = {}) {
  const { client } = useTeam();
  return useOptimisticMemberChange<{ member: Member; active: boolean }>(
    ({ member, active }) =>
      client.setActive(member.id, active, { version: member.version }),
    (member, { active }) => ({ ...member, status: active ? 'active' : 'inactive' }),
    CHANGES.active,
    options,
  );
}

/** Deletes a member for good once the backend agrees. */
export function useRemoveMember(options: TeamMutationOptions<Member> = {}) {
  const { client } = useTeam();
  const queryClient = useQueryClient();
  const settle = useSettle(CHANGES.remove);

  return useMutation({
    mutationFn: async (member: Member) => {
      await client.removeMember(member.id, { version: member.version });
      return member;
    },
    onSuccess: (member) => {
      dropMember(queryClient, member.id);
      options.onSuccess?.(member);
    },
    onError: (error) => options.onError?.(TeamError.from(error)),
    onSettled: settle,
  });
}

/** Creates a group. */
export function useCreateGroup(options: TeamMutationOptions<Group> = {}) {
  const { client } = useTeam();
  const settle = useSettle(CHANGES.group);
  return useMutation({
    mutationFn: (input: CreateGroupInput) => client.createGroup(input),
    onSuccess: (group) => options.onSuccess?.(group),
    onError: (error) => options.onError?.(TeamError.from(error)),
    onSettled: settle,
  });
}

/** Renames or re-describes a group. */
export function useUpdateGroup(options: TeamMutationOptions<Group> = {}) {
  const { client } = useTeam();
  const settle = useSettle(CHANGES.group);
  return useMutation({
    mutationFn: ({ group, patch }: { group: Group; patch: UpdateGroupInput }) =>
      client.updateGroup(group.id, { ...patch, version: group.version }),
    onSuccess: (group) => options.onSuccess?.(group),
    onError: (error) => options.onError?.(TeamError.from(error)),
    onSettled: settle,
  });
}

/** Deletes a group; its members stay. */
export function useDeleteGroup(options: TeamMutationOptions<Group> = {}) {
  const { client } = useTeam();
  const settle = useSettle(CHANGES.groupMembers);
  return useMutation({
    mutationFn: async (group: Group) => {
      await client.deleteGroup(group.id, { version: group.version });
      return group;
    },
    onSuccess: (group) => options.onSuccess?.(group),
    onError: (error) => options.onError?.(TeamError.from(error)),
    onSettled: settle,
  });
}

/** Replaces a group's members, shown at once in the groups list. */
export function useSetGroupMembers(options: TeamMutationOptions<Group> = {}) {
  const { client } = useTeam();
  const queryClient = useQueryClient();
  const settle = useSettle(CHANGES.groupMembers);

  return useMutation<Group, unknown, { group: Group; memberIds: string[] }, Group[]>({
    mutationFn: ({ group, memberIds }) =>
      client.setGroupMembers(group.id, memberIds, { version: group.version }),
    onMutate: async ({ group, memberIds }) => {
      await queryClient.cancelQueries({ queryKey: teamKeys.groups() });
      const previous = queryClient.getQueryData<Group[]>(teamKeys.groups()) ?? [];
      queryClient.setQueryData<Group[]>(teamKeys.groups(), (list) =>
        list?.map((item) => (item.id === group.id ? { ...item, memberIds } : item)),
      );
      return previous;
    },
    onSuccess: (group) => {
      queryClient.setQueryData<Group[]>(teamKeys.groups(), (list) =>
        list?.map((item) => (item.id === group.id ? group : item)),
      );
      options.onSuccess?.(group);
    },
    onError: (error, _input, previous) => {
      if (previous) queryClient.setQueryData(teamKeys.groups(), previous);
      options.onError?.(TeamError.from(error));
    },
    onSettled: settle,
  });
}
