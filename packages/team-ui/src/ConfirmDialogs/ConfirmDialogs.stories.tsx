import { DEMO_PEOPLE, type MemoryStore } from '@fiko/team-sdk/memory';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  DialogHarness,
  type HarnessControls,
  memberOf,
  outcomeOf,
  useInvitation,
  useMember,
} from '../../../../.storybook/team/DialogHarness';
import { storyFrames } from '../../../../.storybook/team/frames';
import { findDialog, screenOf } from '../../../../.storybook/team/play';
import type { TeamStoryParameters } from '../../../../.storybook/team/scenario';
import { en } from '../messages';
import {
  CancelInvitationConfirm,
  RemoveMemberConfirm,
  SetActiveConfirm,
  SuperAdminConfirm,
} from './MemberConfirmDialogs';

type Confirmation =
  | 'delete'
  | 'deactivate'
  | 'reactivate'
  | 'grant'
  | 'revoke'
  | 'cancelInvitation';

/** A deactivated CS agent of the demo team. */
const INACTIVE_AGENT = 'mem_0000c';

/** One of the confirm dialogs for a member or invitation of the story's team. */
function ConfirmStory(props: StoryProps) {
  return (
    <DialogHarness>
      {(controls) =>
        props.confirmation === 'cancelInvitation' ? (
          <InvitationConfirm {...props} controls={controls} />
        ) : (
          <MemberConfirm {...props} controls={controls} />
        )
      }
    </DialogHarness>
  );
}

interface StoryProps {
  confirmation: Confirmation;
  /** The id of the member or invitation. */
  target: string;
  store?: MemoryStore;
}

function MemberConfirm(props: StoryProps & { controls: HarnessControls }) {
  const member = useMember(props.store, props.target);
  const shared = { ...props.controls, member };

  switch (props.confirmation) {
    case 'deactivate':
      return <SetActiveConfirm {...shared} active={false} />;
    case 'reactivate':
      return <SetActiveConfirm {...shared} active />;
    case 'grant':
      return <SuperAdminConfirm {...shared} superAdmin />;
    case 'revoke':
      return <SuperAdminConfirm {...shared} superAdmin={false} />;
    default:
      return <RemoveMemberConfirm {...shared} />;
  }
}

function InvitationConfirm(props: StoryProps & { controls: HarnessControls }) {
  const invitation = useInvitation(props.store, props.target, DEMO_PEOPLE.superAdmin);
  return <CancelInvitationConfirm {...props.controls} invitation={invitation} />;
}

const meta = {
  title: 'Components/Confirm dialogs',
  component: ConfirmStory,
  args: { confirmation: 'delete', target: DEMO_PEOPLE.viewer },
  argTypes: {
    confirmation: {
      control: 'select',
      options: [
        'delete',
        'deactivate',
        'reactivate',
        'grant',
        'revoke',
        'cancelInvitation',
      ],
    },
    store: { table: { disable: true } },
  },
  render: (args, { loaded }) => (
    <ConfirmStory {...args} store={loaded.store as MemoryStore} />
  ),
} satisfies Meta<typeof ConfirmStory>;

export default meta;
type Story = StoryObj<typeof meta>;

const team = (parameters: TeamStoryParameters) => ({ team: parameters });
const outcome = outcomeOf;

async function confirmWith(canvasElement: HTMLElement, label: string) {
  const dialog = await findDialog(canvasElement);
  await userEvent.click(dialog.getByRole('button', { name: label }));
  return dialog;
}

