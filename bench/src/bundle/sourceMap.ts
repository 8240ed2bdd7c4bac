/*
 * Attributes the bytes of a minified chunk to the source files they came
 * from, through the chunk's source map: the same idea as source-map-explorer,
 * without its dependencies.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** The numbers of one mapping segment, relative to the previous segment. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Bad source map character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

export interface SourceMapLike {
  sources: readonly (string | null)[];
  mappings: string;
}

interface Span {
  line: number;
  column: number;
  source: number | undefined;
}

function spansOf(map: SourceMapLike): Span[] {
  const spans: Span[] = [];
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const values = decodeSegment(segment);
      column += values[0] ?? 0;
      if (values.length >= 4) source += values[1] ?? 0;
      spans.push({
        line: lineIndex,
        column,
        source: values.length >= 4 ? source : undefined,
      });
    }
  });
  return spans;
}

export const UNMAPPED = '(unmapped)';

/** Bytes of `code` per source file (UTF-8), keyed by the map's source path. */
export function bytesBySource(code: string, map: SourceMapLike): Map<string, number> {
  const lines = code.split('\n');
  const totals = new Map<string, number>();
  const add = (key: string, text: string) => {
    if (text.length === 0) return;
    totals.set(key, (totals.get(key) ?? 0) + Buffer.byteLength(text));
  };
  const spans = spansOf(map);
  const firstOfLine = new Map<number, number>();
  spans.forEach((span, index) => {
    if (!firstOfLine.has(span.line)) firstOfLine.set(span.line, index);
  });

  lines.forEach((text, lineIndex) => {
    const first = firstOfLine.get(lineIndex);
    if (first === undefined) {
      add(UNMAPPED, `${text}\n`);
      return;
    }
    add(UNMAPPED, text.slice(0, spans[first]!.column));
    for (let index = first; index < spans.length; index++) {
      const span = spans[index]!;
      if (span.line !== lineIndex) break;
      const next = spans[index + 1];
      const end = next && next.line === lineIndex ? next.column : text.length;
      const key = span.source === undefined ? UNMAPPED : map.sources[span.source];
      add(key ?? UNMAPPED, text.slice(span.column, end));
    }
    add(UNMAPPED, '\n');
  });
  return totals;
}
