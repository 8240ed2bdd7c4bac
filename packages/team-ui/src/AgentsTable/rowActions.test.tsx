import { TeamError } from '@fiko/team-sdk';
import { createMemoryStore, DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { demoSeed, findRow, NOW, openRowMenu, renderTeam } from '../../test/renderTeam';
import { en, th } from '../messages';
import { AgentsTable } from './AgentsTable';

function liveRegion() {
  return screen.getByRole('status');
}

function item(name: string | RegExp) {
  return screen.getByRole('menuitem', { name });
}

describe('given a super admin opening row menus', () => {
  it('should refuse every change to their own account, with the reason', async () => {
    const { user } = renderTeam(<AgentsTable />);
    const menu = await openRowMenu(user, 'Malee Srisai');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.length).toBeGreaterThanOrEqual(4);
    for (const entry of items) {
      expect(entry).toHaveAttribute('aria-disabled', 'true');
      expect(entry).toHaveAccessibleDescription(
        /cannot change or remove your own account/,
      );
    }
    await expectNoAxeViolations();
  });

  it('should offer the other roles, super admin only for admins, and deactivation', async () => {
    const { user } = renderTeam(<AgentsTable />);
    const menu = await openRowMenu(user, 'Nok Thongdee');
    const labels = within(menu)
      .getAllByRole('menuitem')
      .map((entry) => entry.querySelector('[data-slot="menu-item-label"]')?.textContent);
    expect(labels).toEqual([
      'Change role to Admin…',
      'Change role to Viewer…',
      'Deactivate…',
      'Delete member…',
    ]);
  });

  it('should say admins cannot be deactivated, only deleted', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await openRowMenu(user, 'Somchai Boonmee');
    const deactivate = item(/Deactivate/);
    expect(deactivate).toHaveAttribute('aria-disabled', 'true');
    expect(deactivate).toHaveAccessibleDescription(
      /Admins cannot be deactivated, only deleted/,
    );
    expect(item(/Make super admin/)).not.toHaveAttribute('aria-disabled');
    expect(item(/Delete member/)).not.toHaveAttribute('aria-disabled');
  });

  it('should refuse demoting the last super admin when the team reports only one', async () => {
    const { user } = renderTeam(<AgentsTable />, {
      wrap: (adapter) => ({
        ...adapter,
        me: async () => {
          const me = await adapter.me();
          return { ...me, team: { ...me.team, activeSuperAdminCount: 1 } };
        },
      }),
    });
    await openRowMenu(user, 'Arthit Wongsa');
    expect(item(/Change role to CS/)).toHaveAccessibleDescription(
      /at least one active super admin/,
    );
    expect(item(/Remove super admin/)).toHaveAttribute('aria-disabled', 'true');
    expect(item(/Change role to CS/)).toHaveAttribute('aria-disabled', 'true');
  });

  it('should refuse reactivating a member when no seat is free', async () => {
    const seed = demoSeed();
    seed.seatLimit = 14;
    const { user } = renderTeam(<AgentsTable />, { seed });
    expect(await screen.findByText('14 of 14 seats used')).toBeInTheDocument();
    const inactive = await screen.findByText('Inactive', {
      selector: '[data-slot="status-badge"]',
    });
    const name = inactive.closest('tr')!.querySelector('[data-slot="member-name"]')!;
    await openRowMenu(user, name.firstChild!.textContent!);
    expect(item(/^Reactivate/)).toHaveAttribute('aria-disabled', 'true');
    expect(item(/^Reactivate/)).toHaveAccessibleDescription(/No seats are available/);
  });

  it('should say what to do first when promoting an inactive member, not just "not valid"', async () => {
    const { user } = renderTeam(<AgentsTable />);
    const inactive = await screen.findByText('Inactive', {
      selector: '[data-slot="status-badge"]',
    });
    const name = inactive.closest('tr')!.querySelector('[data-slot="member-name"]')!;
    await openRowMenu(user, name.firstChild!.textContent!);
    expect(item(/Change role to Admin/)).toHaveAttribute('aria-disabled', 'true');
    expect(item(/Change role to Admin/)).toHaveAccessibleDescription(
      'Reactivate this member before making them an admin.',
    );
  });

  it("should say that reason in the catalog's language, not the rule module's English", async () => {
    const { user } = renderTeam(<AgentsTable />, {
      provider: { locale: 'th', messages: th },
    });
    const inactive = await screen.findByText(th.table.inactive, {
      selector: '[data-slot="status-badge"]',
    });
    const name = inactive.closest('tr')!.querySelector('[data-slot="member-name"]')!;
    await openRowMenu(user, name.firstChild!.textContent!, th);
    const promote = item(new RegExp(th.actions.changeRoleTo(th.roles.admin)));
    expect(promote).toHaveAttribute('aria-disabled', 'true');
    expect(promote).toHaveAccessibleDescription(th.refusals.reactivateToPromote);
  });
});

