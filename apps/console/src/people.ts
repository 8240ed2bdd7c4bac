import { DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import type { Person } from './backend/consoleBackend';
import { accessLabel } from './roleLabels';

export const peopleQueryKey = ['console', 'people'] as const;

/**
 * How often the people list is asked for again while it failed to load: the
 * server may have been down for a moment, and nothing else would refetch it.
 */
export function peopleRefetchInterval(query: { state: { status: string } }) {
  return query.state.status === 'error' ? 5000 : false;
}

const VIEWPOINT_ORDER = ['Super admin', 'Admin', 'CS', 'Viewer'];

// The demo team's named people lead the tour, in their order, when they are there.
const DEMO_IDS: readonly string[] = Object.values(DEMO_PEOPLE);

function demoRank(person: Person) {
  const index = DEMO_IDS.indexOf(person.id);
  return index === -1 ? DEMO_IDS.length : index;
}

function demoFirst(a: Person, b: Person) {
  return demoRank(a) - demoRank(b);
}

/**
 * One active person of each kind of access in the first team, in the order a
 * tour goes: the demo team's named people when they are there.
 */
export function viewpoints(people: Person[]): Person[] {
  const team = people[0]?.teamId;
  const candidates = people
    .filter((person) => person.teamId === team && person.status === 'active')
    .sort(demoFirst);
  return VIEWPOINT_ORDER.flatMap((label) => {
    const person = candidates.find((candidate) => accessLabel(candidate) === label);
    return person ? [person] : [];
  });
}

/** People by team, in the order the backend lists the teams, each sorted by name. */
export function peopleByTeam(people: Person[]) {
  const teams = new Map<string, { teamName: string; people: Person[] }>();
  for (const person of people) {
    const team = teams.get(person.teamId) ?? { teamName: person.teamName, people: [] };
    team.people.push(person);
    teams.set(person.teamId, team);
  }
  for (const team of teams.values()) {
    team.people.sort((a, b) => a.name.localeCompare(b.name));
  }
  return [...teams.entries()].map(([teamId, team]) => ({ teamId, ...team }));
}
