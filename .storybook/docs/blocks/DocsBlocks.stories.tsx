import { PERMISSION_NAMES, TEAM_ERROR_CODES } from '@fiko/team-sdk';
import { routes } from '@fiko/team-sdk/contract';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ErrorCodeTable } from './ErrorCodeTable';
import { PermissionTable } from './PermissionTable';
import { RouteTable } from './RouteTable';
import { TokenTable } from './TokenTable';

// The tables of the docs pages, as stories so they run as tests too.
const meta = {
  title: 'Docs/Blocks',
  parameters: { team: { provider: false }, layout: 'padded' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const bodyRows = (canvasElement: HTMLElement) =>
  within(canvasElement)
    .getAllByRole('row')
    .filter((row) => row.closest('tbody'));

export const Tokens: Story = {
  render: () => <TokenTable />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const token of ['--fiko-color-primary', '--fiko-radius', '--fiko-density']) {
      await expect(canvas.getByText(token)).toBeVisible();
    }
    const background = canvas.getByText('--fiko-color-background').closest('tr')!;
    const [, light, dark] = within(background).getAllByRole('cell');
    await expect(dark?.textContent).not.toBe('same');
    await expect(dark?.textContent).not.toBe(light?.textContent);
  },
};

export const Permissions: Story = {
  render: () => <PermissionTable />,
  play: async ({ canvasElement }) => {
    await expect(bodyRows(canvasElement)).toHaveLength(PERMISSION_NAMES.length);
  },
};

export const ErrorCodes: Story = {
  render: () => <ErrorCodeTable />,
  play: async ({ canvasElement }) => {
    await expect(bodyRows(canvasElement)).toHaveLength(TEAM_ERROR_CODES.length);
  },
};

export const Routes: Story = {
  render: () => <RouteTable />,
  play: async ({ canvasElement }) => {
    await expect(bodyRows(canvasElement)).toHaveLength(Object.keys(routes).length);
  },
};
