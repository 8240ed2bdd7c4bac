import { createDemoTeam } from '@fiko/team-sdk/memory';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { demoSeed, findRow, NOW, renderTeam } from '../../test/renderTeam';
import { AgentsTable } from './AgentsTable';

function table() {
  return screen.getByRole('table', { name: 'Team members and invitations' });
}

function names() {
  return within(table())
    .queryAllByRole('row')
    .map((row) => row.querySelector('[data-slot="member-name"]')?.firstChild?.textContent)
    .filter(Boolean);
}

/** The invitation rows, by email, in the order the table shows them. */
function invitationEmails() {
  return within(table())
    .queryAllByRole('row')
    .filter((row) => row.matches('[data-state="invited"], [data-state="expired"]'))
    .map((row) => row.querySelector('[data-slot="member-email"]')?.textContent);
}

describe('given a super admin on the agents table', () => {
  it('should show members and open invitations in one table', async () => {
    renderTeam(<AgentsTable />);
    const malee = await findRow('Malee Srisai');
    expect(within(malee).getByText('You')).toBeInTheDocument();
    expect(within(malee).getByText('Super admin')).toBeInTheDocument();
    expect(within(malee).getByText('malee@siam-support.example')).toBeInTheDocument();
    expect(within(malee).getByText('Admin')).toBeInTheDocument();
    expect(within(malee).getByText('Active')).toBeInTheDocument();

    const pending = await findRow('kanya.new@siam-support.example');
    expect(pending).toHaveAttribute('data-state', 'invited');
    expect(within(pending).getByText('Invited')).toBeInTheDocument();
    expect(within(pending).getByText('Invited yesterday')).toBeInTheDocument();

    const expired = await findRow('late.reply@siam-support.example');
    expect(within(expired).getByText('Expired')).toBeInTheDocument();
    expect(within(expired).getByText('Expired 3 days ago')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('should count every row, header included, in aria-rowcount and aria-rowindex', async () => {
    renderTeam(<AgentsTable />);
    await findRow('Malee Srisai');
    expect(table()).toHaveAttribute('aria-rowcount', String(13 + 3 + 1));
    const rows = within(table()).getAllByRole('row');
    expect(rows[0]).toHaveAttribute('aria-rowindex', '1');
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
  });

  it('should show the groups and the join date of each member', async () => {
    const seed = demoSeed();
    const [sales, support] = seed.groups!;
    sales!.memberIds = ['mem_nok'];
    support!.memberIds = ['mem_nok'];
    seed.groups![2]!.memberIds = ['mem_nok'];
    renderTeam(<AgentsTable />, { seed });
    const nok = await findRow('Nok Thongdee');
    expect(await within(nok).findByText(/Sales, Support/)).toHaveTextContent('+1 more');
    const time = within(nok).getByText(/^Joined/);
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute(
      'dateTime',
      new Date(NOW.getTime() - 200 * 86_400_000).toISOString(),
    );
  });

  it('should show seat usage beside the invite button', async () => {
    renderTeam(<AgentsTable />);
    expect(await screen.findByText('14 of 18 seats used')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Invite team member' }),
    ).not.toHaveAttribute('aria-disabled');
  });
});

describe('given the search, the filters and the sort', () => {
  it('should search members and invitations by name or email', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await findRow('Malee Srisai');
    await user.type(screen.getByRole('searchbox', { name: 'Search members' }), 'NOK');
    await waitFor(() => expect(names()).toEqual(['Nok Thongdee']));
    expect(screen.queryByText('kanya.new@siam-support.example')).not.toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'kanya.new');
    expect(await findRow('kanya.new@siam-support.example')).toBeInTheDocument();
    await waitFor(() => expect(names()).toEqual([]));
  });

  it('should filter by role and by status, invitations included', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await findRow('Malee Srisai');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'viewer');
    await waitFor(() => expect(names()).not.toContain('Malee Srisai'));
    expect(names()).toContain('Ploy Rattanakul');
    expect(await findRow('jonas.new@siam-support.example')).toBeInTheDocument();
    expect(screen.queryByText('kanya.new@siam-support.example')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'expired');
    await waitFor(() => expect(names()).toEqual([]));
    expect(await findRow('late.reply@siam-support.example')).toBeInTheDocument();
    expect(screen.queryByText('kanya.new@siam-support.example')).not.toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status' }),
      'inactive',
    );
    await waitFor(() => expect(names()).toHaveLength(1));
    expect(screen.queryByText('late.reply@siam-support.example')).not.toBeInTheDocument();
  });

  it('should sort by a column header and say so with aria-sort', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await findRow('Malee Srisai');
    const member = screen.getByRole('columnheader', { name: /Member/ });
    expect(member).toHaveAttribute('aria-sort', 'ascending');
    const ascending = names();
    expect(ascending).toEqual([...ascending].sort((a, b) => a!.localeCompare(b!)));

    await user.click(within(member).getByRole('button'));
    expect(member).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(names()).toEqual([...ascending].reverse()));

    const role = screen.getByRole('columnheader', { name: /Role/ });
    await user.click(within(role).getByRole('button'));
    expect(role).toHaveAttribute('aria-sort', 'ascending');
    expect(member).toHaveAttribute('aria-sort', 'none');
    await waitFor(() => expect(names()[0]).toBe('Arthit Wongsa'));
  });

  it('should sort the invitations above the members by the same column', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await findRow('kanya.new@siam-support.example');
    const emails = [
      'jonas.new@siam-support.example',
      'kanya.new@siam-support.example',
      'late.reply@siam-support.example',
    ];
    expect(invitationEmails()).toEqual(emails);

    const member = screen.getByRole('columnheader', { name: /Member/ });
    await user.click(within(member).getByRole('button'));
    await waitFor(() => expect(invitationEmails()).toEqual([...emails].reverse()));

    // Sent longest ago first: late.reply (10 days), jonas (3 days), kanya (yesterday).
    const joined = screen.getByRole('columnheader', { name: /Joined/ });
    await user.click(within(joined).getByRole('button'));
    await waitFor(() =>
      expect(invitationEmails()).toEqual([
        'late.reply@siam-support.example',
        'jonas.new@siam-support.example',
        'kanya.new@siam-support.example',
      ]),
    );
  });

  it('should say when nothing matches and clear the filters on request', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await findRow('Malee Srisai');
    await user.type(screen.getByRole('searchbox'), 'nobody-has-this-name');
    expect(
      await screen.findByText('No members match these filters.'),
    ).toBeInTheDocument();
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await findRow('Malee Srisai')).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('should announce politely when a search or a filter comes up empty', async () => {
    const { user } = renderTeam(<AgentsTable />);
    await findRow('Malee Srisai');
    await user.type(screen.getByRole('searchbox'), 'nobody-has-this-name');
    await screen.findByText('No members match these filters.', { selector: 'p' });
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('No members match these filters.');

    await user.clear(screen.getByRole('searchbox'));
    await findRow('Malee Srisai');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status' }),
      'inactive',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'admin');
    await screen.findByText('No members match these filters.', { selector: 'p' });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        /^No members match these filters.\u00a0?$/,
      ),
    );
  });
});

