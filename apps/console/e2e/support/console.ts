import { expect, type Page } from '@playwright/test';

/** The demo team's people, as the "Sign in as" switcher lists them. */
export const PEOPLE = {
  superAdmin: { id: 'mem_malee', name: 'Malee Srisai', access: 'Super admin' },
  secondSuperAdmin: { id: 'mem_arthit', name: 'Arthit Wongsa', access: 'Super admin' },
  admin: { id: 'mem_somchai', name: 'Somchai Boonmee', access: 'Admin' },
  cs: { id: 'mem_nok', name: 'Nok Thongdee', access: 'CS' },
  viewer: { id: 'mem_ploy', name: 'Ploy Rattanakul', access: 'Viewer' },
} as const;

export type PersonKey = keyof typeof PEOPLE;

/** Signs the page's tab in through the header's "Sign in as" switcher. */
export async function signInAs(page: Page, who: PersonKey, path = '/team/agents') {
  const person = PEOPLE[who];
  await page.goto(path);
  // By id: the server seeds a second team whose people have the same names.
  await page.getByLabel('Sign in as').selectOption(person.id);
  await expect(signedInPerson(page)).toContainText(person.name);
}

/** The header's "who is signed in" line. */
export function signedInPerson(page: Page) {
  return page.getByRole('banner').locator('[data-slot="signed-in-person"]');
}
