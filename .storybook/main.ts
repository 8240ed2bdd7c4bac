import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const require = createRequire(import.meta.url);

/** The folder of an installed package, so the config works from any working directory. */
function packageFolder(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** What the SDK's and the components' sources import, reached through the workspace links. */
const SOURCE_DEPENDENCIES = [
  '@fiko/team-sdk > zod/mini',
  '@fiko/team-sdk > ky',
  '@fiko/team-sdk > @noble/hashes/sha2.js',
  '@fiko/team-sdk > @noble/hashes/utils.js',
  '@fiko/team-ui > @radix-ui/react-dialog',
  '@fiko/team-ui > @radix-ui/react-dropdown-menu',
  '@fiko/team-ui > @tanstack/react-virtual',
  '@tanstack/react-query',
  'msw',
  'msw/browser',
  'react',
  'react-dom',
  'react/jsx-runtime',
];

const config: StorybookConfig = {
  stories: [
    './docs/**/*.mdx',
    './docs/**/*.stories.tsx',
    '../packages/team-ui/docs/**/*.mdx',
    '../packages/team-ui/src/**/*.stories.tsx',
  ],
  addons: [
    packageFolder('@storybook/addon-docs'),
    packageFolder('@storybook/addon-a11y'),
    packageFolder('@storybook/addon-vitest'),
  ],
  framework: { name: packageFolder('@storybook/react-vite'), options: {} },
  // Serves mockServiceWorker.js for the stories that run on the HTTP adapter.
  staticDirs: ['./public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Workspace packages resolve to their sources, so no build step is needed.
      resolve: { conditions: ['fiko:source', ...defaultClientConditions] },
      // Bundled up front: a dependency found only once a story runs makes Vite
      // reload the page mid-run, which fails the story tests that were loading.
      optimizeDeps: { include: SOURCE_DEPENDENCIES },
    });
  },
};

export default config;
