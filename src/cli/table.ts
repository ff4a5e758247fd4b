import { cellWidth } from '../core/text/width.js';

/** Columns padded by terminal width, so Japanese titles line up with ASCII ids. */
export function textTable(rows: string[][], gap = 2): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cellWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - cellWidth(cell) + gap)))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}
