import type { Role } from '@fiko/team-sdk';
import { DEMO_PEOPLE, type MemoryStore } from '@fiko/team-sdk/memory';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  DialogHarness,
  memberOf,
  outcomeOf,
  useMember,
} from '../../../../.storybook/team/DialogHarness';
import { storyFrames } from '../../../../.storybook/team/frames';
import { findDialog } from '../../../../.storybook/team/play';
import type { TeamStoryParameters } from '../../../../.storybook/team/scenario';
import { en } from '../messages';
import { RoleChangeConfirm } from './RoleChangeConfirm';

/** The dialog for one member of the story's team, hosted as a page would. */
function RoleChangeStory(props: { memberId: string; role: Role; store?: MemoryStore }) {
  const member = useMember(props.store, props.memberId);
  return (
    <DialogHarness>
      {(controls) => (
        <RoleChangeConfirm
          open={controls.open}
          onOpenChange={controls.onOpenChange}
          returnFocusTo={controls.returnFocusTo}
          onChanged={controls.onDone}
          onRefused={(_member, reason) => controls.onRefused(reason)}
          member={member}
          to={props.role}
        />
      )}
    </DialogHarness>
  );
}

const meta = {
  title: 'Components/RoleChangeConfirm',
  component: RoleChangeStory,
  args: { memberId: DEMO_PEOPLE.cs, role: 'admin' },
  argTypes: {
    memberId: { control: 'select', options: Object.values(DEMO_PEOPLE) },
    role: { control: 'inline-radio', options: ['admin', 'cs', 'viewer'] },
    store: { table: { disable: true } },
  },
  render: (args, { loaded }) => (
    <RoleChangeStory {...args} store={loaded.store as MemoryStore} />
  ),
} satisfies Meta<typeof RoleChangeStory>;

export default meta;
type Story = StoryObj<typeof meta>;

const team = (parameters: TeamStoryParameters) => ({ team: parameters });
const outcome = outcomeOf;

/* -------------------------------------------------------------------------------------------------
 * States
 * -----------------------------------------------------------------------------------------------*/

export const Promote: Story = {
  name: 'Open: CS to admin (gains)',
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(
      dialog.getByText(en.roleChange.fromTo(en.roles.cs, en.roles.admin)),
    ).toBeVisible();
    await expect(dialog.getByText(en.roleChange.gained)).toBeVisible();
  },
};

export const Demote: Story = {
  name: 'Open: super admin to CS (loses)',
  args: { memberId: DEMO_PEOPLE.secondSuperAdmin, role: 'cs' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(dialog.getByText(en.roleChange.lost)).toBeVisible();
    await expect(dialog.getByText(en.roleChange.superAdminLost)).toBeVisible();
  },
};

export const Loading: Story = {
  name: 'Loading (facts on their way)',
  parameters: team({ latency: 2 ** 31 - 1 }),
};

export const RefusedSelf: Story = {
  name: 'Refused: your own role',
  args: { memberId: DEMO_PEOPLE.superAdmin, role: 'cs' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(await dialog.findByRole('alert')).toHaveTextContent(
      en.errors.self_action,
    );
    await expect(
      dialog.getByRole('button', { name: en.roleChange.confirm }),
    ).toHaveAttribute('aria-disabled', 'true');
  },
};

export const RefusedLastSuperAdmin: Story = {
  name: 'Refused: last super admin (by the backend)',
  args: { memberId: DEMO_PEOPLE.secondSuperAdmin, role: 'viewer' },
  // The dialog allowed it, but another session changed the team meanwhile.
  parameters: team({ fail: { methods: ['changeRole'], code: 'last_admin' } }),
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: en.roleChange.confirm }));
    await waitFor(() =>
      expect(outcome(canvasElement)).toHaveTextContent(en.errors.last_admin),
    );
    await expect(outcome(canvasElement)).toHaveTextContent(en.confirm.rolledBack);
  },
};

export const BackendError: Story = {
  name: 'Error: backend unreachable',
  parameters: team({ fail: { methods: ['changeRole'] } }),
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: en.roleChange.confirm }));
    await waitFor(() =>
      expect(outcome(canvasElement)).toHaveTextContent(en.errors.network),
    );
  },
};

export const ReadOnlyAsCs: Story = {
  name: 'Read-only as CS',
  globals: { person: 'cs' },
  args: { memberId: DEMO_PEOPLE.viewer, role: 'cs' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(await dialog.findByRole('alert')).toBeVisible();
    await expect(
      dialog.getByRole('button', { name: en.roleChange.confirm }),
    ).toHaveAttribute('aria-disabled', 'true');
  },
};

export const ReadOnlyAsViewer: Story = {
  name: 'Read-only as viewer',
  globals: { person: 'viewer' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(await dialog.findByRole('alert')).toBeVisible();
  },
};

/* -------------------------------------------------------------------------------------------------
 * Flows
 * -----------------------------------------------------------------------------------------------*/

export const ChangeRoleFlow: Story = {
  name: 'Flow: change a role',
  play: async ({ canvasElement, loaded }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: en.roleChange.confirm }));
    await waitFor(() => expect(outcome(canvasElement)).toHaveTextContent('Done.'));
    await expect(memberOf(loaded.store, DEMO_PEOPLE.cs).role).toBe('admin');
    // Focus returns to the control that opened the dialog.
    await expect(
      within(canvasElement).getByRole('button', { name: 'Open the dialog again' }),
    ).toHaveFocus();
  },
};

/* -------------------------------------------------------------------------------------------------
 * All states
 * -----------------------------------------------------------------------------------------------*/

export const AllStates: Story = {
  // Each frame is one of the stories above, which run as tests on their own;
  // the runner serves no Storybook pages for the frames to load.
  tags: ['!test'],
  parameters: team({ provider: false }),
  render: storyFrames([
    { title: 'CS to admin', story: 'Promote' },
    { title: 'Super admin to CS', story: 'Demote' },
    { title: 'Loading', story: 'Loading' },
    { title: 'Refused: your own role', story: 'RefusedSelf' },
    { title: 'Read-only as CS', story: 'ReadOnlyAsCs' },
  ]),
};
