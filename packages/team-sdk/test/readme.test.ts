import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEAM_ERROR_CODES } from '../src';
import { ERROR_STATUS } from '../src/contract';
import { accessOf, PERMISSION_NAMES, PERMISSIONS } from '../src/rules';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The cells of the table row whose first cell is `key`, in backticks. */
function rowOf(key: string): string[] {
  const line = README.split('\n').find((text) =>
    new RegExp(`^\\|\\s*\`${key}\`\\s*\\|`).test(text),
  );
  expect(line, `README has a row for ${key}`).toBeDefined();
  return line!
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

describe('given the README permissions table', () => {
  it('should give every role the access PERMISSIONS gives it', () => {
    for (const permission of PERMISSION_NAMES) {
      const [admin, cs, viewer] = rowOf(permission).slice(-3);
      const superAdmin = { role: 'admin', superAdmin: true, status: 'active' } as const;
      expect(admin?.split(',')[0]).toBe(accessOf(superAdmin, permission));
      expect(cs).toBe(
        accessOf({ role: 'cs', superAdmin: false, status: 'active' }, permission),
      );
      expect(viewer).toBe(
        accessOf({ role: 'viewer', superAdmin: false, status: 'active' }, permission),
      );
      const flagged = 'superAdminOnly' in PERMISSIONS[permission];
      expect(admin?.includes('super admin only')).toBe(flagged);
    }
  });
});

describe('given the README errors table', () => {
  it('should explain every code with the HTTP status of the contract', () => {
    for (const code of TEAM_ERROR_CODES) {
      const [, status, meaning] = rowOf(code);
      expect(Number(status)).toBe(ERROR_STATUS[code]);
      expect(meaning?.length).toBeGreaterThan(10);
    }
  });
});