describe('given the last super admin opening their own menu', () => {
  it.each([
    ['English', en],
    ['Thai', th],
  ])(
    'should say to make another super admin first, not to ask one (%s)',
    async (_, messages) => {
      const store = createMemoryStore(demoSeed(), { now: () => NOW });
      store.setSuperAdmin(DEMO_PEOPLE.superAdmin, {
        memberId: DEMO_PEOPLE.secondSuperAdmin,
        superAdmin: false,
      });
      const { user } = renderTeam(<AgentsTable />, {
        store,
        provider: { messages, locale: messages === th ? 'th' : 'en' },
      });
      const menu = await openRowMenu(user, 'Malee Srisai', messages);
      const items = within(menu).getAllByRole('menuitem');
      expect(items.length).toBeGreaterThanOrEqual(3);
      for (const entry of items) {
        expect(entry).toHaveAttribute('aria-disabled', 'true');
        expect(entry).toHaveAccessibleDescription(messages.refusals.lastSuperAdminSelf);
      }
      expect(menu).not.toHaveTextContent(messages.errors.self_action);
    },
  );
});

describe('given two members with the same name', () => {
  function seedWithNamesakes() {
    const seed = demoSeed();
    seed.members = seed.members.map((member) =>
      member.id === DEMO_PEOPLE.cs || member.id === DEMO_PEOPLE.viewer
        ? { ...member, name: 'Diego Novak' }
        : member,
    );
    return seed;
  }

  it('should tell their actions buttons and dialog titles apart by email', async () => {
    const seed = seedWithNamesakes();
    const emails = seed.members
      .filter((member) => member.name === 'Diego Novak')
      .map((member) => member.email);
    const { user } = renderTeam(<AgentsTable />, { seed });
    await screen.findAllByText('Diego Novak', { selector: '[data-slot="member-name"]' });

    const buttons = screen.getAllByRole('button', { name: /^Actions for Diego Novak/ });
    expect(buttons.map((button) => button.getAttribute('aria-label')).sort()).toEqual(
      emails.map((email) => `Actions for Diego Novak (${email})`).sort(),
    );
    // A name nobody else has stays as it was.
    expect(
      screen.getByRole('button', { name: 'Actions for Arthit Wongsa' }),
    ).toBeInTheDocument();

    const titles: string[] = [];
    for (const email of emails) {
      await user.click(
        screen.getByRole('button', { name: `Actions for Diego Novak (${email})` }),
      );
      await user.click(await screen.findByRole('menuitem', { name: /Delete member/ }));
      const dialog = await screen.findByRole('alertdialog');
      titles.push(dialog.querySelector('[data-slot="dialog-title"]')?.textContent ?? '');
      expect(dialog).toHaveAccessibleName(`Delete Diego Novak (${email})?`);
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    }
    expect(new Set(titles).size).toBe(2);
    await expectNoAxeViolations();
  });
});

