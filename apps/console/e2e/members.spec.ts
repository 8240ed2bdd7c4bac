import { ApiSession } from './support/api';
import { PEOPLE, signedInPerson, signInAs } from './support/console';
import { expect, test } from './support/fixtures';
import {
  chooseRowAction,
  confirmation,
  findRow,
  openRowActions,
  seatUsage,
} from './support/teamPage';

const NOK = PEOPLE.cs.name;
const SOMCHAI = PEOPLE.admin.name;
const MALEE = PEOPLE.superAdmin.name;

test.describe('given a super admin managing members', () => {
  test('should change a role through the confirmation', async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, 'superAdmin');
    const row = await findRow(page, NOK);
    await expect(row).toContainText('CS');

    await chooseRowAction(page, NOK, 'Change role to Viewer…');
    const dialog = confirmation(page, `Change the role of ${NOK}`);
    await expect(dialog).toContainText('CS → Viewer');
    await expect(dialog.getByRole('heading', { name: 'Loses' })).toBeVisible();
    await expect(dialog).toContainText('The change applies immediately');
    await expectAccessible(page, 'role change confirmation');
    await dialog.getByRole('button', { name: 'Change role' }).click();

    await expect(dialog).toBeHidden();
    await expect(row.getByRole('cell').nth(1)).toHaveText('Viewer');
    await page.reload();
    await expect((await findRow(page, NOK)).getByRole('cell').nth(1)).toHaveText(
      'Viewer',
    );
  });

  test('should deactivate a CS member, end their session, and reactivate them', async ({
    page,
    browser,
    expectAccessible,
  }) => {
    const nokPage = await browser.newPage();
    await signInAs(nokPage, 'cs');
    await signInAs(page, 'superAdmin');
    await expect(seatUsage(page)).toHaveText('47 of 51 seats used');
    const row = await findRow(page, NOK);

    await chooseRowAction(page, NOK, 'Deactivate…');
    const deactivate = confirmation(page, `Deactivate ${NOK}?`);
    await expectAccessible(page, 'deactivate confirmation');
    await deactivate.getByRole('button', { name: 'Deactivate' }).click();

    await expect(row).toContainText('Inactive');
    await expect(seatUsage(page)).toHaveText('46 of 51 seats used');
    await expectAccessible(page, 'agents tab with an inactive member');
    await nokPage.reload();
    await expect(
      nokPage.getByRole('heading', { level: 1, name: 'Sign in' }),
    ).toBeVisible();
    await expect(nokPage.getByRole('alert')).toBeVisible();
    await nokPage.context().close();

    await chooseRowAction(page, NOK, 'Reactivate…');
    await confirmation(page, `Reactivate ${NOK}?`)
      .getByRole('button', { name: 'Reactivate' })
      .click();

    await expect(row).toContainText('Active');
    await expect(row).not.toContainText('Inactive');
    await expect(seatUsage(page)).toHaveText('47 of 51 seats used');
  });

  test('should offer only deletion for an admin, and delete after confirming', async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, 'superAdmin');
    await findRow(page, SOMCHAI);

    const menu = await openRowActions(page, SOMCHAI);
    await expect(menu.getByRole('menuitem', { name: /^Deactivate…/ })).toBeDisabled();
    await expect(menu.getByRole('menuitem', { name: /^Deactivate…/ })).toContainText(
      'Admins cannot be deactivated, only deleted.',
    );
    await expectAccessible(page, 'row actions of an admin');
    await menu.getByRole('menuitem', { name: 'Delete member…' }).click();

    const dialog = confirmation(page, `Delete ${SOMCHAI}?`);
    await expect(dialog).toContainText('This is permanent.');
    await expectAccessible(page, 'delete confirmation');
    await dialog.getByRole('button', { name: 'Delete member' }).click();

    await expect(dialog).toBeHidden();
    // Shown in the table, and said in the live region.
    await expect(
      page
        .getByRole('tabpanel', { name: 'Agents' })
        .getByText('No members match these filters.'),
    ).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'No members match' }),
    ).toHaveCount(1);
    await page.reload();
    await expect(await findRow(page, SOMCHAI)).toHaveCount(0);
    // By value: the second seeded team has a Somchai Boonmee of its own.
    await expect(
      page.getByLabel('Sign in as').locator(`option[value="${PEOPLE.admin.id}"]`),
    ).toHaveCount(0);
  });

  test('should let nobody delete, demote or deactivate themselves', async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, 'superAdmin');
    const row = await findRow(page, MALEE);
    await expect(row).toContainText('You');

    const menu = await openRowActions(page, MALEE);
    const items = menu.getByRole('menuitem');
    await expect(items).not.toHaveCount(0);
    for (const item of await items.all()) {
      await expect(item).toBeDisabled();
      await expect(item).toContainText('You cannot change or remove your own account.');
    }
    await expectAccessible(page, 'own row actions');
  });
});

test.describe('given a viewer or a CS agent', () => {
  for (const who of ['viewer', 'cs'] as const) {
    test(`should show the team page read-only to a ${who}`, async ({
      page,
      expectAccessible,
    }) => {
      await signInAs(page, who);

      await expect(
        page.getByRole('button', { name: 'Invite team member' }),
      ).toBeDisabled();
      await expect(
        page.getByText('You do not have permission to do this. Ask a super admin.'),
      ).toBeVisible();
      const row = await findRow(page, SOMCHAI);
      await expect(row).toContainText('Admin');
      await expect(page.getByRole('button', { name: /^Actions for / })).toHaveCount(0);
      await expectAccessible(page, `agents tab as a ${who}`);

      await page.getByRole('tab', { name: 'Groups' }).click();
      await expect(page.getByText('Only admins can change groups.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Create group' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Actions for group / })).toHaveCount(
        0,
      );
      await expectAccessible(page, `groups tab as a ${who}`);
    });
  }
});

test.describe('given a member whose access changes elsewhere while their console is open', () => {
  test('should sign a deactivated member out at their next request, with the reason', async ({
    page,
    server,
  }) => {
    await signInAs(page, 'cs');
    await findRow(page, MALEE);
    const malee = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
    await malee.request(`/members/${PEOPLE.cs.id}/active`, {
      method: 'PUT',
      body: { active: false },
    });

    // Any request of the open page (here a search) meets the ended session. One
    // the page made by itself (a refetch) may have met it first: then the
    // search box is already gone with the team page, which is as good.
    await page
      .getByRole('searchbox')
      .fill('Somchai', { timeout: 5_000 })
      .catch(() => undefined);

    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('alert')).not.toHaveText('');
    await expect(signedInPerson(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
  });

  test('should drop "Super admin" from the header once the team page learns it was revoked', async ({
    page,
    server,
  }) => {
    await signInAs(page, 'secondSuperAdmin');
    const mark = signedInPerson(page).locator('[data-slot="super-admin-mark"]');
    await expect(mark).toHaveText('Super admin');
    const malee = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
    await malee.request(`/members/${PEOPLE.secondSuperAdmin.id}/super-admin`, {
      method: 'PUT',
      body: { superAdmin: false },
    });

    // The groups tab reads who is signed in afresh; the header reads the same answer.
    await page.getByRole('tab', { name: 'Groups' }).click();
    await expect(page.getByRole('button', { name: 'Create group' })).toBeVisible();
    await expect(mark).toHaveCount(0);
    await expect(signedInPerson(page)).toContainText(PEOPLE.secondSuperAdmin.name);
  });
});
