import type { GridTool } from '../../core/model/types.js';
import { toolMsg } from '../../messages/sheet.js';
import type { Flow, RowSpec } from '../layout/flow.js';
import { COLOR, MM, SIZE } from '../layout/styles.js';
import { headerRow, text } from '../sections/common.js';
import type { ToolContext } from './index.js';

// A handwriting form (生活リズム見直し表, 中3の1年の進路支援予定表, 評価指標の記録表): row labels ×
// column labels of empty cells. It is filled in with a pen, so it takes the whole page: the label
// column as wide as its longest label needs (within limits), the rest shared by the columns, and
// the rows as tall as the page allows.

const PAD = 4;
/** The label column: never narrower than a time of day, never more than this share of the page. */
const LABEL_MIN = 16 * MM;
const LABEL_MAX_SHARE = 0.3;
/** Up to this share of the page, the longest label is kept on one line. */
const LABEL_ONE_LINE_SHARE = 0.25;
const ROW_MIN = 12;
const LEGEND_GAP = 6;

export function gridTool(tc: ToolContext, tool: GridTool): void {
  const { flow } = tc;
  const first = labelWidth(flow, tool.rows);
  const widths = columnWidths(flow, tool.columns, flow.width - first);
  const header: RowSpec = headerRow([{ width: first, label: '' }, ...tool.columns.map((c, i) => ({ width: widths[i]!, label: c }))]);
  header.cells.forEach((c) => (c.align = 'center'));
  // The legend is measured, not estimated: its lines wrap, and a form that spills one line onto a
  // second sheet of paper is useless.
  const legend: RowSpec[] = tool.legend?.length
    ? [
        { cells: [{ width: flow.width, padX: 0, atoms: [text(toolMsg.legend, { face: 'bold', size: SIZE.small + 1 })] }] },
        ...tool.legend.map((l): RowSpec => ({ cells: [{ width: flow.width, padX: 0, padY: 1, atoms: [text(toolMsg.bullet(l), { size: SIZE.small + 1 })] }] })),
      ]
    : [];
  const legendHeight = legend.length ? LEGEND_GAP + legend.reduce((h, r) => h + flow.measure(r), 0) : 0;
  const room = flow.remaining - flow.measure(header) - legendHeight - 2;
  const rowHeight = Math.max(ROW_MIN, room / tool.rows.length);
  const rows: RowSpec[] = tool.rows.map((r) => ({
    border: 'grid',
    cells: [
      { width: first, atoms: [text(labelText(flow, r, first), { size: SIZE.body })], fill: COLOR.fill, minHeight: rowHeight, valign: 'middle', align: 'center' },
      ...tool.columns.map((_, i) => ({ width: widths[i]!, atoms: [], minHeight: rowHeight })),
    ],
  }));
  flow.table(header, rows);
  if (legend.length) {
    flow.gap(LEGEND_GAP);
    for (const row of legend) flow.row(row);
  }
}

const width = (flow: Flow, s: string, size: number = SIZE.body) => Math.max(0, ...flow.lines([text(s, { size })], 1e6).map((l) => l.width));

/**
 * Wide enough for the longest label on one line when the page can spare that; otherwise wide
 * enough for the longest phrase, so that 「10〜12月（2回目の三者面談・志望校の決定）」 breaks before
 * its 「（」 and after a 「・」, never in the middle of a word.
 */
export function labelWidth(flow: Flow, labels: string[]): number {
  const whole = Math.max(0, ...labels.map((l) => width(flow, l))) + 2 * PAD + 1;
  if (whole <= flow.width * LABEL_ONE_LINE_SHARE) return Math.max(LABEL_MIN, whole);
  const phrase = Math.max(0, ...labels.flatMap((l) => phrases(l).map((p) => width(flow, p)))) + 2 * PAD + 1;
  return Math.min(flow.width * LABEL_MAX_SHARE, Math.max(LABEL_MIN, phrase));
}

/** A label that does not fit on one line: a new line at 「（」, then phrases packed into lines. */
export function labelText(flow: Flow, label: string, column: number): string {
  const room = column - 2 * PAD;
  if (width(flow, label) <= room) return label;
  const lines: string[] = [];
  for (const part of label.split(/(?=（)/)) {
    let line = '';
    for (const p of phrases(part)) {
      if (line && width(flow, line + p) > room) {
        lines.push(line);
        line = p;
      } else line += p;
    }
    if (line) lines.push(line);
  }
  return lines.join('\n');
}

/** Pieces a label may break between: before 「（」, after 「）」「・」「、」. */
function phrases(label: string): string[] {
  return label.split(/(?=（)|(?<=[）・、])/).filter((p) => p !== '');
}

/**
 * When the page allows, every column is wide enough for its heading on one line and the rest is
 * shared equally; otherwise a column with a longer heading (気づいたこと・次の年度への工夫) gets
 * somewhat more than one headed 電話番号.
 */
export function columnWidths(flow: Flow, columns: string[], total: number): number[] {
  const heads = columns.map((c) => width(flow, c, SIZE.small) + 2 * PAD + 1);
  const need = heads.reduce((s, h) => s + h, 0);
  if (need <= total) return heads.map((h) => h + (total - need) / columns.length);
  const longest = Math.max(1, ...heads);
  const weights = heads.map((h) => 1 + 0.5 * (h / longest));
  const sum = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => (total * w) / sum);
}
