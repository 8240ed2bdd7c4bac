import type { Member } from '@fiko/team-sdk';
import { DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { demoSeed, renderTeam } from '../../test/renderTeam';
import { RoleChangeConfirm } from './RoleChangeConfirm';

function member(id: string): Member {
  const seed = demoSeed();
  const found = seed.members.find((candidate) => candidate.id === id)!;
  return { ...found, groupIds: [] };
}

describe('given a role change from viewer to admin', () => {
  it('should list the permissions gained and say it applies immediately', async () => {
    renderTeam(
      <RoleChangeConfirm
        member={member(DEMO_PEOPLE.viewer)}
        to="admin"
        open={true}
        onOpenChange={() => {}}
      />,
    );
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Change the role of Ploy Rattanakul',
    });
    expect(within(dialog).getByText('Viewer → Admin')).toBeInTheDocument();
    const gained = within(dialog)
      .getByRole('heading', { name: 'Gains' })
      .closest('section')!;
    expect(
      within(gained)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Handle conversations, canned responses, tags and notes: none → full',
      'Customer information and history: read-only → full',
      'Conversations: read-only → full',
      'Reports and analytics: read-only → full',
      'Channels, integrations, company settings and billing: none → full',
      'Create and manage groups: none → full',
    ]);
    expect(
      within(dialog).queryByRole('heading', { name: 'Loses' }),
    ).not.toBeInTheDocument();
    expect(dialog).toHaveAccessibleDescription(
      'The change applies immediately, including in open sessions.',
    );
    await expectNoAxeViolations();
  });
});

describe('given a refused role change', () => {
  it('should say why a change of one’s own role is refused and disable the confirm', async () => {
    renderTeam(
      <RoleChangeConfirm
        member={member(DEMO_PEOPLE.superAdmin)}
        to="cs"
        open={true}
        onOpenChange={() => {}}
      />,
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You cannot change or remove your own account.',
    );
    const confirm = within(dialog).getByRole('button', { name: 'Change role' });
    // Refused, yet focusable, so keyboard users reach it and hear why.
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(confirm).toHaveAccessibleDescription(/your own account/);
    await expectNoAxeViolations();
  });

  it('should say why demoting the last super admin is refused', async () => {
    renderTeam(
      <RoleChangeConfirm
        member={member(DEMO_PEOPLE.secondSuperAdmin)}
        to="viewer"
        open={true}
        onOpenChange={() => {}}
      />,
      {
        wrap: (adapter) => ({
          ...adapter,
          me: async () => {
            const me = await adapter.me();
            return { ...me, team: { ...me.team, activeSuperAdminCount: 1 } };
          },
        }),
      },
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The team must keep at least one active super admin.',
    );
    expect(within(dialog).getByRole('button', { name: 'Change role' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('should report a backend refusal after rolling back', async () => {
    const onRefused = vi.fn();
    const onOpenChange = vi.fn();
    const { user } = renderTeam(
      <RoleChangeConfirm
        member={member(DEMO_PEOPLE.cs)}
        to="viewer"
        open={true}
        onOpenChange={onOpenChange}
        onRefused={onRefused}
      />,
      { fail: (method) => (method === 'changeRole' ? 'last_admin' : undefined) },
    );
    const confirm = await screen.findByRole('button', { name: 'Change role' });
    await waitFor(() => expect(confirm).not.toHaveAttribute('aria-disabled'));
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    expect(onOpenChange).toHaveBeenCalledWith(false);
    await waitFor(() =>
      expect(onRefused).toHaveBeenCalledWith(
        expect.objectContaining({ id: DEMO_PEOPLE.cs }),
        expect.stringContaining('at least one active super admin'),
      ),
    );
    expect(screen.getByRole('status')).toHaveTextContent('The change was undone.');
  });
});
