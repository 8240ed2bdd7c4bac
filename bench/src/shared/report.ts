/** One line of the benchmark's table. */
export interface Row {
  /** The measurement it belongs to, e.g. `1 Bundle`. */
  section: string;
  /** What was measured. */
  name: string;
  /** The figure, formatted with its unit. */
  value: string;
  /** The raw number behind `value`, in `unit`, for the JSON. */
  raw?: number;
  unit?: string;
  /** The budget, formatted, when the figure has one. */
  budget?: string;
  /** Whether the figure is within its budget; absent when it has none. */
  pass?: boolean;
  /** Ratios and remarks: how it compares. */
  compare?: string;
}

export interface SectionResult {
  rows: Row[];
  /** Facts about how it was measured, printed under the table. */
  notes: string[];
}

export const KB = 1000;

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

export function ratio(value: number): string {
  return value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(1)}×`;
}

/** A figure with an upper budget. */
export function budgeted(
  row: Omit<Row, 'budget' | 'pass'>,
  max: number,
  format: (value: number) => string,
): Row {
  const raw = row.raw ?? Number.NaN;
  return { ...row, budget: `≤ ${format(max)}`, pass: raw <= max };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}
