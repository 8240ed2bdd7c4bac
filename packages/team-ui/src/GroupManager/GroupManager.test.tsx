import { TeamError } from '@fiko/team-sdk';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { expectWholeOutline } from '../../test/outline';
import { demoSeed, renderTeam } from '../../test/renderTeam';
import { GroupManager } from './GroupManager';

function seedWithGroups() {
  const seed = demoSeed();
  seed.groups = seed.groups!.map((group, index) => ({
    ...group,
    memberIds: index === 0 ? ['mem_nok', 'mem_ploy'] : [],
  }));
  return seed;
}

function group(name: string) {
  const label = screen.getByText(name, { selector: '[data-slot="group-name"]' });
  return label.closest('li')!;
}

async function openGroupMenu(user: ReturnType<typeof renderTeam>['user'], name: string) {
  await screen.findByText(name, { selector: '[data-slot="group-name"]' });
  await user.click(
    within(group(name)).getByRole('button', { name: `Actions for group ${name}` }),
  );
  return screen.findByRole('menu');
}

describe('given an admin on the groups', () => {
  it('should list groups by kind with their member counts', async () => {
    renderTeam(<GroupManager />, { as: 'admin', seed: seedWithGroups() });
    const departments = await screen.findByRole('region', { name: 'Departments' });
    expect(within(departments).getAllByRole('listitem')).toHaveLength(3);
    expect(within(group('Sales')).getByText('2 members')).toBeInTheDocument();
    expect(within(group('Support')).getByText('0 members')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Shifts' })).toHaveTextContent(
      'Morning shift',
    );
    await expectNoAxeViolations();
  });

  it('should create a group, refusing an empty or a taken name at the field', async () => {
    const { user } = renderTeam(<GroupManager />, { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Create group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a group' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });

    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));
    expect(name).toHaveAccessibleDescription('Enter a group name.');
    await user.type(name, ' sales ');
    await user.tab();
    expect(name).toHaveAccessibleDescription('Another group already has this name.');
    await expectNoAxeViolations();

    await user.clear(name);
    await user.type(name, 'Night owls');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Kind' }),
      'shift',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Description' }),
      '22:00–06:00',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create group' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const shifts = screen.getByRole('region', { name: 'Shifts' });
    expect(await within(shifts).findByText('Night owls')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Group Night owls created.');
    expect(screen.getByRole('button', { name: 'Create group' })).toHaveFocus();
  });

  it('should rename a group and return focus to its menu', async () => {
    const { user } = renderTeam(<GroupManager />, { as: 'admin' });
    await openGroupMenu(user, 'Weekend');
    await user.click(screen.getByRole('menuitem', { name: 'Rename…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename Weekend' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Weekend cover');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Weekend cover', { selector: '[data-slot="group-name"]' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Actions for group Weekend cover' }),
      ).toHaveFocus(),
    );
  });

  it('should delete a group after confirming', async () => {
    const { user } = renderTeam(<GroupManager />, { as: 'admin' });
    await openGroupMenu(user, 'Technical');
    await user.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Delete the group Technical?',
    });
    expect(dialog).toHaveAccessibleDescription(/members stay in the team/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete group' }));
    await waitFor(() => expect(screen.queryByText('Technical')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Group Technical deleted.');
  });

  it('should add and remove members with a searchable picker, by keyboard', async () => {
    const { user, store } = renderTeam(<GroupManager />, {
      as: 'admin',
      seed: seedWithGroups(),
    });
    await screen.findByText('Support', { selector: '[data-slot="group-name"]' });
    within(group('Support'))
      .getByRole('button', { name: 'Actions for group Support' })
      .focus();
    await user.keyboard('{Enter}');
    const first = within(await screen.findByRole('menu')).getAllByRole('menuitem')[0]!;
    await waitFor(() => expect(first).toHaveFocus());
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Members of Support' });
    expect(dialog).toHaveAccessibleDescription('0 members');
    await expectNoAxeViolations();

    const search = within(dialog).getByRole('searchbox', { name: 'Search people' });
    await waitFor(() => expect(search).toHaveFocus());
    await user.keyboard('nok');
    const nok = await within(dialog).findByRole('checkbox', { name: /Nok Thongdee/ });
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1));
    await user.tab();
    expect(nok).toHaveFocus();
    await user.keyboard(' ');
    await waitFor(() => expect(nok).toBeChecked());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Nok Thongdee added to Support.',
      ),
    );
    expect(dialog).toHaveAccessibleDescription('1 member');
    expect(
      store.listGroups('mem_somchai').find((g) => g.name === 'Support')?.memberIds,
    ).toEqual(['mem_nok']);

    await user.keyboard(' ');
    await waitFor(() => expect(nok).not.toBeChecked());
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Nok Thongdee removed from Support.',
      ),
    );
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(group('Support')).getByText('0 members')).toBeInTheDocument();
  });
});

