import type { Locator, Page } from '@playwright/test';
import { signInAs } from './support/console';
import { expect, test } from './support/fixtures';
import {
  agentsTable,
  findRow,
  invite,
  inviteButton,
  openRowActions,
} from './support/teamPage';

/**
 * The relative luminance, 0 (black) to 1 (white), of the background a reader sees behind an
 * element: its own colour, or the nearest ancestor's that is not transparent.
 */
async function backgroundLuminance(element: Locator): Promise<number> {
  const colour = await element.evaluate((node) => {
    for (let at: Element | null = node; at; at = at.parentElement) {
      const background = getComputedStyle(at).backgroundColor;
      const alpha = background.match(/rgba\(.*,\s*([\d.]+)\)/)?.[1];
      if (alpha === undefined || Number(alpha) > 0) return background;
    }
    return 'rgb(255, 255, 255)';
  });
  const [red, green, blue] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}

function header(page: Page) {
  return page.getByRole('banner');
}

function teamRoot(page: Page) {
  return page.locator('.fiko').first();
}

test.describe('given a reader whose system is set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('should show the console and the team page dark, and stay readable in every state', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(await backgroundLuminance(page.locator('body'))).toBeLessThan(0.05);
    await expectAccessible(page, 'sign-in page, dark');

    await signInAs(page, 'superAdmin');
    await expect(agentsTable(page)).toBeVisible();
    expect(await backgroundLuminance(header(page))).toBeLessThan(0.05);
    await expect(teamRoot(page)).not.toHaveAttribute('data-theme');
    expect(await backgroundLuminance(teamRoot(page))).toBeLessThan(0.05);
    await expectAccessible(page, 'agents table, dark');

    await findRow(page, 'Nok Thongdee');
    await openRowActions(page, 'Nok Thongdee');
    await expectAccessible(page, 'row actions menu, dark');
    await page.keyboard.press('Escape');

    await inviteButton(page).click();
    await expect(
      page.getByRole('dialog', { name: 'Invite a team member' }),
    ).toBeVisible();
    await expectAccessible(page, 'invite modal, dark');
    await page.keyboard.press('Escape');

    await invite(page, 'dark.reader@example.com', 'Viewer');
    const navigation = page.getByRole('navigation', { name: 'Console' });
    await navigation.getByRole('link', { name: 'Mailbox' }).click();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expectAccessible(page, 'mailbox with an email, dark');

    await navigation.getByRole('link', { name: 'Billing' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
    await expectAccessible(page, 'billing page, dark');

    await navigation.getByRole('link', { name: 'Groups' }).click();
    await expect(page).toHaveURL(/\/team\/groups$/);
    await expectAccessible(page, 'groups, dark');
  });
});

test.describe('given a reader whose system is set to light', () => {
  test.use({ colorScheme: 'light' });

  test('should show the console and the team page light', async ({ page }) => {
    await signInAs(page, 'superAdmin');
    await expect(agentsTable(page)).toBeVisible();

    expect(await backgroundLuminance(header(page))).toBeGreaterThan(0.9);
    expect(await backgroundLuminance(teamRoot(page))).toBeGreaterThan(0.9);
  });
});