describe('given a super admin changing roles', () => {
  it('should confirm with the permission difference, apply at once and announce', async () => {
    const { user, store } = renderTeam(<AgentsTable />);
    await openRowMenu(user, 'Nok Thongdee');
    await user.click(item(/Change role to Viewer/));

    const dialog = await screen.findByRole('alertdialog', {
      name: 'Change the role of Nok Thongdee',
    });
    expect(within(dialog).getByText('CS → Viewer')).toBeInTheDocument();
    expect(dialog).toHaveAccessibleDescription(/applies immediately/);
    const lost = within(dialog)
      .getByRole('heading', { name: 'Loses' })
      .closest('section')!;
    expect(lost).toHaveTextContent(
      'Handle conversations, canned responses, tags and notes: full → none',
    );
    expect(lost).toHaveTextContent('Customer information and history: full → read-only');
    await expectNoAxeViolations();

    await user.click(within(dialog).getByRole('button', { name: 'Change role' }));
    const row = await findRow('Nok Thongdee');
    expect(within(row).getByText('Viewer')).toBeInTheDocument();
    await waitFor(() =>
      expect(liveRegion()).toHaveTextContent('Nok Thongdee is now Viewer.'),
    );
    expect(store.members.find((m) => m.id === DEMO_PEOPLE.cs)?.role).toBe('viewer');
    expect(
      within(row).getByRole('button', { name: 'Actions for Nok Thongdee' }),
    ).toHaveFocus();
  });

  it('should clear the super admin flag when a super admin is demoted', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await openRowMenu(user, 'Arthit Wongsa');
    await user.click(item(/Change role to CS/));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Their super admin rights are removed as well.');
    await user.click(within(dialog).getByRole('button', { name: 'Change role' }));
    const row = await findRow('Arthit Wongsa');
    await waitFor(() =>
      expect(within(row).queryByText('Super admin')).not.toBeInTheDocument(),
    );
    expect(within(row).getByText('CS')).toBeInTheDocument();
  });

  it('should roll back and say why when the backend refuses', async () => {
    const { user, store } = renderTeam(<AgentsTable />, {
      latency: 20,
      fail: (method) => (method === 'changeRole' ? new TeamError('conflict') : undefined),
    });
    await openRowMenu(user, 'Nok Thongdee');
    await user.click(item(/Change role to Admin/));
    await user.click(await screen.findByRole('button', { name: 'Change role' }));

    const row = await findRow('Nok Thongdee');
    expect(within(row).getByText('Admin')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByText('CS')).toBeInTheDocument());
    expect(
      within(row).getByText(/Someone else changed this in the meantime/),
    ).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('The change was undone.');
    expect(store.members.find((m) => m.id === DEMO_PEOPLE.cs)?.role).toBe('cs');
  });
});

describe('given a super admin managing super admin rights and status', () => {
  it('should grant and revoke super admin rights', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await openRowMenu(user, 'Somchai Boonmee');
    await user.click(item(/Make super admin/));
    await user.click(await screen.findByRole('button', { name: 'Make super admin' }));
    const somchai = await findRow('Somchai Boonmee');
    expect(await within(somchai).findByText('Super admin')).toBeInTheDocument();

    await openRowMenu(user, 'Arthit Wongsa');
    await user.click(item(/Remove super admin/));
    await user.click(await screen.findByRole('button', { name: 'Remove super admin' }));
    const arthit = await findRow('Arthit Wongsa');
    await waitFor(() =>
      expect(within(arthit).queryByText('Super admin')).not.toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(liveRegion()).toHaveTextContent('no longer a super admin'),
    );
  });

  it('should deactivate a CS member, free their seat, and reactivate them', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await screen.findByText('14 of 18 seats used');
    await openRowMenu(user, 'Nok Thongdee');
    await user.click(item(/Deactivate/));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Deactivate Nok Thongdee?',
    });
    expect(dialog).toHaveAccessibleDescription(/lose access to the platform immediately/);
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    const row = await findRow('Nok Thongdee');
    expect(within(row).getByText('Inactive')).toBeInTheDocument();
    expect(await screen.findByText('13 of 18 seats used')).toBeInTheDocument();

    await openRowMenu(user, 'Nok Thongdee');
    await user.click(item(/^Reactivate/));
    await user.click(await screen.findByRole('button', { name: 'Reactivate' }));
    expect(await within(row).findByText('Active')).toBeInTheDocument();
    expect(await screen.findByText('14 of 18 seats used')).toBeInTheDocument();
  });
});

describe('given a status change the backend refuses', () => {
  it('should show the member inactive at once, then roll back with the reason', async () => {
    const { user } = renderTeam(<AgentsTable />, {
      latency: 20,
      fail: (method) => (method === 'setActive' ? 'forbidden' : undefined),
    });
    await openRowMenu(user, 'Nok Thongdee');
    await user.click(item(/Deactivate/));
    await user.click(await screen.findByRole('button', { name: 'Deactivate' }));

    const row = await findRow('Nok Thongdee');
    expect(within(row).getByText('Inactive')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByText('Active')).toBeInTheDocument());
    expect(
      within(row).getByText(/You do not have permission to do this/),
    ).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('The change was undone.');
    await expectNoAxeViolations();
  });
});

