import { createTeamClient, TEAM_ERROR_CODES } from '@fiko/team-sdk';
import { createMemoryAdapter, DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { findRow, openRowMenu, renderTeam } from '../../test/renderTeam';
import { AgentsTable } from '../AgentsTable/AgentsTable';
import { defineMessages, en, th } from '../messages';
import { keysForResources, teamKeys } from '../query/teamKeys';

describe('given the query keys', () => {
  it('should nest every list under the members key and share defaults', () => {
    expect(teamKeys.memberList({}).slice(0, 2)).toEqual(teamKeys.members());
    expect(teamKeys.memberList({})).toEqual(
      teamKeys.memberList({ sort: 'name', search: '' }),
    );
    expect(teamKeys.memberList({ search: 'nok' })).not.toEqual(teamKeys.memberList({}));
    expect(keysForResources(['seats', 'me', 'seats'])).toEqual([
      teamKeys.seats(),
      teamKeys.me(),
    ]);
  });
});

describe('given a change made elsewhere', () => {
  it('should refresh the view through the client subscription', async () => {
    const { store } = renderTeam(<AgentsTable />);
    const row = await findRow('Nok Thongdee');
    expect(within(row).getByText('CS')).toBeInTheDocument();

    const otherAdmin = createTeamClient({
      adapter: createMemoryAdapter({ store, actingAs: DEMO_PEOPLE.secondSuperAdmin }),
    });
    await otherAdmin.changeRole(DEMO_PEOPLE.cs, 'viewer');
    await otherAdmin.invite({ email: 'elsewhere@example.com', role: 'cs' });

    await waitFor(() => expect(within(row).getByText('Viewer')).toBeInTheDocument());
    expect(await findRow('elsewhere@example.com')).toBeInTheDocument();
  });
});

describe('given a mutation', () => {
  it('should invalidate exactly what it changes and refetch it once', async () => {
    const { user, queryClient, client } = renderTeam(<AgentsTable />);
    await findRow('Nok Thongdee');
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const listMembers = vi.spyOn(client.adapter, 'listMembers');
    const listInvitations = vi.spyOn(client.adapter, 'listInvitations');

    await openRowMenu(user, 'Nok Thongdee');
    await user.click(screen.getByRole('menuitem', { name: /Change role to Viewer/ }));
    await user.click(await screen.findByRole('button', { name: 'Change role' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('is now Viewer'),
    );
    await waitFor(() => expect(listMembers).toHaveBeenCalledTimes(1));

    const keys = invalidate.mock.calls.map(([filters]) => filters?.queryKey);
    expect(keys).toEqual([teamKeys.members(), teamKeys.me()]);
    expect(listInvitations).not.toHaveBeenCalled();
  });
});

describe('given host messages', () => {
  it('should apply overrides to any message, role names included', async () => {
    const messages = defineMessages({
      roles: { cs: 'Agent' },
      table: { you: 'Me' },
    });
    renderTeam(<AgentsTable />, { provider: { messages } });
    const nok = await findRow('Nok Thongdee');
    expect(within(nok).getByText('Agent')).toBeInTheDocument();
    expect(within(await findRow('Malee Srisai')).getByText('Me')).toBeInTheDocument();
  });

  it('should have a message for every error code, in English and in Thai', () => {
    for (const code of TEAM_ERROR_CODES) {
      expect(en.errors[code]).toMatch(/\S/);
      expect(th.errors[code]).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it('should render the table in Thai with Thai dates', async () => {
    renderTeam(<AgentsTable />, { provider: { messages: th, locale: 'th' } });
    const row = await findRow('kanya.new@siam-support.example');
    expect(within(row).getByText('เชิญแล้ว')).toBeInTheDocument();
    expect(within(row).getByText('เชิญ เมื่อวาน')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'สมาชิกทีมและคำเชิญ' })).toBeInTheDocument();
  });
});

describe('given theme and direction', () => {
  it('should mark every root with the theme and the direction', async () => {
    renderTeam(<AgentsTable className="host" />, {
      provider: { theme: 'dark', dir: 'rtl' },
    });
    await findRow('Malee Srisai');
    const root = document.querySelector('.host')!;
    expect(root).toHaveClass('fiko');
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('dir', 'rtl');
  });

  it('should give its class and language to every root and to the dialogs and menus at the end of the body', async () => {
    const { user } = renderTeam(<AgentsTable className="host" />, {
      provider: { className: 'brand', locale: 'th', messages: th },
    });
    const root = document.querySelector('.host')!;
    expect(root).toHaveClass('fiko', 'brand');
    expect(root).toHaveAttribute('lang', 'th');

    const menu = await openRowMenu(user, 'Nok Thongdee', th);
    expect(menu.closest('.fiko')).toHaveClass('brand');
    expect(menu.closest('[lang]')).toHaveAttribute('lang', 'th');
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: th.invite.open }));
    const dialog = await screen.findByRole('dialog');
    // Outside the host's wrappers, so a brand scoped to a wrapper would miss it.
    expect(root.contains(dialog)).toBe(false);
    expect(dialog).toHaveClass('fiko', 'brand');
    expect(dialog).toHaveAttribute('lang', 'th');
  });

  it('should leave the theme to prefers-color-scheme by default', async () => {
    renderTeam(<AgentsTable className="host" />);
    await findRow('Malee Srisai');
    expect(document.querySelector('.host')).not.toHaveAttribute('data-theme');
  });
});

describe('given a component outside any provider', () => {
  it('should throw a clear error and warn once in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<AgentsTable />)).toThrow(
      'Team components must be used within <TeamProvider>.',
    );
    expect(() => render(<AgentsTable />)).toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('outside <TeamProvider>');
    warn.mockRestore();
    error.mockRestore();
  });
});
