import { describe, expect, it } from 'vitest';
import type { Person } from './backend/consoleBackend';
import { peopleByTeam, peopleRefetchInterval, viewpoints } from './people';

function person(overrides: Partial<Person> & Pick<Person, 'id' | 'name'>): Person {
  return {
    email: `${overrides.id}@example.test`,
    role: 'cs',
    superAdmin: false,
    status: 'active',
    teamId: 'team_a',
    teamName: 'Team A',
    ...overrides,
  };
}

describe('given the people of two teams', () => {
  const people = [
    person({ id: 'mem_arthit', name: 'Arthit', role: 'admin', superAdmin: true }),
    person({ id: 'mem_malee', name: 'Malee', role: 'admin', superAdmin: true }),
    person({ id: 'mem_x', name: 'Xavier', role: 'admin' }),
    person({ id: 'mem_somchai', name: 'Somchai', role: 'admin' }),
    person({ id: 'mem_off', name: 'Away', role: 'viewer', status: 'inactive' }),
    person({ id: 'mem_nok', name: 'Nok' }),
    person({ id: 'mem_b', name: 'Bea', role: 'viewer', teamId: 'team_b', teamName: 'B' }),
  ];

  it('should pick one active person per point of view in the first team, demo people first', () => {
    expect(viewpoints(people).map((chosen) => chosen.id)).toEqual([
      'mem_malee',
      'mem_somchai',
      'mem_nok',
    ]);
  });

  it('should group people by team in the order given, each sorted by name', () => {
    const teams = peopleByTeam(people);

    expect(teams.map((team) => team.teamName)).toEqual(['Team A', 'B']);
    expect(teams[0]?.people.map((chosen) => chosen.name)).toEqual([
      'Arthit',
      'Away',
      'Malee',
      'Nok',
      'Somchai',
      'Xavier',
    ]);
  });
});

describe('given the people list failed to load', () => {
  it('should ask again on an interval until it loads', () => {
    expect(peopleRefetchInterval({ state: { status: 'error' } })).toBeGreaterThan(0);
    expect(peopleRefetchInterval({ state: { status: 'success' } })).toBe(false);
  });
});
