import { DEMO_PEOPLE, type MemoryStore } from '@fiko/team-sdk/memory';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  findDialog,
  findRow,
  openRowMenu,
  screenOf,
} from '../../../../.storybook/team/play';
import {
  invitationsOnly,
  newTeam,
  noSeatsLeft,
  type TeamStoryParameters,
} from '../../../../.storybook/team/scenario';
import { allStates } from '../../../../.storybook/team/states';
import { en } from '../messages';
import { AgentsTable } from './AgentsTable';

const meta = {
  title: 'Components/AgentsTable',
  component: AgentsTable,
  args: { onInvited: fn() },
} satisfies Meta<typeof AgentsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const team = (parameters: TeamStoryParameters) => ({ team: parameters });
const storeOf = (loaded: Record<string, unknown>) => loaded.store as MemoryStore;
const memberIn = (store: MemoryStore, id: string) =>
  store.members.find((member) => member.id === id);

/* -------------------------------------------------------------------------------------------------
 * States
 * -----------------------------------------------------------------------------------------------*/

export const Populated: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const you = await findRow(canvasElement, 'Malee Srisai');
    await expect(you.getByText(en.table.you)).toBeVisible();
    await expect(canvas.getByRole('table', { name: en.table.label })).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: team({ latency: 2 ** 31 - 1 }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(en.table.loading)).toBeTruthy();
  },
};

export const ErrorWithRetry: Story = {
  name: 'Error with retry',
  parameters: team({ fail: { methods: ['listMembers'], times: 1 } }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(en.table.loadError)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: en.table.retry }));
    await expect(await canvas.findByText('Malee Srisai')).toBeVisible();
  },
};

export const ErrorThatPersists: Story = {
  name: 'Error (backend stays down)',
  parameters: team({ fail: { methods: ['listMembers', 'listInvitations'] } }),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(en.table.loadError),
    ).toBeVisible();
  },
};

export const NewTeam: Story = {
  name: 'Empty (a new team)',
  parameters: team({ seed: newTeam }),
};

export const NoMatches: Story = {
  name: 'Empty (no matches)',
  args: { defaultQuery: { search: 'nobody by this name' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(en.table.emptyFiltered)).toBeVisible();
  },
};

export const LargeTeam: Story = {
  name: 'Large team (10,000 members)',
  parameters: team({ members: 10_000 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(10));
    // A virtualized body: a few dozen rows in the page, not ten thousand.
    await expect(canvas.getAllByRole('row').length).toBeLessThan(200);
  },
};

export const NoSeatsLeft: Story = {
  parameters: team({ seed: noSeatsLeft }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const invite = await canvas.findByRole('button', { name: en.invite.open });
    await waitFor(() => expect(invite).toHaveAttribute('aria-disabled', 'true'));
    await expect(invite).toHaveAccessibleDescription(en.errors.no_seats);
  },
};

export const PendingAndExpiredInvitations: Story = {
  name: 'Pending and expired invitations',
  parameters: team({ seed: invitationsOnly }),
  play: async ({ canvasElement }) => {
    const pending = await findRow(canvasElement, 'kanya.new@siam-support.example');
    await expect(pending.getByText(en.table.invited)).toBeVisible();
    const expired = await findRow(canvasElement, 'late.reply@siam-support.example');
    await expect(expired.getByText(en.table.expired)).toBeVisible();
  },
};

export const ReadOnlyAsCs: Story = {
  name: 'Read-only as CS',
  globals: { person: 'cs' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Malee Srisai');
    await expect(canvas.queryByRole('button', { name: /^Actions for/ })).toBeNull();
  },
};

export const ReadOnlyAsViewer: Story = {
  name: 'Read-only as viewer',
  globals: { person: 'viewer' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Malee Srisai');
    await expect(canvas.queryByRole('button', { name: /^Actions for/ })).toBeNull();
  },
};

export const AsAdminWithoutSuperAdmin: Story = {
  name: 'As an admin (not super admin)',
  globals: { person: 'admin' },
};