async function expectRefusal(canvasElement: HTMLElement, text: string, label: string) {
  const dialog = await findDialog(canvasElement);
  await expect(await dialog.findByRole('alert')).toHaveTextContent(text);
  await expect(dialog.getByRole('button', { name: label })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
}

/* -------------------------------------------------------------------------------------------------
 * Delete a member
 * -----------------------------------------------------------------------------------------------*/

export const DeleteMember: Story = {
  name: 'Delete member: open',
};

export const DeleteMemberWithError: Story = {
  name: 'Delete member: error',
  parameters: team({ fail: { methods: ['removeMember'] } }),
  play: async ({ canvasElement }) => {
    const dialog = await confirmWith(canvasElement, en.confirm.removeConfirm);
    await expect(await dialog.findByRole('alert')).toHaveTextContent(en.errors.network);
  },
};

export const DeleteRefusedSelf: Story = {
  name: 'Delete member: refused, yourself',
  args: { target: DEMO_PEOPLE.superAdmin },
  play: async ({ canvasElement }) =>
    expectRefusal(canvasElement, en.errors.self_action, en.confirm.removeConfirm),
};

export const DeleteReadOnlyAsCs: Story = {
  name: 'Delete member: read-only as CS',
  globals: { person: 'cs' },
  play: async ({ canvasElement }) =>
    expectRefusal(canvasElement, en.errors.forbidden, en.confirm.removeConfirm),
};

export const DeleteFlow: Story = {
  name: 'Flow: delete a member',
  play: async ({ canvasElement, loaded }) => {
    await confirmWith(canvasElement, en.confirm.removeConfirm);
    await waitFor(() => expect(outcome(canvasElement)).toHaveTextContent('Done.'));
    await expect(screenOf(canvasElement).queryByRole('alertdialog')).toBeNull();
    await expect(() => memberOf(loaded.store, DEMO_PEOPLE.viewer)).toThrow();
  },
};

/* -------------------------------------------------------------------------------------------------
 * Deactivate and reactivate
 * -----------------------------------------------------------------------------------------------*/

export const Deactivate: Story = {
  name: 'Deactivate: open',
  args: { confirmation: 'deactivate', target: DEMO_PEOPLE.cs },
};

export const DeactivateWithError: Story = {
  name: 'Deactivate: error',
  args: { confirmation: 'deactivate', target: DEMO_PEOPLE.cs },
  parameters: team({ fail: { methods: ['setActive'] } }),
  play: async ({ canvasElement }) => {
    await confirmWith(canvasElement, en.confirm.deactivateConfirm);
    await waitFor(() =>
      expect(outcome(canvasElement)).toHaveTextContent(en.errors.network),
    );
  },
};

export const DeactivateRefusedAdmin: Story = {
  name: 'Deactivate: refused, an admin',
  args: { confirmation: 'deactivate', target: DEMO_PEOPLE.admin },
  play: async ({ canvasElement }) =>
    expectRefusal(
      canvasElement,
      en.errors.admin_cannot_be_deactivated,
      en.confirm.deactivateConfirm,
    ),
};

export const DeactivateFlow: Story = {
  name: 'Flow: deactivate a member',
  args: { confirmation: 'deactivate', target: DEMO_PEOPLE.cs },
  play: async ({ canvasElement, loaded }) => {
    await confirmWith(canvasElement, en.confirm.deactivateConfirm);
    await waitFor(() => expect(outcome(canvasElement)).toHaveTextContent('Done.'));
    await expect(memberOf(loaded.store, DEMO_PEOPLE.cs).status).toBe('inactive');
  },
};

export const Reactivate: Story = {
  name: 'Reactivate: open',
  args: { confirmation: 'reactivate', target: INACTIVE_AGENT },
};

/* -------------------------------------------------------------------------------------------------
 * Super admin rights
 * -----------------------------------------------------------------------------------------------*/

export const GrantSuperAdmin: Story = {
  name: 'Make super admin: open',
  args: { confirmation: 'grant', target: DEMO_PEOPLE.admin },
};

export const RevokeSuperAdmin: Story = {
  name: 'Remove super admin: open',
  args: { confirmation: 'revoke', target: DEMO_PEOPLE.secondSuperAdmin },
};

export const RevokeRefusedSelf: Story = {
  name: 'Remove super admin: refused, yourself',
  args: { confirmation: 'revoke', target: DEMO_PEOPLE.superAdmin },
  play: async ({ canvasElement }) =>
    expectRefusal(canvasElement, en.errors.self_action, en.confirm.revokeConfirm),
};

/* -------------------------------------------------------------------------------------------------
 * Cancel an invitation
 * -----------------------------------------------------------------------------------------------*/

export const CancelInvitation: Story = {
  name: 'Cancel invitation: open',
  args: { confirmation: 'cancelInvitation', target: 'inv_pending1' },
};

export const CancelExpiredInvitation: Story = {
  name: 'Cancel invitation: an expired one',
  args: { confirmation: 'cancelInvitation', target: 'inv_expired1' },
};

export const CancelInvitationWithError: Story = {
  name: 'Cancel invitation: error',
  args: { confirmation: 'cancelInvitation', target: 'inv_pending1' },
  parameters: team({ fail: { methods: ['cancelInvitation'] } }),
  play: async ({ canvasElement }) => {
    const dialog = await confirmWith(canvasElement, en.confirm.cancelInvitationConfirm);
    await expect(await dialog.findByRole('alert')).toHaveTextContent(en.errors.network);
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
    { title: 'Delete member', story: 'DeleteMember' },
    { title: 'Delete member: refused, yourself', story: 'DeleteRefusedSelf' },
    { title: 'Deactivate', story: 'Deactivate' },
    { title: 'Deactivate: refused, an admin', story: 'DeactivateRefusedAdmin' },
    { title: 'Reactivate', story: 'Reactivate' },
    { title: 'Make super admin', story: 'GrantSuperAdmin' },
    { title: 'Remove super admin', story: 'RevokeSuperAdmin' },
    { title: 'Cancel invitation', story: 'CancelInvitation' },
    { title: 'Delete member: read-only as CS', story: 'DeleteReadOnlyAsCs' },
  ]),
};
