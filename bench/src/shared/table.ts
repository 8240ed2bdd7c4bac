import type { Row } from './report';

const HEADERS = ['Measurement', 'Figure', 'Budget', 'OK', 'Compared'];

function cellsOf(row: Row): string[] {
  const status = row.pass === undefined ? '' : row.pass ? 'yes' : 'NO';
  return [
    `${row.section} · ${row.name}`,
    row.value,
    row.budget ?? '',
    status,
    row.compare ?? '',
  ];
}

/** The rows as a plain-text table for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const lines = [HEADERS, ...rows.map(cellsOf)];
  const widths = HEADERS.map((_, column) =>
    Math.max(...lines.map((line) => line[column]!.length)),
  );
  const format = (line: string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [format(HEADERS), rule, ...lines.slice(1).map(format)].join('\n');
}

const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|');

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${cellsOf(row).map(escapeCell).join(' | ')} |`),
  ];
  return lines.join('\n');
}