export const HiddenAndCustomColumns: Story = {
  name: 'Host columns and actions',
  args: {
    hiddenColumns: ['groups'],
    columns: [
      {
        id: 'email-domain',
        header: 'Domain',
        cell: (row) =>
          row.kind === 'member'
            ? row.member.email.split('@')[1]
            : row.invitation.email.split('@')[1],
      },
    ],
    rowActions: () => [{ id: 'profile', label: 'Open profile', onSelect: fn() }],
  },
};

export const OverHttp: Story = {
  name: 'Over HTTP (MSW)',
  parameters: team({ transport: 'http' }),
  play: async ({ canvasElement, loaded }) => {
    const menu = await openRowMenu(canvasElement, 'Nok Thongdee');
    await userEvent.click(
      menu.getByRole('menuitem', { name: en.actions.changeRoleTo(en.roles.viewer) }),
    );
    const dialog = await findDialog(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: en.roleChange.confirm }));
    const row = await findRow(canvasElement, 'Nok Thongdee');
    await waitFor(() => expect(row.getByText(en.roles.viewer)).toBeVisible());
    // The change went over HTTP into the team the handlers serve.
    await expect(memberIn(storeOf(loaded), DEMO_PEOPLE.cs)?.role).toBe('viewer');
  },
};

/* -------------------------------------------------------------------------------------------------
 * Refusals
 * -----------------------------------------------------------------------------------------------*/

export const RefusedSelf: Story = {
  name: 'Refused: your own account',
  play: async ({ canvasElement }) => {
    const menu = await openRowMenu(canvasElement, 'Malee Srisai');
    const items = menu.getAllByRole('menuitem');
    await expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      await expect(item).toHaveAttribute('aria-disabled', 'true');
      await expect(item).toHaveAccessibleDescription(en.errors.self_action);
    }
  },
};

export const RefusedLastSuperAdmin: Story = {
  name: 'Refused: last super admin',
  // Another session removed a super admin meanwhile: the backend refuses and
  // the optimistic change is rolled back with the reason beside the row.
  parameters: team({ fail: { methods: ['changeRole'], code: 'last_admin' } }),
  play: async ({ canvasElement, loaded }) => {
    const menu = await openRowMenu(canvasElement, 'Arthit Wongsa');
    await userEvent.click(
      menu.getByRole('menuitem', { name: en.actions.changeRoleTo(en.roles.cs) }),
    );
    const dialog = await findDialog(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: en.roleChange.confirm }));
    const row = await findRow(canvasElement, 'Arthit Wongsa');
    await expect(
      await row.findByText(en.errors.last_admin, { exact: false }),
    ).toBeVisible();
    await expect(row.getByText(en.roles.admin)).toBeVisible();
    await expect(memberIn(storeOf(loaded), DEMO_PEOPLE.secondSuperAdmin)?.role).toBe(
      'admin',
    );
  },
};

export const RefusedAlreadyInvited: Story = {
  name: 'Refused: already invited',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: en.invite.open }));
    const dialog = await findDialog(canvasElement);
    await userEvent.type(
      dialog.getByLabelText(en.invite.email),
      'kanya.new@siam-support.example',
    );
    await userEvent.click(dialog.getByRole('button', { name: en.invite.submit }));
    await expect(
      await dialog.findByText(en.errors.already_invited, { exact: false }),
    ).toBeVisible();
  },
};

/* -------------------------------------------------------------------------------------------------
 * Flows
 * -----------------------------------------------------------------------------------------------*/

export const InviteFlow: Story = {
  name: 'Flow: invite a member',
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: en.invite.open }));
    const dialog = await findDialog(canvasElement);
    await userEvent.type(
      dialog.getByLabelText(en.invite.email),
      'fern@siam-support.example',
    );
    await userEvent.click(dialog.getByRole('button', { name: en.invite.submit }));

    await waitFor(() => expect(screenOf(canvasElement).queryByRole('dialog')).toBeNull());
    const row = await findRow(canvasElement, 'fern@siam-support.example');
    await expect(row.getByText(en.table.invited)).toBeVisible();
    await expect(args.onInvited).toHaveBeenCalledOnce();
    await expect(storeOf(loaded).outbox.at(-1)?.to).toBe('fern@siam-support.example');
  },
};

