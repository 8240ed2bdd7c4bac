import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { renderTeam } from '../../test/renderTeam';
import { AgentsTable } from './AgentsTable';

describe('given a super admin on the agents table', () => {
  it('should show members and open invitations in one table', async () => {
    renderTeam(<AgentsTable />);
    const table = await screen.findByRole('table', {
      name: 'Team members and invitations',
    });
    expect(await within(table).findByText('Malee Srisai')).toBeInTheDocument();
    expect(within(table).getByText('kanya.new@siam-support.example')).toBeInTheDocument();
    expect(
      within(table).getByText('late.reply@siam-support.example'),
    ).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
