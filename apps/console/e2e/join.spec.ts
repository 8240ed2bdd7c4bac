import { ApiSession, outbox } from './support/api';
import { PEOPLE, signedInPerson } from './support/console';
import { expect, test } from './support/fixtures';

const EMAIL = 'new.agent@siam-support.example';

test.describe('given an invitation email in the mailbox', () => {
  test('should accept it with a display name and continue as the new member', async ({
    page,
    server,
    expectAccessible,
  }) => {
    const malee = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
    await malee.request('/invitations', {
      method: 'POST',
      body: { email: EMAIL, role: 'cs' },
    });

    await page.goto('/mailbox');
    const email = page.getByRole('article').filter({ hasText: EMAIL });
    await expect(email).toBeVisible();
    await expect(email.getByRole('heading', { level: 2 })).toContainText('Siam Support');
    await expectAccessible(page, 'mailbox with an email');

    await email
      .getByRole('link', { name: `Open the invitation link for ${EMAIL}` })
      .click();

    await expect(page).toHaveURL(/\/join\?token=/);
    const join = page.getByRole('heading', { level: 1, name: 'Join Siam Support' });
    await expect(join).toBeVisible();
    // Focus goes to the new page's heading, not <body>, once the pressed control is gone.
    await expect(join).toBeFocused();
    await expect(page.getByText(EMAIL)).toBeVisible();
    await expect(page.locator('[data-slot="invited-role"]')).toHaveText('CS');
    await expectAccessible(page, 'join page');

    await page.getByLabel('Display name').fill('Dao Saetang');
    await page.getByRole('button', { name: 'Accept invitation' }).click();

    const welcome = page.getByRole('heading', {
      level: 1,
      name: 'Welcome to Siam Support',
    });
    await expect(welcome).toBeVisible();
    await expect(welcome).toBeFocused();
    await expectAccessible(page, 'welcome after joining');
    await page.getByRole('button', { name: 'Continue as Dao Saetang' }).click();

    await expect(page).toHaveURL(/\/team\/agents$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeFocused();
    await expect(signedInPerson(page)).toContainText('Dao Saetang');
    await expect(signedInPerson(page)).toContainText('CS');
  });

  test('should welcome the new member after a double click on accept', async ({
    page,
    server,
  }) => {
    const malee = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
    await malee.request('/invitations', {
      method: 'POST',
      body: { email: EMAIL, role: 'cs' },
    });
    const [sent] = await outbox(server);

    await page.goto(`/join?token=${sent!.token}`);
    await page.getByLabel('Display name').fill('Dao Saetang');
    await page.getByRole('button', { name: 'Accept invitation' }).dblclick();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Welcome to Siam Support' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  for (const [typed, reason] of [
    ['', 'A name is required.'],
    ['A'.repeat(81), /at most 80 characters/],
    ['<b>Dao</b>', 'A name cannot contain < or >.'],
  ] as const) {
    test(`should refuse the display name "${typed.slice(0, 12)}" at the field, with focus on it and the reason read out`, async ({
      page,
      server,
    }) => {
      const malee = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
      await malee.request('/invitations', {
        method: 'POST',
        body: { email: EMAIL, role: 'viewer' },
      });
      const [sent] = await outbox(server);

      await page.goto(`/join?token=${sent!.token}`);
      const field = page.getByLabel('Display name');
      if (typed) await field.fill(typed);
      await page.getByRole('button', { name: 'Accept invitation' }).click();

      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('alert')).toContainText(reason);
      await expect(field).toBeFocused();
      await expect(field).toHaveAccessibleDescription(reason);
    });
  }
});

test.describe('given a link that no longer works', () => {
  test('should explain a link that was already used', async ({ page, server }) => {
    const malee = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
    await malee.request('/invitations', {
      method: 'POST',
      body: { email: EMAIL, role: 'cs' },
    });
    const [sent] = await outbox(server);
    await page.goto(`/join?token=${sent!.token}`);
    await page.getByLabel('Display name').fill('Dao Saetang');
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(
      page.getByRole('heading', { name: 'Welcome to Siam Support' }),
    ).toBeVisible();

    await page.goto(`/join?token=${sent!.token}`);

    await expect(
      page.getByRole('heading', { name: 'Invitation not available' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('already used, cancelled');
  });

  test('should explain a link whose invitation was cancelled', async ({
    page,
    server,
    expectAccessible,
  }) => {
    const malee = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
    const invitation = await malee.request<{ id: string; version: number }>(
      '/invitations',
      {
        method: 'POST',
        body: { email: EMAIL, role: 'cs' },
      },
    );
    await malee.request(`/invitations/${invitation.id}/cancel`, {
      method: 'POST',
      body: { version: invitation.version },
    });
    const [sent] = await outbox(server);

    await page.goto(`/join?token=${sent!.token}`);

    await expect(
      page.getByRole('heading', { name: 'Invitation not available' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('no longer works');
    await expectAccessible(page, 'join page with a cancelled invitation');
  });

  test('should explain a link whose invitation expired', async ({ page, server }) => {
    const malee = await ApiSession.signIn(server, PEOPLE.superAdmin.id);
    await malee.request('/invitations', {
      method: 'POST',
      body: { email: EMAIL, role: 'cs' },
    });
    const [sent] = await outbox(server);
    await server.advanceClock(8 * 24 * 60 * 60 * 1000);

    await page.goto(`/join?token=${sent!.token}`);

    await expect(
      page.getByRole('heading', { name: 'Invitation not available' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('This invitation has expired.');
  });

  test('should explain a token nobody issued and a link without one', async ({
    page,
  }) => {
    await page.goto(`/join?token=${'f'.repeat(64)}`);
    await expect(
      page.getByRole('heading', { name: 'Invitation not available' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('no longer works');

    await page.goto('/join');
    await expect(
      page.getByRole('heading', { name: 'Invitation link incomplete' }),
    ).toBeVisible();
  });
});
