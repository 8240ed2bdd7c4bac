import { signInAs } from './support/console';
import { expect, test } from './support/fixtures';

function seatFigure(page: import('@playwright/test').Page, term: string) {
  return page.locator('[data-slot="seat-summary"] dt', { hasText: term }).locator('+ dd');
}

test.describe('given an admin on the billing page', () => {
  test('should raise the seat limit by the seats added', async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, 'superAdmin', '/billing');
    const limit = Number(await seatFigure(page, 'Seat limit').textContent());
    const available = Number(await seatFigure(page, 'Seats available').textContent());

    await page.getByLabel('Seats to add').fill('3');
    await page.getByRole('button', { name: 'Add seats' }).click();

    await expect(seatFigure(page, 'Seat limit')).toHaveText(String(limit + 3));
    await expect(seatFigure(page, 'Seats available')).toHaveText(String(available + 3));
    await expect(
      page.getByRole('status').filter({ hasText: 'seat limit is now' }),
    ).toBeVisible();
    await expectAccessible(page, 'billing after adding seats');

    await page.reload();
    await expect(seatFigure(page, 'Seat limit')).toHaveText(String(limit + 3));
  });
});

test.describe('given a viewer on the billing page', () => {
  test('should show the seats and say why they cannot add any', async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, 'viewer', '/billing');

    await expect(seatFigure(page, 'Seat limit')).toHaveText(/\d+/);
    await expect(
      page.getByText('Only admins can change the number of seats.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add seats' })).toBeDisabled();
    await expectAccessible(page, 'billing as a viewer');
  });
});
