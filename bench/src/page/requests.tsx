import type { Group, Invitation, Member, TeamClient } from '@fiko/team-sdk';
import {
  useCancelInvitation,
  useChangeRole,
  useCreateGroup,
  useDeleteGroup,
  useInviteMember,
  useRemoveMember,
  useResendInvitation,
  useSetActive,
  useSetGroupMembers,
  useSetSuperAdmin,
  useUpdateGroup,
} from '@fiko/team-ui';
import { useEffect } from 'react';

/** One request the HTTP adapter sent, as the counting fetch saw it. */
export interface RequestRecord {
  method: string;
  /** Path under the API base, with its query string. */
  path: string;
  start: number;
  /** When the response headers arrived. */
  end: number;
  status: number;
}

/** A `fetch` for the HTTP adapter that records every request it sends. */
export function createCountingFetch() {
  const log: RequestRecord[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();

  async function countingFetch(input: Request | URL | string, init?: RequestInit) {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const record: RequestRecord = {
      method: request.method,
      path: `${url.pathname.replace(/^.*\/api\/v1/, '')}${url.search}`,
      start: performance.now(),
      end: Number.NaN,
      status: 0,
    };
    log.push(record);
    inFlight++;
    try {
      const response = await fetch(request);
      record.status = response.status;
      return response;
    } finally {
      record.end = performance.now();
      lastActivity = record.end;
      inFlight--;
    }
  }

  /** Resolves once no request has been in flight for `quietMs`. */
  async function settle(quietMs = 400): Promise<void> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (inFlight === 0 && performance.now() - lastActivity >= quietMs) return;
    }
  }

  function take(): RequestRecord[] {
    return log.splice(0, log.length);
  }

  return { fetch: countingFetch, settle, take };
}

export type MutationHooks = ReturnType<typeof useMutationHooks>;

function useMutationHooks() {
  return {
    invite: useInviteMember(),
    resend: useResendInvitation(),
    cancel: useCancelInvitation(),
    changeRole: useChangeRole(),
    superAdmin: useSetSuperAdmin(),
    setActive: useSetActive(),
    remove: useRemoveMember(),
    createGroup: useCreateGroup(),
    updateGroup: useUpdateGroup(),
    setGroupMembers: useSetGroupMembers(),
    deleteGroup: useDeleteGroup(),
  };
}

/** Hands the kit's mutation hooks, as a host would use them, to the driver. */
export function MutationBridge(props: { onHooks: (hooks: MutationHooks) => void }) {
  const hooks = useMutationHooks();
  const { onHooks } = props;
  useEffect(() => onHooks(hooks));
  return null;
}

interface FlowState {
  invitation?: Invitation;
  group?: Group;
}

async function memberById(client: TeamClient, id: string): Promise<Member> {
  const page = await client.listMembers({ limit: 100 });
  const member = page.items.find((item) => item.id === id);
  if (!member) throw new Error(`No member ${id} in the first page`);
  return member;
}

/** A mutation flow: what it needs is fetched first, then only the change is counted. */
export interface Flow {
  name: string;
  prepare?: (client: TeamClient, state: FlowState) => Promise<unknown>;
  run: (hooks: MutationHooks, state: FlowState, prepared: unknown) => Promise<unknown>;
}

export const FLOWS: Flow[] = [
  {
    name: 'invite',
    run: async (hooks, state) => {
      state.invitation = await hooks.invite.mutateAsync({
        email: `bench.${Date.now()}@example.com`,
        role: 'cs',
      });
    },
  },
  {
    name: 'resend invitation',
    run: async (hooks, state) => {
      state.invitation = await hooks.resend.mutateAsync(state.invitation!);
    },
  },
  {
    name: 'cancel invitation',
    run: (hooks, state) => hooks.cancel.mutateAsync(state.invitation!),
  },
  {
    name: 'change role',
    prepare: (client) => memberById(client, 'mem_nok'),
    run: (hooks, _state, member) =>
      hooks.changeRole.mutateAsync({ member: member as Member, role: 'viewer' }),
  },
  {
    name: 'grant super admin',
    prepare: (client) => memberById(client, 'mem_somchai'),
    run: (hooks, _state, member) =>
      hooks.superAdmin.mutateAsync({ member: member as Member, superAdmin: true }),
  },
  {
    name: 'deactivate',
    prepare: (client) => memberById(client, 'mem_ploy'),
    run: (hooks, _state, member) =>
      hooks.setActive.mutateAsync({ member: member as Member, active: false }),
  },
  {
    name: 'remove member',
    prepare: async (client) => {
      const page = await client.listMembers({ limit: 100, role: 'cs', sort: 'joinedAt' });
      const member = page.items.find((item) => !item.id.match(/^mem_[a-z]+$/));
      if (!member) throw new Error('No generated member to remove');
      return member;
    },
    run: (hooks, _state, member) => hooks.remove.mutateAsync(member as Member),
  },
  {
    name: 'create group',
    run: async (hooks, state) => {
      state.group = await hooks.createGroup.mutateAsync({
        name: `Bench ${Date.now()}`,
        kind: 'custom',
      });
    },
  },
  {
    name: 'rename group',
    run: async (hooks, state) => {
      state.group = await hooks.updateGroup.mutateAsync({
        group: state.group!,
        patch: { name: `Bench renamed ${Date.now()}` },
      });
    },
  },
  {
    name: 'set group members',
    prepare: (client) => memberById(client, 'mem_nok'),
    run: async (hooks, state, member) => {
      state.group = await hooks.setGroupMembers.mutateAsync({
        group: state.group!,
        memberIds: [(member as Member).id],
      });
    },
  },
  {
    name: 'delete group',
    run: (hooks, state) => hooks.deleteGroup.mutateAsync(state.group!),
  },
];
