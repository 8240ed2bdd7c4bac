import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { demoSeed, renderTeam } from '../../test/renderTeam';
import { th } from '../messages';
import { AgentsTable } from './AgentsTable';

/** The invite button once the member and the seats have loaded. */
async function inviteButton(name = 'Invite team member') {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toHaveAttribute('aria-describedby'));
  return button;
}

describe.each([
  ['super admin', 'superAdmin'],
  ['admin who is not a super admin', 'admin'],
] as const)('given a %s, who manages settings and billing', (_, person) => {
  it('should offer "Add seats" and call the host for it', async () => {
    const onAddSeats = vi.fn();
    const { user } = renderTeam(<AgentsTable />, {
      as: person,
      provider: { onAddSeats },
    });
    await user.click(await screen.findByRole('button', { name: 'Add seats' }));
    expect(onAddSeats).toHaveBeenCalledTimes(1);
  });
});

describe.each([
  ['CS agent', 'cs'],
  ['viewer', 'viewer'],
] as const)('given a %s, who cannot change seats', (_, person) => {
  it('should not offer "Add seats" and say beside the invite whom to ask', async () => {
    renderTeam(<AgentsTable />, { as: person, provider: { onAddSeats: vi.fn() } });
    const invite = await inviteButton();
    expect(invite).toHaveAttribute('aria-disabled', 'true');
    // Seats are free: a hint about adding seats would only confuse.
    expect(invite).toHaveAccessibleDescription(
      'You do not have permission to do this. Ask a super admin.',
    );
    expect(screen.queryByRole('button', { name: 'Add seats' })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('should give the permission as the reason even when every seat is taken', async () => {
    renderTeam(<AgentsTable />, {
      as: person,
      seed: demoSeed({ seatLimit: 14 }),
      provider: { onAddSeats: vi.fn() },
    });
    expect(await screen.findByText('14 of 14 seats used')).toBeInTheDocument();
    expect(await inviteButton()).toHaveAccessibleDescription(
      'You do not have permission to do this. Ask a super admin.',
    );
    expect(screen.queryByRole('button', { name: 'Add seats' })).not.toBeInTheDocument();
  });

  it('should say whom to ask in Thai', async () => {
    renderTeam(<AgentsTable />, {
      as: person,
      provider: { onAddSeats: vi.fn(), messages: th, locale: 'th' },
    });
    const invite = await inviteButton(th.invite.open);
    expect(invite).toHaveAccessibleDescription(th.errors.forbidden);
    expect(
      screen.queryByRole('button', { name: th.seats.addSeats }),
    ).not.toBeInTheDocument();
  });
});

describe('given a host that offers no way to add seats', () => {
  it('should neither offer "Add seats" nor send a viewer to an admin for it', async () => {
    renderTeam(<AgentsTable />, { as: 'viewer' });
    expect(await inviteButton()).toHaveAccessibleDescription(
      'You do not have permission to do this. Ask a super admin.',
    );
    expect(screen.queryByRole('button', { name: 'Add seats' })).not.toBeInTheDocument();
  });
});
