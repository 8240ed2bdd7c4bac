#!/usr/bin/env node
// Browser tests drive Debian's Chromium: Playwright cannot download its own
// browser builds on these machines. Install it when missing and we are root.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(
    `Chromium is missing at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

console.log('Installing Chromium from Debian packages…');
execSync('apt-get update -qq && apt-get install -y -qq chromium', {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
