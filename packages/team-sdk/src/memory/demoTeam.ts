import type { Group, GroupKind, Invitation, Role } from '../schemas';
import { INVITATION_TTL_MS, LIMITS } from '../schemas';
import type { StoredMember, TeamSeed } from './memoryStore';

/** The ids of the demo team's named people, one per point of view. */
export const DEMO_PEOPLE = {
  /** Super admin: manages members and invitations. */
  superAdmin: 'mem_malee',
  /** A second super admin, so the first can be demoted in demos. */
  secondSuperAdmin: 'mem_arthit',
  /** Admin without super admin rights: manages groups, not members. */
  admin: 'mem_somchai',
  /** Customer service agent: reads the team page. */
  cs: 'mem_nok',
  /** Viewer: reads the team page. */
  viewer: 'mem_ploy',
} as const;

export interface DemoTeamOptions {
  /** How many members in all, named people included. Defaults to `48`. */
  members?: number;
  /** Seat limit. Defaults to members + 4, so a few invitations fit. */
  seatLimit?: number;
  /** Seed of the generator: the same seed gives the same team. Defaults to `1`. */
  seed?: number;
  /** The moment the team is generated at. Defaults to now. */
  now?: Date;
  /** Team name. Defaults to `"Siam Support"`. */
  teamName?: string;
}

const FIRST_NAMES = [
  'Anong',
  'Boonsri',
  'Chai',
  'Dara',
  'Ekkachai',
  'Fah',
  'Kanya',
  'Kittisak',
  'Lamai',
  'Mali',
  'Niran',
  'Orathai',
  'Pim',
  'Rattana',
  'Sakda',
  'Suda',
  'Thida',
  'Wichai',
  'Yupin',
  'Aiko',
  'Ben',
  'Carmen',
  'Diego',
  'Elif',
  'Farah',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemal',
  'Leila',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Xavier',
  'Yara',
  'Zoe',
];

const LAST_NAMES = [
  'Srisai',
  'Chaiyaporn',
  'Thongdee',
  'Rattanakul',
  'Boonmee',
  'Saelim',
  'Wongsa',
  'Kaewkla',
  'Petchara',
  'Somboon',
  'Tanaka',
  'Garcia',
  'Okafor',
  'Novak',
  'Silva',
  'Müller',
  'Haddad',
  'Kowalski',
  'Nguyen',
  'Larsen',
  'Rossi',
  'Ahmed',
  'Kim',
  'Costa',
  'Dubois',
];

const GROUPS: Array<{ name: string; kind: GroupKind; description: string }> = [
  { name: 'Sales', kind: 'department', description: 'Pre-sales questions and quotes' },
  { name: 'Support', kind: 'department', description: 'Orders, returns and accounts' },
  {
    name: 'Technical',
    kind: 'department',
    description: 'Integrations and API questions',
  },
  {
    name: 'WhatsApp specialists',
    kind: 'expertise',
    description: 'WhatsApp Business flows',
  },
  { name: 'Multilingual', kind: 'expertise', description: 'Thai, English and Japanese' },
  { name: 'Morning shift', kind: 'shift', description: '06:00–14:00 ICT' },
  { name: 'Evening shift', kind: 'shift', description: '14:00–22:00 ICT' },
  { name: 'Weekend', kind: 'shift', description: 'Saturday and Sunday cover' },
];

/** mulberry32: a tiny, well-known seeded generator, so demo data is reproducible. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 24 * 60 * 60 * 1000;

function namedPeople(joined: (daysAgo: number) => string): StoredMember[] {
  const person = (
    id: string,
    name: string,
    email: string,
    role: Role,
    superAdmin: boolean,
    daysAgo: number,
  ): StoredMember => ({
    id,
    name,
    email,
    role,
    superAdmin,
    status: 'active',
    joinedAt: joined(daysAgo),
    version: 1,
  });

  return [
    person(
      DEMO_PEOPLE.superAdmin,
      'Malee Srisai',
      'malee@siam-support.example',
      'admin',
      true,
      720,
    ),
    person(
      DEMO_PEOPLE.secondSuperAdmin,
      'Arthit Wongsa',
      'arthit@siam-support.example',
      'admin',
      true,
      540,
    ),
    person(
      DEMO_PEOPLE.admin,
      'Somchai Boonmee',
      'somchai@siam-support.example',
      'admin',
      false,
      400,
    ),
    person(DEMO_PEOPLE.cs, 'Nok Thongdee', 'nok@siam-support.example', 'cs', false, 200),
    person(
      DEMO_PEOPLE.viewer,
      'Ploy Rattanakul',
      'ploy@siam-support.example',
      'viewer',
      false,
      90,
    ),
  ];
}

function roleFor(index: number, total: number): Role {
  // Roughly 85% CS agents, 10% viewers, 5% admins: the shape of a support team.
  const share = index / total;
  if (share < 0.05) return 'admin';
  if (share < 0.15) return 'viewer';
  return 'cs';
}

/**
 * A realistic demo team: a few admins (two of them super admins), dozens of
 * CS agents, some viewers, a deactivated agent, pending and expired
 * invitations, and groups by department, expertise and shift.
 */
