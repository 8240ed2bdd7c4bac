import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { run } from '../src/run';

const app = inject('apps')['19'];
const sdkDir = path.join(app.dir, 'sdk');
const bin = (name: string) => path.join(app.dir, 'node_modules', '.bin', name);

function installedManifest(name: string) {
  const file = path.join(app.dir, 'node_modules', ...name.split('/'), 'package.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function runConsumer(file: string) {
  const result = await run('node', [file], { cwd: sdkDir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('given the SDK tarball installed with npm outside the workspace', () => {
  it.each([
    ['esm', 'esm.mjs'],
    ['cjs', 'cjs.cjs'],
  ])(
    'should load every subpath from Node %s and work end to end',
    async (format, file) => {
      const output = await runConsumer(file);
      expect(output).toEqual({
        format,
        superAdmin: true,
        httpPageSize: 5,
        refusal: 'forbidden',
        sameErrorClass: true,
        codes: expect.any(Number),
        routes: expect.any(Number),
        openapi: expect.stringMatching(/^3\.1\./),
        superAdminManages: true,
      });
      expect(output.codes).toBeGreaterThan(10);
      expect(output.routes).toBeGreaterThan(15);
    },
  );

  it.each(['node16', 'bundler'])(
    'should type-check a consumer with %s resolution against the shipped declarations',
    async (resolution) => {
      const result = await run(bin('tsc'), ['-p', `tsconfig.${resolution}.json`], {
        cwd: sdkDir,
      });
      expect(result.stdout + result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
  );

  it('should run the exported conformance suite for a backend author', async () => {
    const result = await run(bin('vitest'), ['run', '--dir', 'sdk', '--reporter=dot'], {
      cwd: app.dir,
      env: { CI: '1', NO_COLOR: '1' },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Tests\s+\d+ passed/);
  });

  it('should publish no development condition and no workspace ranges', () => {
    for (const name of ['@fiko/team-sdk', '@fiko/team-ui']) {
      const text = JSON.stringify(installedManifest(name));
      expect(text).not.toContain('fiko:source');
      expect(text).not.toContain('workspace:');
      expect(text).not.toContain('./src/');
    }
    const ui = installedManifest('@fiko/team-ui');
    expect(ui.dependencies['@fiko/team-sdk']).toMatch(/^\^\d+\.\d+\.\d+/);
  });

  it('should install one copy of the SDK for both packages', () => {
    const nested = path.join(
      app.dir,
      'node_modules/@fiko/team-ui/node_modules/@fiko/team-sdk',
    );
    expect(() => readFileSync(path.join(nested, 'package.json'))).toThrow();
  });
});
