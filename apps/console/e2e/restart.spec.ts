import { PEOPLE, signedInPerson, signInAs } from './support/console';
import { expect, test } from './support/fixtures';
import { chooseRowAction, confirmation, findRow, invite } from './support/teamPage';

const EMAIL = 'after.restart@siam-support.example';
const NOK = PEOPLE.cs.name;

test.describe('given changes the server acknowledged', () => {
  test('should keep every one of them when the server is killed and started again', async ({
    page,
    server,
  }) => {
    await signInAs(page, 'superAdmin');
    await invite(page, EMAIL, 'Viewer');
    await expect(await findRow(page, EMAIL)).toContainText('Invited');
    await findRow(page, NOK);
    await chooseRowAction(page, NOK, 'Change role to Viewer…');
    await confirmation(page, `Change the role of ${NOK}`)
      .getByRole('button', { name: 'Change role' })
      .click();
    await expect((await findRow(page, NOK)).getByRole('cell').nth(1)).toHaveText(
      'Viewer',
    );

    // No warning, no clean shutdown: the process group gets SIGKILL.
    await server.stop('SIGKILL');
    await server.start({ reset: false });

    await page.reload();
    await expect(signedInPerson(page)).toContainText(PEOPLE.superAdmin.name);
    await expect(await findRow(page, EMAIL)).toContainText('Invited');
    await expect((await findRow(page, NOK)).getByRole('cell').nth(1)).toHaveText(
      'Viewer',
    );
    await page.getByRole('navigation').getByRole('link', { name: 'Mailbox' }).click();
    await expect(page.getByRole('article').filter({ hasText: EMAIL })).toHaveCount(1);
  });
});
