import { DEMO_PEOPLE, type MemoryStore } from '@fiko/team-sdk/memory';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { findDialog, screenOf } from '../../../../.storybook/team/play';
import {
  newTeam,
  type TeamStoryParameters,
  withoutGroups,
} from '../../../../.storybook/team/scenario';
import { allStates } from '../../../../.storybook/team/states';
import { en } from '../messages';
import { GroupManager } from './GroupManager';

const meta = {
  title: 'Components/GroupManager',
  component: GroupManager,
} satisfies Meta<typeof GroupManager>;

export default meta;
type Story = StoryObj<typeof meta>;

const team = (parameters: TeamStoryParameters) => ({ team: parameters });
const groupNamed = (store: unknown, name: string) =>
  (store as MemoryStore)
    .listGroups(DEMO_PEOPLE.superAdmin)
    .find((group) => group.name === name);

async function openGroupMenu(canvasElement: HTMLElement, name: string) {
  const canvas = within(canvasElement);
  await userEvent.click(
    await canvas.findByRole('button', { name: en.groups.actions(name) }),
  );
  return within(await screenOf(canvasElement).findByRole('menu'));
}

async function openGroupDialog(canvasElement: HTMLElement, group: string, item: string) {
  const menu = await openGroupMenu(canvasElement, group);
  await userEvent.click(menu.getByRole('menuitem', { name: item }));
  return findDialog(canvasElement);
}

/* -------------------------------------------------------------------------------------------------
 * States
 * -----------------------------------------------------------------------------------------------*/

export const Populated: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Sales')).toBeVisible();
    await expect(canvas.getByRole('button', { name: en.groups.create })).toBeVisible();
  },
};

export const AsAdmin: Story = {
  name: 'As an admin (not super admin)',
  globals: { person: 'admin' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('button', { name: en.groups.create }),
    ).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: team({ latency: 2 ** 31 - 1 }),
};

export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  parameters: team({ fail: { methods: ['listGroups'], times: 1 } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(en.groups.loadError)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: en.table.retry }));
    await expect(await canvas.findByText('Sales')).toBeVisible();
  },
};

export const Empty: Story = {
  name: 'Empty (no groups yet)',
  parameters: team({ seed: withoutGroups }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(en.groups.empty)).toBeVisible();
  },
};

export const NewTeam: Story = {
  name: 'Empty (a new team)',
  parameters: team({ seed: newTeam }),
};

export const ReadOnlyAsCs: Story = {
  name: 'Read-only as CS',
  globals: { person: 'cs' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(en.groups.readOnly)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: en.groups.create })).toBeNull();
  },
};

export const ReadOnlyAsViewer: Story = {
  name: 'Read-only as viewer',
  globals: { person: 'viewer' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(en.groups.readOnly)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /^Actions for group/ })).toBeNull();
  },
};

export const LargeTeam: Story = {
  name: 'Large team (10,000 members)',
  parameters: team({ members: 10_000 }),
};

export const OverHttp: Story = {
  name: 'Over HTTP (MSW)',
  parameters: team({ transport: 'http' }),
  play: async ({ canvasElement, loaded }) => {
    const dialog = await openGroupDialog(canvasElement, 'Weekend', en.groups.rename);
    const name = dialog.getByLabelText(en.groups.name);
    await userEvent.clear(name);
    await userEvent.type(name, 'Weekend cover');
    await userEvent.click(dialog.getByRole('button', { name: en.groups.save }));
    await expect(await within(canvasElement).findByText('Weekend cover')).toBeVisible();
    await expect(groupNamed(loaded.store, 'Weekend cover')).toBeDefined();
  },
};

/* -------------------------------------------------------------------------------------------------
 * Dialogs
 * -----------------------------------------------------------------------------------------------*/

export const CreateOpen: Story = {
  name: 'Create: open',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: en.groups.create }));
    const dialog = await findDialog(canvasElement);
    await expect(dialog.getByLabelText(en.groups.name)).toHaveFocus();
  },
};

export const CreateNameTaken: Story = {
  name: 'Create: error, name taken',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: en.groups.create }));
    const dialog = await findDialog(canvasElement);
    await userEvent.type(dialog.getByLabelText(en.groups.name), 'sales');
    await userEvent.click(dialog.getByRole('button', { name: en.groups.create }));
    await expect(await dialog.findByText(en.groups.nameTaken)).toBeVisible();
  },
};

export const CreateBackendError: Story = {
  name: 'Create: error, backend unreachable',
  parameters: team({ fail: { methods: ['createGroup'] } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: en.groups.create }));
    const dialog = await findDialog(canvasElement);
    await userEvent.type(dialog.getByLabelText(en.groups.name), 'Night shift');
    await userEvent.click(dialog.getByRole('button', { name: en.groups.create }));
    await expect(await dialog.findByText(en.errors.network)).toBeVisible();
  },
};

export const MembersOpen: Story = {
  name: 'Members: open',
  play: async ({ canvasElement }) => {
    const dialog = await openGroupDialog(canvasElement, 'Sales', en.groups.manageMembers);
    await expect(
      dialog.getByRole('searchbox', { name: en.groups.pickerSearch }),
    ).toBeVisible();
  },
};

