import type { Page } from '@playwright/test';
import { ApiSession } from './support/api';
import { PEOPLE, signedInPerson, signInAs } from './support/console';
import { expect, test } from './support/fixtures';
import { chooseRowAction, confirmation, findRow } from './support/teamPage';

const NOK = PEOPLE.cs.name;

interface MemberView {
  id: string;
  role: string;
  status: string;
  superAdmin: boolean;
  version: number;
}

async function memberOnServer(session: ApiSession, memberId: string) {
  const page = await session.request<{ items: MemberView[] }>('/members?limit=200');
  return page.items.find((member) => member.id === memberId);
}

/** Role and status as a row shows them. */
async function rowState(page: Page, name: string) {
  const row = await findRow(page, name);
  await expect(row).toHaveCount(1);
  const cells = row.getByRole('cell');
  return {
    role: (await cells.nth(1).textContent())?.trim(),
    status: (await cells.nth(2).textContent())?.trim(),
  };
}

test.describe('given two super admins in two browsers', () => {
  test('should end in one state that both screens show after a refresh when both change the same member at once', async ({
    browser,
    server,
  }) => {
    const malee = await browser.newPage();
    const arthit = await browser.newPage();
    await signInAs(malee, 'superAdmin');
    await signInAs(arthit, 'secondSuperAdmin');
    await findRow(malee, NOK);
    await findRow(arthit, NOK);

    // Both open a change of the same member from the same version, then confirm together.
    await chooseRowAction(malee, NOK, 'Change role to Viewer…');
    await chooseRowAction(arthit, NOK, 'Change role to Admin…');
    await Promise.all([
      confirmation(malee, `Change the role of ${NOK}`)
        .getByRole('button', { name: 'Change role' })
        .click(),
      confirmation(arthit, `Change the role of ${NOK}`)
        .getByRole('button', { name: 'Change role' })
        .click(),
    ]);
    await expect(confirmation(malee, `Change the role of ${NOK}`)).toBeHidden();
    await expect(confirmation(arthit, `Change the role of ${NOK}`)).toBeHidden();

    // The server took exactly one of them: the other was based on a stale version.
    const api = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
    const truth = await memberOnServer(api, PEOPLE.cs.id);
    expect(['viewer', 'admin']).toContain(truth?.role);
    expect(truth?.version).toBe(2);

    // The one whose change was refused is told why, before anything is refreshed.
    const refused = truth?.role === 'viewer' ? arthit : malee;
    await expect(
      refused.getByRole('status').filter({ hasText: 'Someone else changed this' }),
    ).toBeAttached();

    await malee.reload();
    await arthit.reload();
    const expected = {
      role: truth?.role === 'viewer' ? 'Viewer' : 'Admin',
      status: 'Active',
    };
    expect(await rowState(malee, NOK)).toEqual(expected);
    expect(await rowState(arthit, NOK)).toEqual(expected);
    await malee.context().close();
    await arthit.context().close();
  });

  test('should keep one super admin when the two remove each other at once', async ({
    browser,
    server,
  }) => {
    const malee = await browser.newPage();
    const arthit = await browser.newPage();
    await signInAs(malee, 'superAdmin');
    await signInAs(arthit, 'secondSuperAdmin');
    await findRow(malee, PEOPLE.secondSuperAdmin.name);
    await findRow(arthit, PEOPLE.superAdmin.name);

    await chooseRowAction(malee, PEOPLE.secondSuperAdmin.name, 'Remove super admin…');
    await chooseRowAction(arthit, PEOPLE.superAdmin.name, 'Remove super admin…');
    const confirmButton = (page: Page) =>
      page.getByRole('alertdialog').getByRole('button', { name: /Remove super admin/ });
    await Promise.all([confirmButton(malee).click(), confirmButton(arthit).click()]);

    const api = await ApiSession.signIn(server, PEOPLE.cs.id);
    const me = await api.request<{ team: { activeSuperAdminCount: number } }>('/me');
    expect(me.team.activeSuperAdminCount).toBe(1);

    await malee.reload();
    await arthit.reload();
    // Read the marks once each header shows who is signed in, not while it loads.
    await expect(signedInPerson(malee)).toContainText(PEOPLE.superAdmin.name);
    await expect(signedInPerson(arthit)).toContainText(PEOPLE.secondSuperAdmin.name);
    const marks = await Promise.all(
      [malee, arthit].map((page) =>
        signedInPerson(page).locator('[data-slot="super-admin-mark"]').count(),
      ),
    );
    expect([...marks].sort()).toEqual([0, 1]);

    // The one left cannot remove their own flag: the team keeps its last super admin.
    const [survivor, survivorName] =
      marks[0] === 1
        ? [malee, PEOPLE.superAdmin.name]
        : [arthit, PEOPLE.secondSuperAdmin.name];
    await findRow(survivor, survivorName);
    await survivor
      .getByRole('button', { name: `Actions for ${survivorName}`, exact: true })
      .click();
    await expect(
      survivor.getByRole('menuitem', { name: /^Remove super admin…/ }),
    ).toBeDisabled();
    await malee.context().close();
    await arthit.context().close();
  });
});
