import type { Person } from './backend/consoleBackend';
import { accessLabel } from './roleLabels';

export const peopleQueryKey = ['console', 'people'] as const;

const VIEWPOINT_ORDER = ['Super admin', 'Admin', 'CS', 'Viewer'];

/**
 * The first active person of each kind of access in the first team, in the
 * order a tour goes.
 */
export function viewpoints(people: Person[]): Person[] {
  const team = people[0]?.teamId;
  return VIEWPOINT_ORDER.flatMap((label) => {
    const person = people.find(
      (candidate) =>
        candidate.teamId === team &&
        candidate.status === 'active' &&
        accessLabel(candidate) === label,
    );
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
