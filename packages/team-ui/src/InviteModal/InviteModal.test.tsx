import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { demoSeed, findRow, renderTeam } from '../../test/renderTeam';
import { AgentsTable } from '../AgentsTable/AgentsTable';
import { th } from '../messages';
import { InviteModal } from './InviteModal';

async function openFromTable(user: ReturnType<typeof renderTeam>['user']) {
  await screen.findByText('14 of 18 seats used');
  await user.click(screen.getByRole('button', { name: 'Invite team member' }));
  return screen.findByRole('dialog', { name: 'Invite a team member' });
}

describe('given a super admin inviting from the agents table', () => {
  it('should describe each role with what it can do', async () => {
    const { user } = renderTeam(<AgentsTable />);
    const dialog = await openFromTable(user);
    const cs = within(dialog).getByRole('radio', { name: 'CS' });
    expect(cs).toBeChecked();
    expect(cs).toHaveAccessibleDescription(/Handles customer conversations/);
    const viewer = within(dialog).getByRole('radio', { name: 'Viewer' });
    expect(viewer).toHaveAccessibleDescription(/Read-only/);
    const admin = within(dialog).getByRole('radio', { name: 'Admin' });
    expect(admin).toHaveAccessibleDescription(
      /Channels, integrations, company settings and billing/,
    );
    expect(
      within(dialog).getByRole('list', { name: 'What Viewer can do' }),
    ).toHaveTextContent('Reports and analytics (read-only)');
    await expectNoAxeViolations();
  });

  it('should validate the address on blur and on submit with the SDK schema', async () => {
    const { user } = renderTeam(<AgentsTable />);
    const dialog = await openFromTable(user);
    const email = within(dialog).getByRole('textbox', { name: 'Email address' });

    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter an email address.');

    await user.type(email, 'not-an-address');
    await user.tab();
    expect(email).toHaveAccessibleDescription(
      'Enter a valid email address, like name@example.com.',
    );
    await expectNoAxeViolations();

    await user.clear(email);
    await user.type(email, '  New.Person@Example.com ');
    await user.tab();
    expect(email).not.toHaveAttribute('aria-invalid');
  });

  it('should send, close, announce, show the Invited row at once and return focus', async () => {
    const { user, store } = renderTeam(<AgentsTable />);
    const dialog = await openFromTable(user);
    await user.type(within(dialog).getByRole('textbox'), 'New.Person@Example.com');
    await user.click(within(dialog).getByRole('radio', { name: 'Viewer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Invitation sent to new.person@example.com.',
    );
    const row = await findRow('new.person@example.com');
    expect(within(row).getByText('Invited')).toBeInTheDocument();
    expect(within(row).getByText('Viewer')).toBeInTheDocument();
    expect(store.outbox.at(-1)).toMatchObject({ to: 'new.person@example.com' });
    expect(await screen.findByText('15 of 18 seats used')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Invite team member' })).toHaveFocus();
  });

  it.each([
    ['nok@siam-support.example', 'This person is already a member of the team.'],
    ['KANYA.new@siam-support.example', 'already has a pending invitation'],
  ])('should show the refusal for %s at the email field', async (address, reason) => {
    const { user } = renderTeam(<AgentsTable />);
    const dialog = await openFromTable(user);
    const email = within(dialog).getByRole('textbox');
    await user.type(email, address);
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription(new RegExp(reason)));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(dialog).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('should show no_seats for the whole form with the add-seats action', async () => {
    const onAddSeats = vi.fn();
    const { user } = renderTeam(<AgentsTable />, {
      provider: { onAddSeats },
      fail: (method) => (method === 'invite' ? 'no_seats' : undefined),
    });
    const dialog = await openFromTable(user);
    await user.type(within(dialog).getByRole('textbox'), 'someone@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('No seats are available.');
    await user.click(within(alert).getByRole('button', { name: 'Add seats' }));
    expect(onAddSeats).toHaveBeenCalledTimes(1);
  });
});

describe('given an invitation sent with the "Send invitation" button', () => {
  it('should keep focus on the button while it is sent, and send once', async () => {
    const { user, store } = renderTeam(<AgentsTable />, { latency: 50 });
    const dialog = await openFromTable(user);
    await user.type(within(dialog).getByRole('textbox'), 'twice@example.com');
    const send = within(dialog).getByRole('button', { name: 'Send invitation' });
    await user.click(send);

    const sending = within(dialog).getByRole('button', { name: 'Sending…' });
    expect(sending).toHaveAttribute('aria-disabled', 'true');
    expect(sending).not.toBeDisabled();
    expect(sending).toHaveFocus();
    await user.click(sending);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const sent = store.outbox.filter((mail) => mail.to === 'twice@example.com');
    expect(sent).toHaveLength(1);
  });

  it.each([
    ['nok@siam-support.example', 'This person is already a member of the team.'],
    ['KANYA.new@siam-support.example', 'already has a pending invitation'],
    ['not-an-address', 'Enter a valid email address'],
    ['', 'Enter an email address.'],
  ])(
    'should move focus to the email field described by the refusal of "%s"',
    async (address, reason) => {
      const { user } = renderTeam(<AgentsTable />);
      const dialog = await openFromTable(user);
      const email = within(dialog).getByRole('textbox');
      if (address) await user.type(email, address);
      await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

      await waitFor(() => expect(email).toHaveFocus());
      expect(email).toHaveAccessibleDescription(new RegExp(reason));
      await expectNoAxeViolations();
    },
  );

  it.each([
    ['network', 'could not be reached'],
    ['no_seats', 'No seats are available.'],
    ['rate_limited', 'Too many requests'],
  ] as const)(
    'should move focus to the form error, an alert, when the backend answers %s',
    async (code, text) => {
      const { user } = renderTeam(<AgentsTable />, {
        fail: (method) => (method === 'invite' ? code : undefined),
      });
      const dialog = await openFromTable(user);
      await user.type(within(dialog).getByRole('textbox'), 'someone@example.com');
      await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

      const alert = await within(dialog).findByRole('alert');
      await waitFor(() => expect(alert).toHaveFocus());
      expect(alert).toHaveTextContent(new RegExp(text, 'i'));
      expect(
        within(dialog).getByRole('button', { name: 'Send invitation' }),
      ).toHaveAccessibleDescription(alert.textContent ?? '');
    },
  );
});

describe('given a team without a free seat', () => {
  it('should disable the invite button with the reason and offer to add seats', async () => {
    const onAddSeats = vi.fn();
    const seed = demoSeed();
    seed.seatLimit = 14;
    const { user } = renderTeam(<AgentsTable />, { seed, provider: { onAddSeats } });
    expect(await screen.findByText('14 of 14 seats used')).toHaveAttribute(
      'data-state',
      'full',
    );
    const invite = screen.getByRole('button', { name: 'Invite team member' });
    await waitFor(() => expect(invite).toHaveAttribute('aria-disabled', 'true'));
    expect(invite).toHaveAccessibleDescription(/No seats are available/);

    await user.click(invite);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add seats' }));
    expect(onAddSeats).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations();
  });
});

describe('given the modal on its own', () => {
  it('should work uncontrolled with its own trigger, and return focus to it', async () => {
    const onInvited = vi.fn();
    const { user } = renderTeam(
      <InviteModal onInvited={onInvited} defaultRole="admin" />,
    );
    const trigger = screen.getByRole('button', { name: 'Invite team member' });
    await user.click(trigger);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: 'Admin' })).toBeChecked();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
  });

  it('should follow a controlled open state', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderTeam(<InviteModal open={true} onOpenChange={onOpenChange} />);
    const dialog = await screen.findByRole('dialog');
    expect(
      screen.queryByRole('button', { name: 'Invite team member' }),
    ).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('should be usable with the keyboard alone', async () => {
    const { user, store } = renderTeam(<InviteModal />);
    await user.tab();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('textbox')).toHaveFocus());
    await user.keyboard('keyboard@example.com');
    await user.tab();
    expect(within(dialog).getByRole('radio', { name: 'CS' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(dialog).getByRole('radio', { name: 'Viewer' })).toBeChecked();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store.listInvitations('mem_malee')[0]).toMatchObject({
      email: 'keyboard@example.com',
      role: 'viewer',
    });
  });

  it('should speak Thai with the Thai catalog', async () => {
    const { user } = renderTeam(<InviteModal />, {
      provider: { messages: th, locale: 'th' },
    });
    await user.click(screen.getByRole('button', { name: 'เชิญสมาชิกทีม' }));
    const dialog = await screen.findByRole('dialog', { name: 'เชิญสมาชิกทีม' });
    await user.click(within(dialog).getByRole('button', { name: 'ส่งคำเชิญ' }));
    expect(
      within(dialog).getByRole('textbox', { name: 'อีเมล' }),
    ).toHaveAccessibleDescription('โปรดกรอกอีเมล');
  });
});
