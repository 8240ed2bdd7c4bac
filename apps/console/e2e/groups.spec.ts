import { signInAs } from './support/console';
import { expect, test } from './support/fixtures';
import { confirmation } from './support/teamPage';

function groupItem(page: import('@playwright/test').Page, name: string) {
  return page
    .getByRole('tabpanel', { name: 'Groups' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('button', { name: `Actions for group ${name}`, exact: true }),
    });
}

async function groupAction(
  page: import('@playwright/test').Page,
  name: string,
  action: string,
) {
  await page
    .getByRole('button', { name: `Actions for group ${name}`, exact: true })
    .click();
  await page
    .getByRole('menu', { name: `Actions for group ${name}` })
    .getByRole('menuitem', { name: action })
    .click();
}

test.describe('given an admin on the groups tab', () => {
  test('should create, rename, add and remove members, and delete a group', async ({
    page,
    expectAccessible,
  }) => {
    await signInAs(page, 'admin', '/team/groups');
    await expectAccessible(page, 'groups tab as an admin');

    await page.getByRole('button', { name: 'Create group' }).click();
    const create = page.getByRole('dialog', { name: 'Create a group' });
    await create.getByLabel('Name').fill('LINE specialists');
    await create.getByLabel('Kind').selectOption({ label: 'Expertise' });
    await create.getByLabel('Description').fill('LINE Official Account flows');
    await expectAccessible(page, 'create group dialog');
    await create.getByRole('button', { name: 'Create group' }).click();
    await expect(create).toBeHidden();
    const expertise = page.getByRole('region', { name: 'Expertise' });
    await expect(expertise.getByText('LINE specialists')).toBeVisible();

    await groupAction(page, 'LINE specialists', 'Rename…');
    const rename = page.getByRole('dialog', { name: 'Rename LINE specialists' });
    await rename.getByLabel('Name').fill('LINE and WeChat');
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect(rename).toBeHidden();
    await expect(groupItem(page, 'LINE and WeChat')).toContainText('0 members');

    await groupAction(page, 'LINE and WeChat', 'Members…');
    const members = page.getByRole('dialog', { name: 'Members of LINE and WeChat' });
    await members.getByLabel('Search people').fill('nok');
    await members.getByRole('checkbox', { name: /Nok Thongdee/ }).check();
    await members.getByLabel('Search people').fill('ploy');
    await members.getByRole('checkbox', { name: /Ploy Rattanakul/ }).check();
    await expect(members).toContainText('2 members');
    await expectAccessible(page, 'group members dialog');
    await members.getByRole('checkbox', { name: /Ploy Rattanakul/ }).uncheck();
    await expect(members).toContainText('1 member');
    await members.getByRole('button', { name: 'Done' }).click();
    await expect(groupItem(page, 'LINE and WeChat')).toContainText('1 member');

    await page.reload();
    await expect(groupItem(page, 'LINE and WeChat')).toContainText('1 member');
    await page.getByRole('tab', { name: 'Agents' }).click();
    await page.getByRole('searchbox', { name: 'Search members' }).fill('Nok Thongdee');
    await expect(page.getByRole('row').filter({ hasText: 'Nok Thongdee' })).toContainText(
      'LINE and WeChat',
    );
    await page.getByRole('tab', { name: 'Groups' }).click();

    await groupAction(page, 'LINE and WeChat', 'Delete…');
    const remove = confirmation(page, /LINE and WeChat/);
    await expectAccessible(page, 'delete group confirmation');
    await remove.getByRole('button', { name: /Delete/ }).click();
    await expect(remove).toBeHidden();
    await expect(groupItem(page, 'LINE and WeChat')).toHaveCount(0);
    await page.reload();
    await expect(groupItem(page, 'LINE and WeChat')).toHaveCount(0);
  });
});
