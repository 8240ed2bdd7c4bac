import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const require = createRequire(import.meta.url);

/** The folder of an installed package, so the config works from any working directory. */
function packageFolder(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

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
    // Workspace packages resolve to their sources, so no build step is needed.
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['fiko:source', ...defaultClientConditions] },
    });
  },
};

export default config;
