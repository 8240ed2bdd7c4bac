import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { expectWholeOutline } from '../../test/outline';
import { renderTeam } from '../../test/renderTeam';
import { th } from '../messages';
import { TeamPage } from './TeamPage';

describe('given the whole team page', () => {
  it('should open on the Agents tab with the table', async () => {
    renderTeam(<TeamPage />);
    const agents = screen.getByRole('tab', { name: 'Agents' });
    expect(agents).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('Malee Srisai')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('should move between tabs with the arrow keys, Home and End', async () => {
    const { user } = renderTeam(<TeamPage />);
    await screen.findByText('Malee Srisai');

    await user.tab();
    expect(screen.getByRole('tab', { name: 'Agents' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    const groups = screen.getByRole('tab', { name: 'Groups' });
    expect(groups).toHaveFocus();
    expect(groups).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel', { name: 'Groups' });
    expect(await within(panel).findByText('Sales')).toBeInTheDocument();

    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Agents' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(groups).toHaveFocus();
    await expectNoAxeViolations();
  });

  it('should follow the writing direction for arrows when right-to-left', async () => {
    const { user } = renderTeam(<TeamPage />, { provider: { dir: 'rtl' } });
    await screen.findByText('Malee Srisai');
    expect(screen.getByRole('tablist').closest('[dir]')).toHaveAttribute('dir', 'rtl');

    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Groups' })).toHaveFocus();
  });
});

describe('given a host that controls the tab', () => {
  it('should show the tab it is given and report tab changes', async () => {
    const onTabChange = vi.fn();
    const { user } = renderTeam(<TeamPage tab="groups" onTabChange={onTabChange} />, {
      provider: { messages: th, locale: 'th', dir: 'rtl' },
    });
    expect(screen.getByRole('tab', { name: 'กลุ่ม' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await screen.findByText('Sales')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'เจ้าหน้าที่' }));
    expect(onTabChange).toHaveBeenCalledWith('agents');
    expect(screen.getByRole('tab', { name: 'กลุ่ม' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expectNoAxeViolations();
  });
});

function Title(props: { children: string }) {
  return <h2 className="host-title">{props.children}</h2>;
}

describe.each([
  ['no heading', {}, 2],
  ['an h2 heading above the tabs', { heading: <h2>Groups</h2> }, 3],
  [
    'a heading component and a level of its own',
    { heading: <Title>Groups</Title>, headingLevel: 3 },
    3,
  ],
] as const)('given the team page with %s under the page h1', (_, props, level) => {
  it(`should rank the kinds of groups h${level}, skipping no rank`, async () => {
    renderTeam(<TeamPage defaultTab="groups" {...props} />, { as: 'viewer' });
    const panel = screen.getByRole('tabpanel', { name: 'Groups' });
    await within(panel).findByRole('region', { name: 'Departments' });
    expect(within(panel).getByRole('heading', { name: 'Departments' })).toHaveProperty(
      'tagName',
      `H${level}`,
    );
    expectWholeOutline();
    await expectNoAxeViolations();
  });
});
