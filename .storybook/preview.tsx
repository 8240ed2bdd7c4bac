import '@fiko/team-ui/styles.css';
import './brands.css';
import './preview.css';
import type { MemoryStore } from '@fiko/team-sdk/memory';
import type { Decorator, Loader, Preview } from '@storybook/react-vite';
import { type ReactNode, useLayoutEffect } from 'react';
import { applyLookToDocument, LANGUAGES, type Look, lookOf, THEMES } from './team/look';
import { serveTeam } from './team/mswWorker';
import { createStoryStore, type Person, type TeamStoryParameters } from './team/scenario';
import { TeamScenario } from './team/TeamScenario';

const PEOPLE: Record<Person, string> = {
  superAdmin: 'Super admin (Malee)',
  secondSuperAdmin: 'Second super admin (Arthit)',
  admin: 'Admin (Somchai)',
  cs: 'CS (Nok)',
  viewer: 'Viewer (Ploy)',
};

function teamParameters(parameters: Record<string, unknown>): TeamStoryParameters {
  return (parameters.team as TeamStoryParameters | undefined) ?? {};
}

/** A fresh team per story; HTTP stories also get the service worker answering for it. */
const loadTeam: Loader = async ({ parameters }) => {
  const team = teamParameters(parameters);
  if (team.provider === false) return {};

  const store = createStoryStore(team);
  if (team.transport === 'http') await serveTeam(store);
  return { store };
};

/** The theme, language and person of the toolbar, around every story. */
const withTeam: Decorator = (Story, context) => {
  const look = lookOf(context.globals.theme, context.globals.language);
  const person = (context.globals.person as Person | undefined) ?? 'superAdmin';
  const team = teamParameters(context.parameters);
  const store = context.loaded.store as MemoryStore | undefined;

  return (
    <StoryCanvas look={look}>
      {team.provider === false || !store ? (
        <Story />
      ) : (
        // A new person is a new session: a new client and cache on the same team.
        <TeamScenario
          key={person}
          look={look}
          person={person}
          parameters={team}
          store={store}
        >
          <Story />
        </TeamScenario>
      )}
    </StoryCanvas>
  );
};

/** The story's surface: the kit's background and text colours, direction and language. */
function StoryCanvas(props: { look: Look; children: ReactNode }) {
  const { brand, lang, dir } = props.look;
  useLayoutEffect(() => applyLookToDocument({ brand, lang, dir }), [brand, lang, dir]);
  return (
    <div
      className="fiko story-canvas"
      data-theme={props.look.scheme}
      dir={props.look.dir}
      lang={props.look.lang}
    >
      {props.children}
    </div>
  );
}

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour scheme or partner brand, set through --fiko-* variables only',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(THEMES).map(([value, theme]) => ({
          value,
          title: theme.title,
        })),
        dynamicTitle: true,
      },
    },
    language: {
      description: 'Message catalog and writing direction',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(LANGUAGES).map(([value, language]) => ({
          value,
          title: language.title,
        })),
        dynamicTitle: true,
      },
    },
    person: {
      description: 'The signed-in person, and so their role',
      toolbar: {
        title: 'Signed in as',
        icon: 'user',
        items: Object.entries(PEOPLE).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', language: 'en', person: 'superAdmin' },
  loaders: [loadTeam],
  decorators: [withTeam],
  parameters: {
    layout: 'fullscreen',
    // Any axe violation fails the story's test, in the Vitest run and in the UI.
    a11y: { test: 'error' },
    controls: { matchers: { date: /(At|Date)$/ } },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Theming tokens',
            'Writing an adapter',
            'Permissions',
            'Error codes',
          ],
          'Components',
          [
            'TeamPage',
            'AgentsTable',
            'InviteModal',
            'RoleChangeConfirm',
            'Confirm dialogs',
            'GroupManager',
          ],
        ],
      },
    },
  },
};

export default preview;