describe('given a super admin deleting a member', () => {
  it('should confirm that it is permanent, remove the row and keep a tombstone', async () => {
    const { user, store } = renderTeam(<AgentsTable />);
    await openRowMenu(user, 'Ploy Rattanakul');
    await user.click(item(/Delete member/));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Delete Ploy Rattanakul?',
    });
    expect(dialog).toHaveAccessibleDescription(/permanent.*history stays intact/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete member' }));

    await waitFor(() =>
      expect(screen.queryByText('Ploy Rattanakul')).not.toBeInTheDocument(),
    );
    expect(liveRegion()).toHaveTextContent('Ploy Rattanakul was deleted from the team.');
    expect(store.listTombstones(DEMO_PEOPLE.superAdmin)).toEqual([
      expect.objectContaining({ id: DEMO_PEOPLE.viewer, name: 'Ploy Rattanakul' }),
    ]);
  });

  it('should keep the dialog open with the reason when the backend refuses', async () => {
    const { user } = renderTeam(<AgentsTable />, {
      fail: (method) => (method === 'removeMember' ? 'network' : undefined),
    });
    await openRowMenu(user, 'Ploy Rattanakul');
    await user.click(item(/Delete member/));
    await user.click(await screen.findByRole('button', { name: 'Delete member' }));
    const dialog = screen.getByRole('alertdialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The server could not be reached.',
    );
    await expectNoAxeViolations();
    expect(await findRow('Ploy Rattanakul')).toBeInTheDocument();
  });
});

describe('given a confirm dialog waiting for the backend', () => {
  it.each([
    ['Ploy Rattanakul', /Delete member/, 'Delete member', 'removeMember'],
    [
      'kanya.new@siam-support.example',
      /Cancel invitation/,
      'Cancel invitation',
      'cancelInvitation',
    ],
  ] as const)(
    'should keep focus on the confirm button for %s, send once and announce the refusal',
    async (row, action, confirmName, method) => {
      let calls = 0;
      const { user } = renderTeam(<AgentsTable />, {
        latency: 50,
        fail: (called) => {
          if (called !== method) return undefined;
          calls += 1;
          return 'network';
        },
      });
      await openRowMenu(user, row);
      await user.click(item(action));
      const dialog = await screen.findByRole('alertdialog');
      const confirm = within(dialog).getByRole('button', { name: confirmName });
      await waitFor(() => expect(confirm).not.toHaveAttribute('aria-disabled'));
      await user.click(confirm);

      const working = within(dialog).getByRole('button', { name: 'Working…' });
      expect(working).toHaveAttribute('aria-disabled', 'true');
      expect(working).not.toBeDisabled();
      expect(working).toHaveFocus();
      await user.click(working);

      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'The server could not be reached.',
      );
      expect(within(dialog).getByRole('button', { name: confirmName })).toHaveFocus();
      expect(calls).toBe(1);
    },
  );
});

describe('given a super admin managing invitations', () => {
  it('should cancel a pending invitation after confirming, freeing its seat', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await screen.findByText('14 of 18 seats used');
    await openRowMenu(user, 'kanya.new@siam-support.example');
    await user.click(item(/Cancel invitation/));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Cancel the invitation to kanya.new@siam-support.example?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel invitation' }));
    await waitFor(() =>
      expect(
        screen.queryByText('kanya.new@siam-support.example'),
      ).not.toBeInTheDocument(),
    );
    expect(await screen.findByText('13 of 18 seats used')).toBeInTheDocument();
    expect(liveRegion()).toHaveTextContent('was cancelled');
  });

  it.each([
    ['English', en],
    ['Thai', th],
  ])(
    'should offer "Keep invitation" beside "Cancel invitation", which keeps it (%s)',
    async (_, messages) => {
      const { user } = renderTeam(<AgentsTable />, {
        provider: { messages, locale: messages === th ? 'th' : 'en' },
      });
      await openRowMenu(user, 'kanya.new@siam-support.example', messages);
      await user.click(item(new RegExp(messages.actions.cancelInvitation)));
      const dialog = await screen.findByRole('alertdialog');
      const buttons = within(dialog).getAllByRole('button');
      expect(buttons.map((button) => button.textContent)).toEqual([
        messages.confirm.cancelInvitationKeep,
        messages.confirm.cancelInvitationConfirm,
      ]);
      await user.click(
        within(dialog).getByRole('button', {
          name: messages.confirm.cancelInvitationKeep,
        }),
      );
      await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
      expect(await findRow('kanya.new@siam-support.example')).toBeInTheDocument();
    },
  );

  it('should resend an expired invitation, which becomes Invited again', async () => {
    const { user, store } = renderTeam(<AgentsTable />);
    await openRowMenu(user, 'late.reply@siam-support.example');
    await user.click(item('Resend invitation'));
    const row = await findRow('late.reply@siam-support.example');
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'invited'));
    expect(liveRegion()).toHaveTextContent(
      'Invitation resent to late.reply@siam-support.example.',
    );
    expect(store.outbox.at(-1)?.to).toBe('late.reply@siam-support.example');
  });
});

