import type { ReactNode } from 'react';
import { lookOf } from './look';
import type { Person, TeamStoryParameters } from './scenario';
import { TeamScenario } from './TeamScenario';

/** One state in an "All states" story: its own team, person and markup. */
export interface StoryState {
  title: string;
  /** Defaults to the toolbar's person. */
  person?: Person;
  /** Defaults to `{}`. */
  team?: TeamStoryParameters;
  render: () => ReactNode;
}

interface StoryContextLike {
  globals: Record<string, unknown>;
}

/**
 * Renders every state of a component at once, each on a team of its own,
 * for visual review. Pair it with `parameters.team.provider: false`.
 */
export function allStates(states: StoryState[]) {
  return (_args: unknown, context: StoryContextLike) => (
    <StateGrid states={states} globals={context.globals} />
  );
}

function StateGrid(props: { states: StoryState[]; globals: Record<string, unknown> }) {
  const look = lookOf(props.globals.theme, props.globals.language);
  const person = (props.globals.person as Person | undefined) ?? 'superAdmin';

  return (
    <div className="story-states">
      {props.states.map((state) => (
        <section key={state.title} className="story-state" aria-label={state.title}>
          <h2>{state.title}</h2>
          <TeamScenario
            look={look}
            person={state.person ?? person}
            parameters={state.team}
          >
            {state.render()}
          </TeamScenario>
        </section>
      ))}
    </div>
  );
}
