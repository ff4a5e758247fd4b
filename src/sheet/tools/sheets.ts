import { conditionRefs, holds } from '../../core/model/conditions.js';
import type { ChecklistTool } from '../../core/model/types.js';
import { toolMsg } from '../../messages/sheet.js';
import type { Atom } from '../layout/inline.js';
import type { RowSpec } from '../layout/flow.js';
import { COLOR, SIZE } from '../layout/styles.js';
import { boxCell, columns, headerRow, nl, small, text } from '../sections/common.js';
import type { Filled, ToolContext } from './index.js';

/** An item printed from a case is ticked when its `when` holds for the case's answers. */
export function ticked(item: ChecklistTool['sections'][number]['items'][number], filled: Filled | undefined): boolean {
  return filled !== undefined && item.when !== undefined && holds(item.when, filled.conditions);
}

/**
 * Printed from a case (--from), the memos written at the questions an item's `when` reads go in
 * its メモ column: in full at the first such item, as a pointer at the later ones.
 */
function memoAtoms(it: ChecklistTool['sections'][number]['items'][number], filled: Filled | undefined, shown: Set<string>): Atom[] {
  if (!filled || !it.when) return [];
  const out: Atom[] = [];
  for (const id of conditionRefs(it.when).answers) {
    const m = filled.memos.get(id);
    if (!m) continue;
    if (out.length) out.push(nl);
    if (shown.has(id)) out.push(small(toolMsg.memoAbove(m.title)));
    else out.push(small(toolMsg.memoOf(m.title)), nl, text(m.memo, { where: toolMsg.memo }));
    shown.add(id);
  }
  return out;
}

/** 中退防止チェックシート and the like: a box, the item, and room for a memo on every line. */
export function checklistTool(tc: ToolContext, tool: ChecklistTool): void {
  const { flow } = tc;
  const [box, item, memo] = columns(flow.width, [11, undefined, 62]) as [number, number, number];
  const shown = new Set<string>();
  for (const section of tool.sections) {
    flow.gap(5);
    flow.heading({ cells: [{ width: flow.width, atoms: [text(section.title, { face: 'bold', size: SIZE.heading })], fill: COLOR.fill, padY: 3 }], keep: true });
    const rows: RowSpec[] = section.items.map((it) => ({
      border: 'grid',
      cells: [
        boxCell(box, ticked(it, tc.filled)),
        { width: item, atoms: [text(it.text)], minHeight: 24, valign: 'middle' },
        { width: memo, atoms: memoAtoms(it, tc.filled, shown), minHeight: 24 },
      ],
    }));
    flow.table(headerRow([{ width: box, label: toolMsg.check }, { width: item, label: toolMsg.item }, { width: memo, label: toolMsg.memo }]), rows);
  }
}
