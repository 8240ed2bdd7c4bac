import { signedInPerson, signInAs } from './support/console';
import { expect, test } from './support/fixtures';
import {
  chooseRowAction,
  confirmation,
  findRow,
  invite,
  seatUsage,
} from './support/teamPage';

const EMAIL = 'dao.saetang@siam-support.example';

test.describe('given a super admin on the agents tab', () => {
  test('should invite a CS agent, show the Invited row, and cancel it', async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, 'superAdmin');
    await expect(seatUsage(page)).toHaveText('47 of 51 seats used');
    await expectAccessible(page, 'agents tab as a super admin');

    await page.getByRole('button', { name: 'Invite team member' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Invite a team member' }),
    ).toBeVisible();
    await expectAccessible(page, 'invite modal');
    await page.keyboard.press('Escape');
    await invite(page, EMAIL, 'CS');

    const row = await findRow(page, EMAIL);
    await expect(row).toContainText('Invited');
    await expect(row).toContainText('CS');
    await expect(seatUsage(page)).toHaveText('48 of 51 seats used');
    await expectAccessible(page, 'agents tab with an Invited row');

    await chooseRowAction(page, EMAIL, 'Cancel invitation…');
    const dialog = confirmation(page, `Cancel the invitation to ${EMAIL}?`);
    await expectAccessible(page, 'cancel invitation confirmation');
    await dialog.getByRole('button', { name: 'Cancel invitation', exact: true }).click();

    await expect(dialog).toBeHidden();
    await expect(row).toHaveCount(0);
    await expect(seatUsage(page)).toHaveText('47 of 51 seats used');
    await page.reload();
    await expect(await findRow(page, EMAIL)).toHaveCount(0);
  });

  test('should invite again, resend, and show the member Active once they accept', async ({
    page,
    browser,
    expectAccessible,
  }) => {
    await signInAs(page, 'superAdmin');
    await invite(page, EMAIL, 'CS');
    await chooseRowAction(page, EMAIL, 'Resend invitation');
    await expect(
      page.getByRole('status').filter({ hasText: `Invitation resent to ${EMAIL}.` }),
    ).toBeAttached();

    await page.getByRole('navigation').getByRole('link', { name: 'Mailbox' }).click();
    const emails = page.getByRole('article').filter({ hasText: EMAIL });
    await expect(emails).toHaveCount(2);

    // The invitee opens the newest email in their own browser.
    const invitee = await browser.newPage();
    const newest = emails
      .first()
      .getByRole('link', { name: `Open the invitation link for ${EMAIL}` });
    await invitee.goto((await newest.getAttribute('href'))!);
    await invitee.getByLabel('Display name').fill('Dao Saetang');
    await invitee.getByRole('button', { name: 'Accept invitation' }).click();
    await invitee.getByRole('button', { name: 'Continue as Dao Saetang' }).click();
    await expect(signedInPerson(invitee)).toContainText('Dao Saetang');
    await invitee.context().close();

    // The first email's link was replaced by the resend.
    const oldest = emails
      .last()
      .getByRole('link', { name: `Open the invitation link for ${EMAIL}` });
    await oldest.click();
    await expect(
      page.getByRole('heading', { name: 'Invitation not available' }),
    ).toBeVisible();

    await page.goto('/team/agents');
    const row = await findRow(page, 'Dao Saetang');
    await expect(row).toContainText('Active');
    await expect(row).toContainText('CS');
    await expect(row).toContainText(EMAIL);
    await expect(seatUsage(page)).toHaveText('48 of 51 seats used');
    await expectAccessible(page, 'agents tab after an invitation was accepted');
  });

  test('should refuse an address that already belongs to a member, at the field', async ({
    page,
  }) => {
    await signInAs(page, 'superAdmin');
    await page.getByRole('button', { name: 'Invite team member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a team member' });
    await dialog.getByLabel('Email address').fill('NOK@siam-support.example');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();

    await expect(dialog.getByLabel('Email address')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(dialog).toContainText('already a member');
  });

  test('should go on to the role with Tab once a refused address is corrected', async ({
    page,
  }) => {
    await signInAs(page, 'superAdmin');
    await page.getByRole('button', { name: 'Invite team member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a team member' });
    const email = dialog.getByLabel('Email address');
    await email.fill('bad');
    await email.press('Enter');
    await expect(email).toHaveAttribute('aria-invalid', 'true');

    await email.fill('corrected@siam-support.example');
    await email.press('Tab');

    await expect(dialog.getByRole('radio', { name: 'CS' })).toBeFocused();
    await expect(email).not.toHaveAttribute('aria-invalid');
  });
});
