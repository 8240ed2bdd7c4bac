import { expect, type Page } from '@playwright/test';

/*
 * The kit's team page, reached the way a person does: by roles and labels.
 * The agents table is virtualized, so a row is found by searching for it.
 */

export function agentsTable(page: Page) {
  return page.getByRole('table', { name: 'Team members and invitations' });
}

/** Narrows the table to `text` (a name or an email) and returns the row that shows it. */
export async function findRow(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search members' }).fill(text);
  return agentsTable(page).getByRole('row').filter({ hasText: text });
}

/** Opens the row's actions menu and returns it. */
export async function openRowActions(page: Page, rowName: string) {
  await page.getByRole('button', { name: `Actions for ${rowName}`, exact: true }).click();
  const menu = page.getByRole('menu', { name: `Actions for ${rowName}` });
  await expect(menu).toBeVisible();
  return menu;
}

/** Picks a row action; menu items of refused actions carry their reason in their name. */
export async function chooseRowAction(page: Page, rowName: string, action: string) {
  const menu = await openRowActions(page, rowName);
  await menu.getByRole('menuitem', { name: action }).click();
}

export function confirmation(page: Page, title: string | RegExp) {
  return page.getByRole('alertdialog', { name: title });
}

export function inviteButton(page: Page) {
  return page.getByRole('button', { name: 'Invite team member' });
}

/** Sends one invitation through the invite modal and waits for it to close. */
export async function invite(page: Page, email: string, role: 'Admin' | 'CS' | 'Viewer') {
  await inviteButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a team member' });
  await dialog.getByLabel('Email address').fill(email);
  await dialog.getByRole('radio', { name: role, exact: true }).check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
}

/** The "12 of 15 seats used" line beside the invite button. */
export function seatUsage(page: Page) {
  return page.getByText(/^\d+ of \d+ seats used$/);
}
