import type { MemoryStore } from '@fiko/team-sdk/memory';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyFrames } from '../../../../.storybook/team/frames';
import { findDialog, screenOf } from '../../../../.storybook/team/play';
import {
  noSeatsLeft,
  type TeamStoryParameters,
} from '../../../../.storybook/team/scenario';
import { en, th } from '../messages';
import { InviteModal } from './InviteModal';

const meta = {
  title: 'Components/InviteModal',
  component: InviteModal,
  args: { defaultOpen: true, onInvited: fn(), onOpenChange: fn() },
} satisfies Meta<typeof InviteModal>;

export default meta;
type Story = StoryObj<typeof meta>;

const team = (parameters: TeamStoryParameters) => ({ team: parameters });

async function submitEmail(canvasElement: HTMLElement, email: string) {
  const dialog = await findDialog(canvasElement);
  await userEvent.type(dialog.getByLabelText(en.invite.email), email);
  await userEvent.click(dialog.getByRole('button', { name: en.invite.submit }));
  return dialog;
}

/* -------------------------------------------------------------------------------------------------
 * States
 * -----------------------------------------------------------------------------------------------*/

export const Closed: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: en.invite.open }));
    await expect(await findDialog(canvasElement)).toBeTruthy();
  },
};

export const Open: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(dialog.getByRole('radio', { name: en.roles.cs })).toBeChecked();
  },
};

export const Loading: Story = {
  name: 'Loading (facts on their way)',
  parameters: team({ latency: 2 ** 31 - 1 }),
};

export const InvalidEmail: Story = {
  name: 'Error: invalid email',
  play: async ({ canvasElement }) => {
    const dialog = await submitEmail(canvasElement, 'not-an-email');
    await expect(await dialog.findByText(en.invite.emailInvalid)).toBeVisible();
    await expect(dialog.getByLabelText(en.invite.email)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

export const BackendError: Story = {
  name: 'Error: backend unreachable',
  parameters: team({ fail: { methods: ['invite'] } }),
  play: async ({ canvasElement }) => {
    const dialog = await submitEmail(canvasElement, 'fern@siam-support.example');
    await expect(await dialog.findByRole('alert')).toHaveTextContent(en.errors.network);
  },
};

export const RefusedAlreadyInvited: Story = {
  name: 'Refused: already invited',
  play: async ({ canvasElement }) => {
    const dialog = await submitEmail(canvasElement, 'kanya.new@siam-support.example');
    await expect(await dialog.findByText(en.errors.already_invited)).toBeVisible();
  },
};

export const RefusedAlreadyMember: Story = {
  name: 'Refused: already a member',
  play: async ({ canvasElement }) => {
    const dialog = await submitEmail(canvasElement, 'nok@siam-support.example');
    await expect(await dialog.findByText(en.errors.already_member)).toBeVisible();
  },
};

export const RefusedNoSeats: Story = {
  name: 'Refused: no seats',
  parameters: team({ seed: noSeatsLeft }),
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(await dialog.findByRole('alert')).toHaveTextContent(en.errors.no_seats);
    await expect(dialog.getByRole('button', { name: en.invite.submit })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(dialog.getByRole('button', { name: en.seats.addSeats })).toBeVisible();
  },
};

export const ReadOnlyAsCs: Story = {
  name: 'Read-only as CS',
  globals: { person: 'cs' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(await dialog.findByRole('alert')).toBeVisible();
    await expect(dialog.getByRole('button', { name: en.invite.submit })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

export const ReadOnlyAsViewer: Story = {
  name: 'Read-only as viewer',
  globals: { person: 'viewer' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(await dialog.findByRole('alert')).toBeVisible();
    await expect(dialog.getByRole('button', { name: en.invite.submit })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

export const PartnerEmberThai: Story = {
  name: 'Partner brand Ember, in Thai',
  globals: { theme: 'ember', language: 'th' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(dialog.getByRole('radio', { name: th.roles.cs })).toBeChecked();
  },
};

export const PartnerLagoonRightToLeft: Story = {
  name: 'Partner brand Lagoon, right to left',
  globals: { theme: 'lagoon', language: 'rtl' },
};

/* -------------------------------------------------------------------------------------------------
 * Flows
 * -----------------------------------------------------------------------------------------------*/

export const InviteFlow: Story = {
  name: 'Flow: invite an admin',
  play: async ({ canvasElement, args, loaded }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.type(
      dialog.getByLabelText(en.invite.email),
      'fern@siam-support.example',
    );
    await userEvent.click(dialog.getByRole('radio', { name: en.roles.admin }));
    await userEvent.click(dialog.getByRole('button', { name: en.invite.submit }));

    await waitFor(() => expect(screenOf(canvasElement).queryByRole('dialog')).toBeNull());
    await expect(args.onInvited).toHaveBeenCalledWith(
      expect.objectContaining({ email: 'fern@siam-support.example', role: 'admin' }),
    );
    const email = (loaded.store as MemoryStore).outbox.at(-1);
    await expect(email?.to).toBe('fern@siam-support.example');
  },
};

export const InviteOverHttp: Story = {
  name: 'Flow: invite over HTTP (MSW)',
  parameters: team({ transport: 'http' }),
  play: async ({ canvasElement, args, loaded }) => {
    await submitEmail(canvasElement, 'fern@siam-support.example');
    await waitFor(() => expect(args.onInvited).toHaveBeenCalledOnce());
    const email = (loaded.store as MemoryStore).outbox.at(-1);
    await expect(email?.to).toBe('fern@siam-support.example');
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
    { title: 'Open', story: 'Open' },
    { title: 'Loading', story: 'Loading' },
    { title: 'Error: invalid email', story: 'InvalidEmail' },
    { title: 'Error: backend unreachable', story: 'BackendError' },
    { title: 'Refused: already invited', story: 'RefusedAlreadyInvited' },
    { title: 'Refused: already a member', story: 'RefusedAlreadyMember' },
    { title: 'Refused: no seats', story: 'RefusedNoSeats' },
    { title: 'Read-only as CS', story: 'ReadOnlyAsCs' },
    { title: 'Read-only as viewer', story: 'ReadOnlyAsViewer' },
  ]),
};