export const MembersWithError: Story = {
  name: 'Members: error',
  parameters: team({ fail: { methods: ['setGroupMembers'] } }),
  play: async ({ canvasElement }) => {
    const dialog = await openGroupDialog(canvasElement, 'Sales', en.groups.manageMembers);
    await userEvent.type(
      dialog.getByRole('searchbox', { name: en.groups.pickerSearch }),
      'Nok',
    );
    await userEvent.click(await dialog.findByRole('checkbox', { name: /Nok Thongdee/ }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(en.errors.network);
  },
};

export const RenameOpen: Story = {
  name: 'Rename: open',
  play: async ({ canvasElement }) => {
    const dialog = await openGroupDialog(canvasElement, 'Sales', en.groups.rename);
    await expect(dialog.getByLabelText(en.groups.name)).toHaveValue('Sales');
  },
};

export const RenameNameTaken: Story = {
  name: 'Rename: error, name taken',
  play: async ({ canvasElement }) => {
    const dialog = await openGroupDialog(canvasElement, 'Weekend', en.groups.rename);
    const name = dialog.getByLabelText(en.groups.name);
    await userEvent.clear(name);
    await userEvent.type(name, 'Support');
    await userEvent.click(dialog.getByRole('button', { name: en.groups.save }));
    await expect(await dialog.findByText(en.groups.nameTaken)).toBeVisible();
  },
};

export const DeleteOpen: Story = {
  name: 'Delete: open',
  play: async ({ canvasElement }) => {
    const dialog = await openGroupDialog(canvasElement, 'Sales', en.groups.remove);
    await expect(dialog.getByText(en.groups.removeBody)).toBeVisible();
  },
};

export const DeleteWithError: Story = {
  name: 'Delete: error',
  parameters: team({ fail: { methods: ['deleteGroup'] } }),
  play: async ({ canvasElement }) => {
    const dialog = await openGroupDialog(canvasElement, 'Sales', en.groups.remove);
    await userEvent.click(dialog.getByRole('button', { name: en.groups.removeConfirm }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent(en.errors.network);
  },
};

/* -------------------------------------------------------------------------------------------------
 * Flows
 * -----------------------------------------------------------------------------------------------*/

export const CreateFlow: Story = {
  name: 'Flow: create a group',
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: en.groups.create }));
    const dialog = await findDialog(canvasElement);
    await userEvent.type(dialog.getByLabelText(en.groups.name), 'Night shift');
    await userEvent.selectOptions(dialog.getByLabelText(en.groups.kind), 'shift');
    await userEvent.click(dialog.getByRole('button', { name: en.groups.create }));

    await expect(await canvas.findByText('Night shift')).toBeVisible();
    await expect(groupNamed(loaded.store, 'Night shift')?.kind).toBe('shift');
  },
};

export const ManageMembersFlow: Story = {
  name: 'Flow: manage a group',
  play: async ({ canvasElement, loaded }) => {
    const before = groupNamed(loaded.store, 'Sales')?.memberIds ?? [];
    const dialog = await openGroupDialog(canvasElement, 'Sales', en.groups.manageMembers);
    await userEvent.type(
      dialog.getByRole('searchbox', { name: en.groups.pickerSearch }),
      'Nok',
    );
    const nok = await dialog.findByRole('checkbox', { name: /Nok Thongdee/ });
    const wasIn = before.includes(DEMO_PEOPLE.cs);
    await userEvent.click(nok);

    await waitFor(() =>
      expect(groupNamed(loaded.store, 'Sales')?.memberIds.includes(DEMO_PEOPLE.cs)).toBe(
        !wasIn,
      ),
    );
    await waitFor(() =>
      wasIn ? expect(nok).not.toBeChecked() : expect(nok).toBeChecked(),
    );
    await userEvent.click(dialog.getByRole('button', { name: en.groups.done }));
    await waitFor(() => expect(screenOf(canvasElement).queryByRole('dialog')).toBeNull());
  },
};

export const DeleteFlow: Story = {
  name: 'Flow: delete a group',
  play: async ({ canvasElement, loaded }) => {
    const dialog = await openGroupDialog(canvasElement, 'Weekend', en.groups.remove);
    await userEvent.click(dialog.getByRole('button', { name: en.groups.removeConfirm }));
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.queryByText('Weekend')).toBeNull());
    await expect(groupNamed(loaded.store, 'Weekend')).toBeUndefined();
  },
};

/* -------------------------------------------------------------------------------------------------
 * All states
 * -----------------------------------------------------------------------------------------------*/

export const AllStates: Story = {
  parameters: {
    ...team({ provider: false }),
    // Several managers on one page repeat their landmark names; a host shows one.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  render: allStates([
    { title: 'Populated', render: () => <GroupManager /> },
    { title: 'Loading', team: { latency: 2 ** 31 - 1 }, render: () => <GroupManager /> },
    {
      title: 'Error',
      team: { fail: { methods: ['listGroups'] } },
      render: () => <GroupManager />,
    },
    { title: 'Empty', team: { seed: withoutGroups }, render: () => <GroupManager /> },
    { title: 'Read-only as CS', person: 'cs', render: () => <GroupManager /> },
    { title: 'Read-only as viewer', person: 'viewer', render: () => <GroupManager /> },
  ]),
};
