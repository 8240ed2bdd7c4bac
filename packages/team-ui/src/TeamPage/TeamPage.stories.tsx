import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  newTeam,
  noSeatsLeft,
  type TeamStoryParameters,
} from '../../../../.storybook/team/scenario';
import { allStates } from '../../../../.storybook/team/states';
import { en, th } from '../messages';
import { TeamPage } from './TeamPage';

const meta = {
  title: 'Components/TeamPage',
  component: TeamPage,
  args: { heading: <h2 className="fiko-title">Team</h2> },
} satisfies Meta<typeof TeamPage>;

export default meta;
type Story = StoryObj<typeof meta>;

const team = (parameters: TeamStoryParameters) => ({ team: parameters });

export const Populated: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Malee Srisai')).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: team({ latency: 2 ** 31 - 1 }),
};

export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  parameters: team({ fail: { methods: ['listMembers'], times: 1 } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: en.table.retry }));
    await expect(await canvas.findByText('Malee Srisai')).toBeVisible();
  },
};

export const NewTeam: Story = {
  name: 'Empty (a new team)',
  parameters: team({ seed: newTeam }),
};

export const NoSeatsLeft: Story = {
  parameters: team({ seed: noSeatsLeft }),
};

export const GroupsTab: Story = {
  args: { defaultTab: 'groups' },
};

export const ReadOnlyAsCs: Story = {
  name: 'Read-only as CS',
  globals: { person: 'cs' },
};

export const ReadOnlyAsViewer: Story = {
  name: 'Read-only as viewer',
  globals: { person: 'viewer' },
};

export const LargeTeam: Story = {
  name: 'Large team (10,000 members)',
  parameters: team({ members: 10_000 }),
};

export const OverHttp: Story = {
  name: 'Over HTTP (MSW)',
  parameters: team({ transport: 'http' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Malee Srisai')).toBeVisible();
    await userEvent.click(canvas.getByRole('tab', { name: en.page.groups }));
    await waitFor(() => expect(canvas.getByText('Sales')).toBeVisible());
  },
};

/* -------------------------------------------------------------------------------------------------
 * Themes and languages: axe checks contrast and structure in each
 * -----------------------------------------------------------------------------------------------*/

export const Dark: Story = {
  globals: { theme: 'dark' },
};

export const PartnerLagoon: Story = {
  name: 'Partner brand: Lagoon',
  globals: { theme: 'lagoon' },
};

export const PartnerEmber: Story = {
  name: 'Partner brand: Ember (dark)',
  globals: { theme: 'ember' },
};

export const Thai: Story = {
  globals: { language: 'th' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('tab', { name: th.page.agents })).toBeVisible();
  },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  globals: { language: 'rtl' },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Malee Srisai');
    await expect(canvasElement.querySelector('[data-slot="team-page"]')).toHaveAttribute(
      'dir',
      'rtl',
    );
  },
};

export const AllStates: Story = {
  parameters: {
    ...team({ provider: false }),
    // Several pages on one canvas repeat their landmark names; a host shows one.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  render: allStates([
    { title: 'Populated', render: () => <TeamPage /> },
    { title: 'Loading', team: { latency: 2 ** 31 - 1 }, render: () => <TeamPage /> },
    {
      title: 'Error',
      team: { fail: { methods: ['listMembers'] } },
      render: () => <TeamPage />,
    },
    { title: 'No seats left', team: { seed: noSeatsLeft }, render: () => <TeamPage /> },
    { title: 'Read-only as viewer', person: 'viewer', render: () => <TeamPage /> },
    {
      title: 'Groups tab',
      render: () => <TeamPage defaultTab="groups" />,
    },
  ]),
};