// A team the contract cannot carry (a negative seat limit, a nameless team)
// would only fail later, as `invalid_response` on a host's first request.
function assertUsable(options: DemoTeamOptions): void {
  const { members, seatLimit, teamName, now } = options;
  const whole = (value: number) => Number.isSafeInteger(value) && value >= 0;
  if (members !== undefined && !whole(members)) {
    throw new RangeError(
      `createDemoTeam: members must be a whole number, not ${members}.`,
    );
  }
  // Above `LIMITS.seatLimit` is fine: that bounds what a request may set, and
  // large demo teams (the bench's) are seeded with more.
  if (seatLimit !== undefined && !whole(seatLimit)) {
    throw new RangeError(
      `createDemoTeam: seatLimit must be a whole number of 0 or more, not ${seatLimit}.`,
    );
  }
  if (
    teamName !== undefined &&
    !(teamName.trim() && teamName.length <= LIMITS.nameLength)
  ) {
    throw new RangeError(
      `createDemoTeam: teamName must be 1 to ${LIMITS.nameLength} characters.`,
    );
  }
  if (now !== undefined && Number.isNaN(now.getTime())) {
    throw new RangeError('createDemoTeam: now must be a valid date.');
  }
}

export function createDemoTeam(options: DemoTeamOptions = {}): TeamSeed {
  assertUsable(options);
  const total = Math.max(options.members ?? 48, 5);
  const now = options.now ?? new Date();
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const joined = (daysAgo: number) =>
    new Date(now.getTime() - daysAgo * DAY).toISOString();

  const members = namedPeople(joined);
  for (let index = members.length; index < total; index++) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const role = roleFor(index - 5, total - 5);
    members.push({
      id: `mem_${index.toString(36).padStart(5, '0')}`,
      name: `${first} ${last}`,
      email: `${first}.${last}.${index}@siam-support.example`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
      role,
      superAdmin: false,
      // One agent in twelve is away (deactivated): they hold no seat.
      status: role === 'cs' && index % 12 === 0 ? 'inactive' : 'active',
      joinedAt: joined(Math.floor(random() * 700)),
      version: 1,
    });
  }

  const groups: Group[] = GROUPS.map((group, index) => ({
    id: `grp_${index + 1}`,
    ...group,
    memberIds: members.filter(() => random() < 0.25).map((member) => member.id),
    createdAt: joined(365 - index * 10),
    version: 1,
  }));

  const invitations: Invitation[] = [
    invitation('inv_pending1', 'kanya.new@siam-support.example', 'cs', now, 1 * DAY),
    invitation('inv_pending2', 'jonas.new@siam-support.example', 'viewer', now, 3 * DAY),
    invitation('inv_expired1', 'late.reply@siam-support.example', 'cs', now, 10 * DAY),
  ];

  const activeMembers = members.filter((member) => member.status === 'active').length;
  const pending = invitations.filter(
    (inv) => Date.parse(inv.expiresAt) > now.getTime(),
  ).length;

  return {
    team: { id: 'team_siam', name: options.teamName ?? 'Siam Support' },
    seatLimit: options.seatLimit ?? activeMembers + pending + 4,
    members,
    invitations,
    groups,
    tombstones: [],
  };
}

function invitation(
  id: string,
  email: string,
  role: Role,
  now: Date,
  sentAgo: number,
): Invitation {
  const sentAt = now.getTime() - sentAgo;
  return {
    id,
    email,
    role,
    status: 'pending',
    invitedAt: new Date(sentAt).toISOString(),
    expiresAt: new Date(sentAt + INVITATION_TTL_MS).toISOString(),
    invitedBy: DEMO_PEOPLE.superAdmin,
    version: 1,
  };
}
