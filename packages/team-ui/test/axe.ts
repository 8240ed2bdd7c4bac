import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe on the whole document (dialogs and menus live in portals).
 * jsdom computes no colours, so colour contrast is checked in a real browser
 * (Storybook's accessibility run), not here.
 */
export async function expectNoAxeViolations(root: Element = document.body) {
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false } },
    // Only violations are read; skipping the other result types halves the run.
    resultTypes: ['violations'],
  });
  const summary = result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.html).join('\n  ')}`,
  );
  expect(summary).toEqual([]);
}