/** The actions button that has focus, and the row it is in. */
function focusedRowTrigger() {
  const focused = document.activeElement as HTMLElement;
  expect(focused).not.toBe(document.body);
  expect(focused).toHaveAttribute('data-slot', 'row-actions-trigger');
  return focused;
}

describe('given a row that goes away once its dialog is done', () => {
  it.each([
    ['kanya.new@siam-support.example', /Cancel invitation/, 'Cancel invitation'],
    ['Ploy Rattanakul', /Delete member/, 'Delete member'],
  ])(
    'should move focus from %s to the actions of the row that took its place',
    async (text, action, confirm) => {
      const { user } = renderTeam(<AgentsTable />);
      const before = await findRow(text);
      const next = before.nextElementSibling as HTMLElement;
      const nextTrigger = within(next).getByRole('button', { name: /^Actions for/ });
      await openRowMenu(user, text);
      await user.click(item(action));
      const dialog = await screen.findByRole('alertdialog');
      await user.click(within(dialog).getByRole('button', { name: confirm }));

      await waitFor(() => expect(screen.queryByText(text)).not.toBeInTheDocument());
      await waitFor(() => expect(nextTrigger).toHaveFocus());
    },
  );

  it('should move focus to a neighbour when a role change takes the row out of a filter', async () => {
    const { user } = renderTeam(<AgentsTable defaultQuery={{ role: 'cs' }} />);
    await openRowMenu(user, 'Nok Thongdee');
    await user.click(item(/Change role to Viewer/));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Change role' }));

    await waitFor(() =>
      expect(screen.queryByText('Nok Thongdee')).not.toBeInTheDocument(),
    );
    await waitFor(() => focusedRowTrigger());
  });

  it('should move focus to a neighbour when the member was deleted meanwhile', async () => {
    const { user, store } = renderTeam(<AgentsTable />);
    await openRowMenu(user, 'Nok Thongdee');
    await user.click(item(/Change role to Viewer/));
    const dialog = await screen.findByRole('alertdialog');
    store.removeMember(DEMO_PEOPLE.secondSuperAdmin, { memberId: DEMO_PEOPLE.cs });
    await waitFor(() =>
      expect(screen.queryByText('Nok Thongdee')).not.toBeInTheDocument(),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    focusedRowTrigger();
  });

  it('should move focus to the search box when "Clear filters" clears an empty search', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await findRow('Malee Srisai');
    await user.type(screen.getByRole('searchbox'), 'nobody-has-this-name');
    await user.click(await screen.findByRole('button', { name: 'Clear filters' }));
    expect(await findRow('Malee Srisai')).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });
});

describe.each([
  ['cs', 'CS'],
  ['viewer', 'viewer'],
  ['admin', 'admin without super admin rights'],
] as const)('given a %s member (%s)', (person, _description) => {
  it('should show no row actions and an invite button disabled with the reason', async () => {
    renderTeam(<AgentsTable />, { as: person });
    const row = await findRow('Nok Thongdee');
    expect(
      within(row).queryByRole('button', { name: /Actions for/ }),
    ).not.toBeInTheDocument();
    const invite = screen.getByRole('button', { name: 'Invite team member' });
    await waitFor(() => expect(invite).toHaveAttribute('aria-disabled', 'true'));
    expect(invite).toHaveAccessibleDescription(/do not have permission/);
    await expectNoAxeViolations();
  });
});

describe('given a keyboard-only super admin', () => {
  it('should open a row menu, confirm a change and return focus to the trigger', async () => {
    const { user } = renderTeam(<AgentsTable />);
    const row = await findRow('Nok Thongdee');
    const trigger = within(row).getByRole('button', { name: 'Actions for Nok Thongdee' });
    trigger.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    await waitFor(() => expect(items[0]).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}');
    expect(items[2]).toHaveFocus();
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('alertdialog', {
      name: 'Deactivate Nok Thongdee?',
    });
    await waitFor(() =>
      expect(dialog).toContainElement(document.activeElement as HTMLElement),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(within(row).getByText('Active')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    const reopened = within(await screen.findByRole('menu')).getAllByRole('menuitem');
    await waitFor(() => expect(reopened[0]).toHaveFocus());
    await user.keyboard('{End}');
    await user.keyboard('{ArrowUp}');
    expect(reopened[2]).toHaveFocus();
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('alertdialog', {
      name: 'Deactivate Nok Thongdee?',
    });
    within(again).getByRole('button', { name: 'Deactivate' }).focus();
    await user.keyboard('{Enter}');
    expect(await within(row).findByText('Inactive')).toBeInTheDocument();
    await waitFor(() => expect(trigger).toHaveFocus());
  });
});
