import { holds } from '../../model/conditions.js';
import type { ChecklistTool, GridTool } from '../../model/types.js';
import { toolMsg } from '../../messages/sheet.js';
import type { RowSpec } from '../layout/flow.js';
import { COLOR, SIZE } from '../layout/styles.js';
import { boxCell, columns, headerRow, text } from '../sections/common.js';
import type { Filled, ToolContext } from './index.js';

/** An item printed from a case is ticked when its `when` holds for the case's answers. */
export function ticked(item: ChecklistTool['sections'][number]['items'][number], filled: Filled | undefined): boolean {
  return filled !== undefined && item.when !== undefined && holds(item.when, filled.conditions);
}

/** 中退防止チェックシート and the like: a box, the item, and room for a memo on every line. */
export function checklistTool(tc: ToolContext, tool: ChecklistTool): void {
  const { flow } = tc;
  const [box, item, memo] = columns(flow.width, [11, undefined, 62]) as [number, number, number];
  for (const section of tool.sections) {
    flow.gap(5);
    flow.heading({ cells: [{ width: flow.width, atoms: [text(section.title, { face: 'bold', size: SIZE.heading })], fill: COLOR.fill, padY: 3 }], keep: true });
    const rows: RowSpec[] = section.items.map((it) => ({
      border: 'grid',
      cells: [
        boxCell(box, ticked(it, tc.filled)),
        { width: item, atoms: [text(it.text)], minHeight: 24, valign: 'middle' },
        { width: memo, atoms: [], minHeight: 24 },
      ],
    }));
    flow.table(headerRow([{ width: box, label: toolMsg.check }, { width: item, label: toolMsg.item }, { width: memo, label: toolMsg.memo }]), rows);
  }
}

/** 生活リズム見直し表: row labels × column labels of empty cells, sized to fill the page. */
export function gridTool(tc: ToolContext, tool: GridTool): void {
  const { flow } = tc;
  const first = 16 * 2.8346;
  const each = (flow.width - first) / tool.columns.length;
  const header: RowSpec = headerRow([{ width: first, label: '' }, ...tool.columns.map((c) => ({ width: each, label: c }))]);
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
  const rowHeight = Math.max(12, Math.min(30, room / tool.rows.length));
  const rows: RowSpec[] = tool.rows.map((r) => ({
    border: 'grid',
    cells: [
      { width: first, atoms: [text(r, { size: SIZE.small + 1 })], fill: COLOR.fill, minHeight: rowHeight, valign: 'middle', align: 'center' },
      ...tool.columns.map(() => ({ width: each, atoms: [], minHeight: rowHeight })),
    ],
  }));
  flow.table(header, rows);
  if (legend.length) {
    flow.gap(LEGEND_GAP);
    for (const row of legend) flow.row(row);
  }
}

const LEGEND_GAP = 6;
