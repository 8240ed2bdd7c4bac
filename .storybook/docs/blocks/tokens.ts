/** One `--fiko-*` custom property of the stylesheet, with its value per scheme. */
export interface Token {
  name: string;
  light: string;
  /** The dark scheme's value, when it differs. */
  dark: string | undefined;
  /** The comment written just above the declaration, if any. */
  note: string | undefined;
}

const DECLARATION = /(?:\/\*\s*([^*]*?)\s*\*\/\s*)?(--fiko-[\w-]+)\s*:\s*([^;]+);/g;

/** The `--fiko-*` declarations of one rule block, in order. */
function declarationsOf(block: string) {
  return [...block.matchAll(DECLARATION)].map(([, note, name, value]) => ({
    name: name!,
    value: value!.replace(/\s+/g, ' ').trim(),
    note: note?.replace(/\s+/g, ' '),
  }));
}

/** The body of the first rule whose selector is exactly `selector`. */
function blockOf(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) return '';
  let depth = 0;
  for (let index = css.indexOf('{', start); index < css.length; index++) {
    if (css[index] === '{') depth++;
    if (css[index] === '}') depth--;
    if (depth === 0) return css.slice(css.indexOf('{', start) + 1, index);
  }
  return '';
}

/**
 * Reads the design tokens from the stylesheet itself: the light values on
 * `.fiko`, the dark ones on `.fiko[data-theme="dark"]`. Whatever the
 * stylesheet declares is what the docs list.
 */
export function parseTokens(css: string): Token[] {
  const dark = new Map(
    declarationsOf(blockOf(css, '.fiko[data-theme="dark"]')).map((token) => [
      token.name,
      token.value,
    ]),
  );
  return declarationsOf(blockOf(css, '.fiko')).map((token) => ({
    name: token.name,
    light: token.value,
    dark: dark.get(token.name),
    note: token.note,
  }));
}

/** The group a token belongs to, from its name: colour, radius, font, space… */
export function groupOf(token: Pick<Token, 'name'>): string {
  const [, group] = /^--fiko-([a-z]+)/.exec(token.name) ?? [];
  return group ?? 'other';
}
