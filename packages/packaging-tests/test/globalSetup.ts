import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createApp, type ThrowawayApp } from '../src/apps';
import { packPackage } from '../src/workspace';

declare module 'vitest' {
  export interface ProvidedContext {
    apps: Record<'18' | '19', ThrowawayApp>;
  }
}

/**
 * Packs both packages once and installs them into a React 18 and a React 19
 * app, side by side, in a temporary folder outside the workspace.
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'fiko-packaging-'));
  const tarballDir = path.join(root, 'tarballs');
  const sdk = await packPackage('sdk', tarballDir);
  const ui = await packPackage('ui', tarballDir);
  const [react18, react19] = await Promise.all([
    createApp(root, 18, { sdk, ui }),
    createApp(root, 19, { sdk, ui }),
  ]);
  project.provide('apps', { '18': react18, '19': react19 });
  return async () => {
    if (process.env.FIKO_KEEP_PACKAGING_APPS) return;
    await rm(root, { recursive: true, force: true });
  };
}
