import { isValidElement, type ReactNode } from 'react';

/** A heading rank, `1` for `<h1>` to `6` for `<h6>`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The tag of a heading of this rank. */
export function headingTag(level: HeadingLevel) {
  return `h${level}` as const;
}

/**
 * One rank below `node` when it is a plain `<h1>`–`<h5>` element, so what
 * follows it nests under it; `undefined` for anything else.
 */
export function levelBelow(node: ReactNode): HeadingLevel | undefined {
  if (!isValidElement(node) || typeof node.type !== 'string') return undefined;
  const match = /^h([1-5])$/.exec(node.type);
  return match ? ((Number(match[1]) + 1) as HeadingLevel) : undefined;
}
