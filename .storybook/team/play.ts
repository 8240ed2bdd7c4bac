import { en } from '@fiko/team-ui';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** Queries over the whole document: dialogs and menus are portalled to <body>. */
export function screenOf(canvasElement: HTMLElement) {
  return within(canvasElement.ownerDocument.body);
}

/** Narrows the table to one person, so their row is rendered whatever the scroll. */
export async function searchFor(canvasElement: HTMLElement, text: string) {
  const canvas = within(canvasElement);
  const search = await canvas.findByRole('searchbox', { name: en.toolbar.search });
  await userEvent.clear(search);
  // One paste, not a keystroke per letter: each keystroke filters the whole table.
  await userEvent.paste(text);
  await waitFor(() => expect(canvas.getAllByRole('row').length).toBeLessThan(5));
}

/** Opens the actions menu of one row and returns the open menu. */
export async function openRowMenu(canvasElement: HTMLElement, name: string) {
  const canvas = within(canvasElement);
  await searchFor(canvasElement, name);
  await userEvent.click(
    await canvas.findByRole('button', { name: en.actions.menu(name) }),
  );
  return within(await screenOf(canvasElement).findByRole('menu'));
}

/** The open dialog (confirmations are alert dialogs). */
export async function findDialog(canvasElement: HTMLElement) {
  const screen = screenOf(canvasElement);
  const dialog = await waitFor(() => {
    const found = screen.queryByRole('alertdialog') ?? screen.queryByRole('dialog');
    if (!found) throw new Error('No dialog is open.');
    return found;
  });
  return within(dialog);
}

/** The row of a member or an invitation, by the text it shows. */
export async function findRow(canvasElement: HTMLElement, text: string) {
  const canvas = within(canvasElement);
  const cell = await canvas.findByText(text);
  const row = cell.closest('tr');
  if (!row) throw new Error(`"${text}" is not in a table row.`);
  return within(row);
}
