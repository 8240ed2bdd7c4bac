import { expect } from 'vitest';

/**
 * The rank of every heading in the document, in reading order, checked to
 * start at 1 and never to skip a rank on the way down (h1 → h3). Returns the
 * outline as `"2 Departments"` lines for further checks.
 */
export function expectWholeOutline(root: ParentNode = document.body): string[] {
  const headings = [
    ...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'),
  ];
  const outline = headings.map((heading) => ({ level: rankOf(heading), heading }));
  const skips = outline.flatMap(({ level, heading }, index) => {
    const previous = index === 0 ? 0 : (outline[index - 1]?.level ?? 0);
    return level > previous + 1
      ? [`h${level} "${heading.textContent}" follows h${previous}`]
      : [];
  });
  expect(skips).toEqual([]);
  return outline.map(({ level, heading }) => `${level} ${heading.textContent}`);
}

function rankOf(heading: HTMLElement): number {
  const aria = heading.getAttribute('aria-level');
  if (aria) return Number(aria);
  return Number(heading.tagName.slice(1)) || 2;
}