describe('given loading, empty and failing backends', () => {
  it('should show a loading skeleton while the first page loads', async () => {
    renderTeam(<AgentsTable />, { latency: 50 });
    expect(screen.getByText('Loading team members…')).toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-busy', 'true');
    expect(
      document.querySelectorAll('[data-slot="skeleton-row"]').length,
    ).toBeGreaterThan(0);
    await expectNoAxeViolations();
    expect(await findRow('Malee Srisai')).toBeInTheDocument();
  });

  it('should show the empty state when the team has no other rows', async () => {
    const seed = demoSeed();
    seed.invitations = [];
    renderTeam(<AgentsTable />, {
      seed,
      wrap: (adapter) => ({
        ...adapter,
        listMembers: async () => ({ items: [], nextCursor: null, total: 0 }),
      }),
    });
    expect(
      await screen.findByText('No members yet. Invite your first team member.'),
    ).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('should show the error with a retry that loads the team', async () => {
    let failing = true;
    const { user } = renderTeam(<AgentsTable />, {
      fail: (method) => (failing && method === 'listMembers' ? 'network' : undefined),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The team could not be loaded.');
    expect(alert).toHaveTextContent('The server could not be reached.');
    await expectNoAxeViolations();

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await findRow('Malee Srisai')).toBeInTheDocument();
  });
});

describe('given a host that customises the table', () => {
  it('should keep the host page and the toolbar when a host column throws, and try again on request', async () => {
    // React reports the caught error; the test only cares about what stays on screen.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    const { user } = renderTeam(
      <AgentsTable
        columns={[
          {
            id: 'tickets',
            header: 'Open tickets',
            cell: (row) => {
              if (broken && row.kind === 'member') throw new Error('tickets unavailable');
              return 3;
            },
          },
        ]}
      />,
    );

    expect(
      await screen.findByText(
        'Something went wrong while showing this part of the team page.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Workspace' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toBeInTheDocument();
    await expectNoAxeViolations();

    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await findRow('Malee Srisai')).toBeInTheDocument();
    reported.mockRestore();
  });

  it('should hide columns, add columns and add row actions', async () => {
    const onSelect = vi.fn();
    const { user } = renderTeam(
      <AgentsTable
        hiddenColumns={['groups', 'date']}
        columns={[
          {
            id: 'tickets',
            header: 'Open tickets',
            cell: (row) => (row.kind === 'member' ? row.member.name.length : '—'),
          },
        ]}
        rowActions={(row) => [
          { id: 'profile', label: 'View profile', onSelect },
          ...(row.kind === 'invitation'
            ? [
                {
                  id: 'copy',
                  label: 'Copy link',
                  onSelect,
                  disabledReason: 'Links are private.',
                },
              ]
            : []),
        ]}
        className="host-table"
      />,
    );
    const malee = await findRow('Malee Srisai');
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual([
      expect.stringContaining('Member'),
      expect.stringContaining('Role'),
      expect.stringContaining('Status'),
      'Open tickets',
      'Actions',
    ]);
    expect(within(malee).getByText('12')).toBeInTheDocument();
    expect(document.querySelector('.host-table')).toHaveAttribute(
      'data-slot',
      'agents-table',
    );

    await user.click(
      within(malee).getByRole('button', { name: 'Actions for Malee Srisai' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'View profile' }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'mem_malee' }));
  });

  it('should still work without the stylesheet (unstyled mode)', async () => {
    renderTeam(<AgentsTable />);
    const scroll = (await findRow('Malee Srisai')).closest('[data-slot="table-scroll"]');
    expect(scroll).toHaveStyle({ overflow: 'auto' });
  });
});

describe('given a team of 10,000 members', () => {
  it('should render only a window of rows, keep table semantics, and load more on scroll', async () => {
    const seed = createDemoTeam({ members: 10_000, now: NOW });
    renderTeam(<AgentsTable />, { seed });
    await waitFor(() => expect(names().length).toBeGreaterThan(5));
    expect(table()).toHaveAttribute('aria-rowcount', String(10_000 + 3 + 1));
    const rendered = within(table()).getAllByRole('row').length;
    expect(rendered).toBeLessThan(60);

    const scroll = table().closest('[data-slot="table-scroll"]') as HTMLElement;
    expect(scroll).toHaveAttribute('tabindex', '0');
    const before = within(table())
      .getAllByRole('row')
      .at(-1)!
      .getAttribute('aria-rowindex');
    scroll.scrollTop = 56 * 80;
    fireEvent.scroll(scroll);
    await waitFor(() => {
      const last = within(table()).getAllByRole('row').at(-1)!;
      expect(Number(last.getAttribute('aria-rowindex'))).toBeGreaterThan(
        Number(before) + 40,
      );
    });
    expect(within(table()).getAllByRole('row').length).toBeLessThan(60);
  });
});
