import type { MemoryStore } from '@fiko/team-sdk/memory';
import { TeamProvider } from '@fiko/team-ui';
import { type ReactNode, useState } from 'react';
import { action } from 'storybook/actions';
import type { Look } from './look';
import {
  createScenario,
  createStoryStore,
  type Person,
  type TeamStoryParameters,
} from './scenario';

export interface TeamScenarioProps {
  look: Look;
  /** Who is signed in. */
  person: Person;
  /** What the story sets up. Defaults to `{}`. */
  parameters?: TeamStoryParameters;
  /** A team prepared by a loader. Defaults to a new one from `parameters`. */
  store?: MemoryStore;
  children: ReactNode;
}

const addSeats = action('onAddSeats');

/** A TeamProvider over a demo team of its own, looking as the toolbar says. */
export function TeamScenario(props: TeamScenarioProps) {
  const parameters = props.parameters ?? {};
  const [scenario] = useState(() =>
    createScenario(props.store ?? createStoryStore(parameters), props.person, parameters),
  );

  return (
    <TeamProvider
      client={scenario.client}
      queryClient={scenario.queryClient}
      theme={props.look.scheme}
      locale={props.look.locale}
      messages={props.look.messages}
      dir={props.look.dir}
      onAddSeats={addSeats}
    >
      {props.children}
    </TeamProvider>
  );
}
