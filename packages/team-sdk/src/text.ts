/*
 * What text people may type into the team: well-formed Unicode, with nothing
 * that hides, reorders or piles up. The schemas run these checks on every
 * string a user supplies, so the client, every adapter and the server refuse
 * the same text.
 */

// An unpaired UTF-16 surrogate is no character at all. JSON can carry one
// (`"\ud800"`) but UTF-8 cannot: a database stores each as three U+FFFD, so
// the text changes, and grows past its limit, on its way in.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Whether text is well-formed Unicode: no unpaired surrogate. */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

const CONTROL = /\p{Cc}/u;

/** Whether text holds a control character (NUL, line breaks, tabs, escape, C1 controls). */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

// Characters that show nothing, or change how their neighbours show, let a
// name look empty, pass for another ("Ma\u034Flee" shows as "Malee") or break
// the layout of every screen that shows it: controls, format characters
// (bidirectional marks, zero-width characters, tags, interlinear annotation),
// default-ignorable code points (Hangul fillers, variation selectors, the
// grapheme joiner) and the line and paragraph separators. U+2800, the braille
// pattern without dots, is blank without being ignorable.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/u;

// Some of those characters belong to what they follow, and are kept there:
// a joiner between two emoji (👩‍💻), a variation selector after an emoji (❤️)
// or a keycap digit (1️⃣), tags after a black flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿), ideographic
// and Mongolian variation selectors after their letters, and the non-joiner
// between Arabic letters that Persian names are written with (علی‌رضا).
// The joiner rule runs first: it needs the selector that may precede it.
const SEQUENCES: readonly RegExp[] = [
  /(\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)\u200D(?=\p{Extended_Pictographic})/gu,
  /(\p{Extended_Pictographic})[\uFE0E\uFE0F]/gu,
  /([0-9#*])\uFE0F(?=\u20E3)/gu,
  /(\u{1F3F4})[\u{E0020}-\u{E007E}]+\u{E007F}/gu,
  /(\p{Ideographic})[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu,
  /(\p{Script=Mongolian})[\u180B-\u180F]/gu,
  /(\p{Script=Arabic})\u200C(?=\p{Script=Arabic})/gu,
];

function withoutSequences(text: string): string {
  return SEQUENCES.reduce((rest, sequence) => rest.replace(sequence, '$1'), text);
}

/** Whether text holds a character that is invisible, or changes how others show. */
export function hasHiddenCharacter(text: string): boolean {
  return HIDDEN.test(text) && HIDDEN.test(withoutSequences(text));
}

/**
 * The most combining marks one character may carry. Thai stacks up to three
 * on a consonant, Hebrew with points and accents four; more is "Zalgo" text
 * that spills over the lines above and below.
 */
export const MAX_STACKED_MARKS = 4;

const STACKED_MARKS = new RegExp(`[\\p{Mn}\\p{Me}]{${MAX_STACKED_MARKS + 1},}`, 'u');
// A mark at the start, or after a space, has no letter to sit on.
const BARE_MARK = /(?:^|\s)\p{M}/u;

/** Whether text piles more marks on a character than a script needs, or has a mark on nothing. */
export function hasStackedMarks(text: string): boolean {
  return STACKED_MARKS.test(text) || BARE_MARK.test(text);
}