async function deleteGroup(user: ReturnType<typeof renderTeam>['user'], name: string) {
  await openGroupMenu(user, name);
  await user.click(screen.getByRole('menuitem', { name: 'Delete…' }));
  const dialog = await screen.findByRole('alertdialog');
  await user.click(within(dialog).getByRole('button', { name: 'Delete group' }));
  await waitFor(() =>
    expect(
      screen.queryByText(name, { selector: '[data-slot="group-name"]' }),
    ).not.toBeInTheDocument(),
  );
}

describe('given an admin deleting groups', () => {
  it('should move focus to the next group, or the previous one after the last', async () => {
    const { user } = renderTeam(<GroupManager />, { as: 'admin' });
    const names = async () =>
      (await screen.findAllByText(/./, { selector: '[data-slot="group-name"]' })).map(
        (label) => label.textContent ?? '',
      );
    const [first, second] = await names();
    await deleteGroup(user, first!);
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: `Actions for group ${second}` }),
      ).toHaveFocus(),
    );

    const all = await names();
    const last = all.at(-1)!;
    const beforeLast = all.at(-2)!;
    await deleteGroup(user, last);
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: `Actions for group ${beforeLast}` }),
      ).toHaveFocus(),
    );
  });

  it('should move focus to "Create group" when the last group is deleted', async () => {
    const seed = demoSeed();
    seed.groups = seed.groups!.slice(0, 1);
    const { user } = renderTeam(<GroupManager />, { as: 'admin', seed });
    const [only] = await screen.findAllByText(/./, {
      selector: '[data-slot="group-name"]',
    });
    await deleteGroup(user, only!.textContent ?? '');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create group' })).toHaveFocus(),
    );
  });

  it('should move focus to the next group when the group was deleted meanwhile', async () => {
    const { user, store } = renderTeam(<GroupManager />, { as: 'admin' });
    await openGroupMenu(user, 'Weekend');
    await user.click(screen.getByRole('menuitem', { name: 'Rename…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename Weekend' });
    const weekend = store
      .listGroups('mem_somchai')
      .find((group) => group.name === 'Weekend')!;
    store.deleteGroup('mem_somchai', { groupId: weekend.id });
    await waitFor(() =>
      expect(
        screen.queryByText('Weekend', { selector: '[data-slot="group-name"]' }),
      ).not.toBeInTheDocument(),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement).toHaveAttribute(
      'data-slot',
      expect.stringMatching(/group-actions-trigger|create-group/),
    );
  });
});

async function openCreate(user: ReturnType<typeof renderTeam>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Create group' }));
  return screen.findByRole('dialog', { name: 'Create a group' });
}

async function openRename(user: ReturnType<typeof renderTeam>['user']) {
  await openGroupMenu(user, 'Weekend');
  await user.click(screen.getByRole('menuitem', { name: 'Rename…' }));
  return screen.findByRole('dialog', { name: 'Rename Weekend' });
}

