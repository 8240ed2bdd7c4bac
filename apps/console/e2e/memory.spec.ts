import type { Page } from '@playwright/test';
import { signedInPerson } from './support/console';
import { expect, test } from './support/fixtures';
import { findRow, invite } from './support/teamPage';

/** Every request the page makes to the team API, which memory mode must never make. */
function apiRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) urls.push(request.url());
  });
  return urls;
}

test.describe('given ?backend=memory', () => {
  test('should run the console on the memory adapter without the server', async ({
    page,
    expectAccessible,
  }) => {
    const requests = apiRequests(page);
    await page.goto('/?backend=memory');

    await expect(
      page.getByText('Memory backend: a demo team inside this page'),
    ).toBeVisible();
    await page
      .getByRole('button', { name: 'Sign in as Malee Srisai (Super admin)' })
      .click();
    await expect(signedInPerson(page)).toContainText('Malee Srisai');
    await expectAccessible(page, 'memory mode, team page');

    await page.getByRole('navigation').getByRole('link', { name: 'Billing' }).click();
    await page.getByLabel('Seats to add').fill('2');
    await page.getByRole('button', { name: 'Add seats' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'seat limit is now' }),
    ).toBeVisible();

    await page.getByRole('navigation').getByRole('link', { name: 'Mailbox' }).click();
    await expect(page.getByText('No emails yet.')).toBeVisible();

    expect(requests).toEqual([]);
  });

  test('should walk the invitation loop inside the page: invite, mailbox, join, Active', async ({
    page,
    expectAccessible,
  }) => {
    const requests = apiRequests(page);
    const email = 'memory.agent@siam-support.example';
    await page.goto('/?backend=memory');
    await page
      .getByRole('button', { name: 'Sign in as Malee Srisai (Super admin)' })
      .click();
    await invite(page, email, 'CS');
    await expect(await findRow(page, email)).toContainText('Invited');

    // In-page navigation only: the memory team lives as long as the page.
    await page.getByRole('navigation').getByRole('link', { name: 'Mailbox' }).click();
    await page
      .getByRole('link', { name: `Open the invitation link for ${email}` })
      .click();
    await page.getByLabel('Display name').fill('Mew Chaiyo');
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByRole('button', { name: 'Continue as Mew Chaiyo' }).click();

    await expect(signedInPerson(page)).toContainText('Mew Chaiyo');
    const row = await findRow(page, 'Mew Chaiyo');
    await expect(row).toContainText('Active');
    await expect(row).toContainText('CS');
    await expectAccessible(page, 'memory mode as a new CS member');
    expect(requests).toEqual([]);
  });

  test('should remember the backend for the tab', async ({ page }) => {
    const requests = apiRequests(page);
    await page.goto('/?backend=memory');
    await page.goto('/billing');

    await expect(
      page.getByText('Memory backend: a demo team inside this page'),
    ).toBeVisible();
    expect(requests).toEqual([]);
  });
});
