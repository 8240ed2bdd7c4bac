import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runOrThrow } from './run';
import { FIXTURES_DIR } from './workspace';

/** The React lines the UI supports, with the matching type packages. */
export const REACT_LINES = {
  18: {
    react: '18.3.1',
    'react-dom': '18.3.1',
    '@types/react': '18.3.32',
    '@types/react-dom': '18.3.7',
  },
  19: {
    react: '19.3.1',
    'react-dom': '19.3.1',
    '@types/react': '19.3.3',
    '@types/react-dom': '19.3.0',
  },
} as const;

export type ReactLine = keyof typeof REACT_LINES;

const TOOLING = {
  '@tanstack/react-query': '5.108.2',
  '@types/node': '20.19.25',
  '@vitejs/plugin-react': '6.3.0',
  msw: '2.15.0',
  typescript: '6.0.3',
  vite: '8.4.0',
  vitest: '4.1.12',
};

export interface Tarballs {
  sdk: string;
  ui: string;
}

export interface ThrowawayApp {
  dir: string;
  react: ReactLine;
}

function manifest(react: ReactLine, tarballs: Tarballs) {
  const sdk = `file:${tarballs.sdk}`;
  return {
    name: `fiko-react-${react}-consumer`,
    private: true,
    type: 'module',
    dependencies: { '@fiko/team-sdk': sdk, '@fiko/team-ui': `file:${tarballs.ui}` },
    devDependencies: { ...REACT_LINES[react], ...TOOLING },
    // The UI's own dependency on the SDK names a version that is not on the
    // registry yet; point it at the same tarball so one copy is installed.
    overrides: { '@fiko/team-sdk': sdk },
  };
}

/**
 * Lays out a Vite + React app from the fixtures in `root/react-<line>` and
 * installs the tarballs with npm, as a product engineer would: no workspace,
 * no links, the registry for everything else.
 */
export async function createApp(
  root: string,
  react: ReactLine,
  tarballs: Tarballs,
): Promise<ThrowawayApp> {
  const dir = path.join(root, `react-${react}`);
  await mkdir(dir, { recursive: true });
  await cp(path.join(FIXTURES_DIR, 'react-app'), dir, { recursive: true });
  await cp(path.join(FIXTURES_DIR, 'sdk-consumer'), path.join(dir, 'sdk'), {
    recursive: true,
  });
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify(manifest(react, tarballs), null, 2)}\n`,
  );
  await runOrThrow(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: dir, timeout: 240_000 },
  );
  return { dir, react };
}
