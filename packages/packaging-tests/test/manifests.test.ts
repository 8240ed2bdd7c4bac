import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED } from '../src/workspace';

type Conditions = { [condition: string]: string | Conditions };

function workspaceManifest(dir: string) {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

function withoutSourceCondition(exportsMap: Record<string, string | Conditions>) {
  return Object.fromEntries(
    Object.entries(exportsMap).map(([subpath, target]) => {
      if (typeof target === 'string') return [subpath, target];
      const { 'fiko:source': _source, ...published } = target;
      return [subpath, published];
    }),
  );
}

describe.each(Object.values(PUBLISHED))('given the manifest of $name', ({ dir }) => {
  const manifest = workspaceManifest(dir);

  it('should publish exactly its exports without the workspace source condition', () => {
    expect(manifest.publishConfig.exports).toEqual(
      withoutSourceCondition(manifest.exports),
    );
  });

  it('should put the source condition first and types first in each format', () => {
    for (const target of Object.values(manifest.exports)) {
      if (typeof target === 'string') continue;
      const conditions = target as Conditions;
      expect(Object.keys(conditions)[0]).toBe('fiko:source');
      for (const format of ['import', 'require'] as const) {
        const branch = conditions[format];
        if (branch === undefined) continue;
        expect(Object.keys(branch as Conditions)).toEqual(['types', 'default']);
      }
    }
  });
});
