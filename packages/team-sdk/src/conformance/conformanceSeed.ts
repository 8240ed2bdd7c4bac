import type { TeamSeed } from '../memory/memoryStore';
import { INVITATION_TTL_MS, type Role } from '../schemas';

/** The people of the conformance team, one per point of view. */
export const CONFORMANCE_PEOPLE = {
  /** Active admin and super admin. */
  owner: 'mem_owner',
  /** A second active super admin. */
  deputy: 'mem_deputy',
  /** Active admin without super admin rights: manages groups, not members. */
  admin: 'mem_admin',
  /** Active CS agent, in both groups. */
  agent: 'mem_agent',
  /** Deactivated CS agent: holds no seat. */
  away: 'mem_away',
  /** Active viewer. */
  viewer: 'mem_viewer',
} as const;

/** The open invitations of the conformance team. */
export const CONFORMANCE_INVITATIONS = {
  /** Sent a day ago to `pending@conformance.example`, as CS. */
  pending: 'inv_pending',
  /** Sent eight days ago to `expired@conformance.example`, as viewer: expired. */
  expired: 'inv_expired',
} as const;

/** The groups of the conformance team. */
export const CONFORMANCE_GROUPS = {
  /** Department "Support": the admin and the agent. */
  support: 'grp_support',
  /** Shift "Night shift": the agent and the deactivated agent. */
  night: 'grp_night',
} as const;

export interface ConformanceSeedOptions {
  /**
   * Seat limit. The seed uses 6 seats (5 active members, 1 pending invitation).
   * Defaults to `8`.
   */
  seatLimit?: number;
  /** Extra active CS agents (`mem_extra_000`…), for paging. Defaults to `0`. */
  extraAgents?: number;
  /**
   * The moment the seed describes. Backends run on a clock near real time,
   * so invitations are dated from it. Defaults to now.
   */
  now?: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/** A small team on which every rule can be tried in a few calls. */
export function conformanceSeed(options: ConformanceSeedOptions = {}): TeamSeed {
  const now = (options.now ?? new Date()).getTime();
  const daysAgo = (days: number) => new Date(now - days * DAY).toISOString();

  const member = (
    id: string,
    name: string,
    role: Role,
    extra: { superAdmin?: boolean; active?: boolean; joined: number },
  ) => ({
    id,
    name,
    email: `${id.replace('mem_', '')}@conformance.example`,
    role,
    superAdmin: extra.superAdmin ?? false,
    status: extra.active === false ? ('inactive' as const) : ('active' as const),
    joinedAt: daysAgo(extra.joined),
    version: 1,
  });

  const people = CONFORMANCE_PEOPLE;
  const members = [
    member(people.owner, 'Olivia Owner', 'admin', { superAdmin: true, joined: 300 }),
    member(people.deputy, 'Dan Deputy', 'admin', { superAdmin: true, joined: 250 }),
    member(people.admin, 'Ada Admin', 'admin', { joined: 200 }),
    member(people.agent, 'Cora Agent', 'cs', { joined: 150 }),
    member(people.away, 'Alex Away', 'cs', { active: false, joined: 100 }),
    member(people.viewer, 'Vic Viewer', 'viewer', { joined: 50 }),
  ];
  for (let index = 0; index < (options.extraAgents ?? 0); index++) {
    const number = String(index).padStart(3, '0');
    members.push(
      member(`mem_extra_${number}`, `Extra Agent ${number}`, 'cs', {
        joined: 40 - index / 100,
      }),
    );
  }

  const invitation = (id: string, email: string, role: Role, sentDaysAgo: number) => ({
    id,
    email,
    role,
    status: 'pending' as const,
    invitedAt: daysAgo(sentDaysAgo),
    expiresAt: new Date(now - sentDaysAgo * DAY + INVITATION_TTL_MS).toISOString(),
    invitedBy: people.owner,
    version: 1,
  });

  return {
    team: { id: 'team_conformance', name: 'Conformance Team' },
    seatLimit: options.seatLimit ?? 8,
    members,
    invitations: [
      invitation(CONFORMANCE_INVITATIONS.pending, 'pending@conformance.example', 'cs', 1),
      invitation(
        CONFORMANCE_INVITATIONS.expired,
        'expired@conformance.example',
        'viewer',
        8,
      ),
    ],
    groups: [
      {
        id: CONFORMANCE_GROUPS.support,
        name: 'Support',
        kind: 'department',
        description: 'Orders and returns',
        memberIds: [people.admin, people.agent],
        createdAt: daysAgo(120),
        version: 1,
      },
      {
        id: CONFORMANCE_GROUPS.night,
        name: 'Night shift',
        kind: 'shift',
        description: '',
        memberIds: [people.agent, people.away],
        createdAt: daysAgo(60),
        version: 1,
      },
    ],
    tombstones: [],
  };
}
