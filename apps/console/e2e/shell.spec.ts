import { PEOPLE, signedInPerson, signInAs } from './support/console';
import { expect, test } from './support/fixtures';

test.describe('given nobody is signed in', () => {
  test('should offer one person of each role and sign in as the one chosen', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');

    await expect(page).toHaveURL(/\/team\/agents$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    for (const who of ['superAdmin', 'admin', 'cs', 'viewer'] as const) {
      const { name, access } = PEOPLE[who];
      await expect(
        page.getByRole('button', { name: `Sign in as ${name} (${access})` }),
      ).toBeVisible();
    }
    await expectAccessible(page, 'sign-in page');

    await page.getByRole('button', { name: /Sign in as Malee Srisai/ }).click();

    // The pressed button went with the sign-in page: the new page's heading has focus.
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeFocused();
    const person = signedInPerson(page);
    await expect(person).toContainText('Malee Srisai');
    await expect(person).toContainText('Admin');
    await expect(person.locator('[data-slot="super-admin-mark"]')).toHaveText(
      'Super admin',
    );
    await expect(person).toContainText('Siam Support');
  });
});

test.describe('given a signed-in super admin', () => {
  test('should move between the pages through the navigation', async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, 'superAdmin');
    const navigation = page.getByRole('navigation', { name: 'Console' });

    await navigation.getByRole('link', { name: 'Billing' }).click();
    await expect(page).toHaveURL(/\/billing$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeFocused();
    await expect(navigation.getByRole('link', { name: 'Billing' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectAccessible(page, 'billing page');

    await navigation.getByRole('link', { name: 'Mailbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mailbox' })).toBeVisible();
    await expect(page.getByText('No emails yet.')).toBeVisible();
    await expectAccessible(page, 'empty mailbox');

    await navigation.getByRole('link', { name: 'Groups' }).click();
    await expect(page).toHaveURL(/\/team\/groups$/);
    await navigation.getByRole('link', { name: 'Agents' }).click();
    await expect(page).toHaveURL(/\/team\/agents$/);
  });

  test('should focus the new page heading after a button or link inside a page', async ({
    page,
  }) => {
    await signInAs(page, 'superAdmin');

    await page.getByRole('button', { name: 'Add seats' }).click();
    await expect(page).toHaveURL(/\/billing$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeFocused();

    await page.getByLabel('Seats to add').fill('1');
    await page.getByRole('button', { name: 'Add seats' }).click();
    await page.getByRole('link', { name: 'Back to Agents' }).click();
    await expect(page).toHaveURL(/\/team\/agents$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeFocused();
  });

  test('should sign out and back to the sign-in page', async ({ page }) => {
    await signInAs(page, 'superAdmin');

    await page.getByRole('button', { name: 'Sign out' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });
});

test.describe('given two tabs', () => {
  test('should keep a different person in each tab', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();

    await signInAs(first, 'superAdmin');
    await signInAs(second, 'cs');
    await first.reload();
    await second.reload();

    await expect(signedInPerson(first)).toContainText(PEOPLE.superAdmin.name);
    await expect(signedInPerson(second)).toContainText(PEOPLE.cs.name);
  });
});

test.describe('given an address the console does not know', () => {
  test('should say so and link back to the team', async ({ page, expectAccessible }) => {
    await signInAs(page, 'viewer', '/nowhere');

    await expect(
      page.getByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeVisible();
    await expectAccessible(page, 'not found page');
    await page.getByRole('link', { name: 'Team → Agents' }).click();
    await expect(page).toHaveURL(/\/team\/agents$/);
  });
});