export const ChangeRoleFlow: Story = {
  name: 'Flow: change a role',
  play: async ({ canvasElement, loaded }) => {
    const menu = await openRowMenu(canvasElement, 'Nok Thongdee');
    await userEvent.click(
      menu.getByRole('menuitem', { name: en.actions.changeRoleTo(en.roles.viewer) }),
    );
    const dialog = await findDialog(canvasElement);
    await expect(
      dialog.getByText(en.roleChange.fromTo(en.roles.cs, en.roles.viewer)),
    ).toBeVisible();
    await userEvent.click(dialog.getByRole('button', { name: en.roleChange.confirm }));

    const row = await findRow(canvasElement, 'Nok Thongdee');
    await waitFor(() => expect(row.getByText(en.roles.viewer)).toBeVisible());
    await waitFor(() =>
      expect(memberIn(storeOf(loaded), DEMO_PEOPLE.cs)?.role).toBe('viewer'),
    );
  },
};

export const DeactivateFlow: Story = {
  name: 'Flow: deactivate a member',
  play: async ({ canvasElement, loaded }) => {
    const menu = await openRowMenu(canvasElement, 'Nok Thongdee');
    await userEvent.click(menu.getByRole('menuitem', { name: en.actions.deactivate }));
    const dialog = await findDialog(canvasElement);
    await userEvent.click(
      dialog.getByRole('button', { name: en.confirm.deactivateConfirm }),
    );

    const row = await findRow(canvasElement, 'Nok Thongdee');
    await waitFor(() => expect(row.getByText(en.table.inactive)).toBeVisible());
    await waitFor(() =>
      expect(memberIn(storeOf(loaded), DEMO_PEOPLE.cs)?.status).toBe('inactive'),
    );
  },
};

export const DeleteFlow: Story = {
  name: 'Flow: delete a member',
  play: async ({ canvasElement, loaded }) => {
    const menu = await openRowMenu(canvasElement, 'Ploy Rattanakul');
    await userEvent.click(menu.getByRole('menuitem', { name: en.actions.remove }));
    const dialog = await findDialog(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: en.confirm.removeConfirm }));

    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.queryByText('Ploy Rattanakul')).toBeNull());
    await expect(memberIn(storeOf(loaded), DEMO_PEOPLE.viewer)).toBeUndefined();
  },
};

export const CancelInvitationFlow: Story = {
  name: 'Flow: cancel an invitation',
  play: async ({ canvasElement }) => {
    const menu = await openRowMenu(canvasElement, 'kanya.new@siam-support.example');
    await userEvent.click(
      menu.getByRole('menuitem', { name: en.actions.cancelInvitation }),
    );
    const dialog = await findDialog(canvasElement);
    await userEvent.click(
      dialog.getByRole('button', { name: en.confirm.cancelInvitationConfirm }),
    );
    const canvas = within(canvasElement);
    await waitFor(() =>
      expect(canvas.queryByText('kanya.new@siam-support.example')).toBeNull(),
    );
  },
};

/* -------------------------------------------------------------------------------------------------
 * All states
 * -----------------------------------------------------------------------------------------------*/

export const AllStates: Story = {
  parameters: {
    ...team({ provider: false }),
    // Several tables on one page repeat the table's landmark names; a host shows one.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  render: allStates([
    { title: 'Populated', render: () => <AgentsTable /> },
    { title: 'Loading', team: { latency: 2 ** 31 - 1 }, render: () => <AgentsTable /> },
    {
      title: 'Error',
      team: { fail: { methods: ['listMembers', 'listInvitations'] } },
      render: () => <AgentsTable />,
    },
    {
      title: 'Empty (a new team)',
      team: { seed: newTeam },
      render: () => <AgentsTable />,
    },
    {
      title: 'Empty (no matches)',
      render: () => <AgentsTable defaultQuery={{ search: 'nobody by this name' }} />,
    },
    {
      title: 'No seats left',
      team: { seed: noSeatsLeft },
      render: () => <AgentsTable />,
    },
    {
      title: 'Pending and expired invitations',
      team: { seed: invitationsOnly },
      render: () => <AgentsTable />,
    },
    { title: 'Read-only as CS', person: 'cs', render: () => <AgentsTable /> },
    { title: 'Read-only as viewer', person: 'viewer', render: () => <AgentsTable /> },
  ]),
};
