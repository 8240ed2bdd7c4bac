import { ApiSession } from './support/api';
import { PEOPLE, signInAs } from './support/console';
import { expect, test } from './support/fixtures';
import { invite, inviteButton, seatUsage } from './support/teamPage';

test.describe('given a team with one free seat', () => {
  test('should disable inviting once the last seat is used, and enable it after adding seats', async ({
    page,
    server,
    expectAccessible,
  }) => {
    // The billing side leaves exactly one seat free: 47 are in use.
    const malee = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
    await malee.request('/seats', { method: 'PUT', body: { limit: 48 } });
    await signInAs(page, 'superAdmin');
    await expect(seatUsage(page)).toHaveText('47 of 48 seats used');
    await expect(inviteButton(page)).toBeEnabled();

    await invite(page, 'last.seat@siam-support.example', 'Viewer');

    await expect(seatUsage(page)).toHaveText('48 of 48 seats used');
    await expect(inviteButton(page)).toBeDisabled();
    await expect(page.getByText('No seats are available.')).toBeVisible();
    await expectAccessible(page, 'agents tab with no seat left');

    await page.getByRole('button', { name: 'Add seats' }).click();
    await expect(page).toHaveURL(/\/billing$/);
    await page.getByLabel('Seats to add').fill('2');
    await page.getByRole('button', { name: 'Add seats' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'seat limit is now 50' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Back to Agents' }).click();

    await expect(seatUsage(page)).toHaveText('48 of 50 seats used');
    await expect(inviteButton(page)).toBeEnabled();
  });
});
