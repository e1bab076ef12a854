// The benchmark figures: one row each, printed as a table and written to bench/results.json.

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The design's budget as text, e.g. "≤ 4". */
  budget: string;
  /** What the figure is compared with, measured in the same run (or a naive count), as text. */
  baseline: string;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  // A ratio shows its two decimals even when it is a whole number: "1.00 ×" beside "1.07 ×".
  if (unit === '×') return value.toFixed(2);
  return Number.isInteger(value) ? String(value) : value.toFixed(value >= 100 ? 0 : value >= 10 ? 1 : 2);
}

export function formatTable(results: readonly BenchResult[]): string {
  const rows = [
    ['benchmark', 'value', 'unit', 'budget', 'baseline'],
    ...results.map((r) => [r.name, formatValue(r.value, r.unit), r.unit, r.budget, r.baseline]),
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (column === 4 ? cell : pad(cell, widths[column] ?? 0, column === 1))).join('  '),
    )
    .join('\n');
}