describe.each([
  ['creating', openCreate, 'Create group'],
  ['renaming', openRename, 'Save'],
] as const)('given an admin %s a group from the button', (_, open, submit) => {
  it.each([
    ['', 'Enter a group name.'],
    ['A'.repeat(61), '60 characters'],
    [' SALES ', 'Another group already has this name.'],
  ])('should focus the name "%s", described by its error', async (value, reason) => {
    const { user } = renderTeam(<GroupManager />, { as: 'admin' });
    const dialog = await open(user);
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    if (value) await user.type(name, value);
    await user.click(within(dialog).getByRole('button', { name: submit }));

    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(new RegExp(reason));
    await expectNoAxeViolations();
  });

  it('should focus the name when the backend says it is taken', async () => {
    const taken = new TeamError('validation', undefined, {
      fields: { name: 'taken' },
    });
    const { user } = renderTeam(<GroupManager />, {
      as: 'admin',
      fail: (method) =>
        method === 'createGroup' || method === 'updateGroup' ? taken : undefined,
    });
    const dialog = await open(user);
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Brand new');
    await user.click(within(dialog).getByRole('button', { name: submit }));

    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription('Another group already has this name.');
  });

  it('should keep focus on the button while saving, save once, and focus a refusal', async () => {
    let calls = 0;
    const { user } = renderTeam(<GroupManager />, {
      as: 'admin',
      latency: 50,
      fail: (method) => {
        if (method !== 'createGroup' && method !== 'updateGroup') return undefined;
        calls += 1;
        return 'network';
      },
    });
    const dialog = await open(user);
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Brand new');
    const button = within(dialog).getByRole('button', { name: submit });
    await user.click(button);

    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    expect(button).toHaveFocus();
    await user.click(button);

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The server could not be reached.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(calls).toBe(1);
  });
});

describe('given an admin ticking people faster than the backend saves', () => {
  it('should keep every tick and save them one after the other, without a conflict', async () => {
    const { user, store } = renderTeam(<GroupManager />, {
      as: 'admin',
      seed: seedWithGroups(),
      latency: 150,
    });
    await screen.findByText('Support', { selector: '[data-slot="group-name"]' });
    await user.click(
      within(group('Support')).getByRole('button', { name: 'Actions for group Support' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: /members/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Members of Support' });
    const nok = await within(dialog).findByRole('checkbox', { name: /Nok Thongdee/ });
    const ploy = await within(dialog).findByRole('checkbox', { name: /Ploy Rattanakul/ });

    await user.click(nok);
    await user.click(ploy);
    expect(nok).toBeChecked();
    expect(ploy).toBeChecked();
    await user.click(nok);
    expect(nok).not.toBeChecked();

    await waitFor(
      () =>
        expect(
          store.listGroups('mem_somchai').find((g) => g.name === 'Support')?.memberIds,
        ).toEqual(['mem_ploy']),
      { timeout: 3000 },
    );
    await waitFor(() => expect(dialog).toHaveAccessibleDescription('1 member'));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe.each(['cs', 'viewer'] as const)('given a %s member on the groups', (person) => {
  it('should show the groups read-only', async () => {
    renderTeam(<GroupManager />, { as: person, seed: seedWithGroups() });
    expect(await screen.findByText('Only admins can change groups.')).toBeInTheDocument();
    expect(within(group('Sales')).getByText('2 members')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Create group' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Actions for group/ }),
    ).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('given a failing backend for groups', () => {
  it('should say the groups could not be loaded and retry on request', async () => {
    let failing = true;
    const { user } = renderTeam(<GroupManager />, {
      as: 'admin',
      fail: (method) => (failing && method === 'listGroups' ? 'network' : undefined),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The groups could not be loaded.');
    await expectNoAxeViolations();
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText('Sales', { selector: '[data-slot="group-name"]' }),
    ).toBeInTheDocument();
  });
});

describe('given a host page with its own h1', () => {
  it('should rank the kinds of groups just below it by default', async () => {
    renderTeam(<GroupManager />, { as: 'viewer' });
    await screen.findByRole('region', { name: 'Departments' });
    const outline = expectWholeOutline();
    expect(outline).toEqual(expect.arrayContaining(['2 Departments', '2 Shifts']));
    await expectNoAxeViolations();
  });

  it('should rank the kinds at the level the host asks for', async () => {
    renderTeam(
      <section aria-labelledby="team-groups">
        <h2 id="team-groups">Groups</h2>
        <GroupManager headingLevel={3} />
      </section>,
      { as: 'admin' },
    );
    await screen.findByRole('region', { name: 'Departments' });
    expect(screen.getByRole('heading', { name: 'Departments' })).toHaveProperty(
      'tagName',
      'H3',
    );
    expectWholeOutline();
    await expectNoAxeViolations();
  });
});
