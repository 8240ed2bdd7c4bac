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

test.describe('given an admin entering seats that are not a whole number of 1 or more', () => {
  test('should say so at the field and add nothing, for every such entry', async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, 'superAdmin', '/billing');
    const limit = await seatFigure(page, 'Seat limit').textContent();
    const field = page.getByLabel('Seats to add');
    const button = page.getByRole('button', { name: 'Add seats' });

    for (const entry of ['1e3', '0', '-2', '2.5', 'ten', '']) {
      await field.fill(entry);
      await expect(button).toBeEnabled();
      await button.click();
      await expect(page.getByRole('alert')).toHaveText(
        'Enter the number of seats to add as a whole number, 1 or more.',
      );
      await expect(field).toBeFocused();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(/whole number, 1 or more/);
      await expect(seatFigure(page, 'Seat limit')).toHaveText(limit!);
    }
    await expectAccessible(page, 'billing with an invalid number of seats');

    await field.fill('1000');
    await button.click();
    await expect(seatFigure(page, 'Seat limit')).toHaveText(String(Number(limit) + 1000));
    await expect(field).not.toHaveAttribute('aria-invalid');
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
