import { sheetMsg, toolMsg } from '../../messages/sheet.js';
import type { AgenciesTool, ResourcesTool } from '../../core/model/types.js';
import { formatEraDate } from '../dates.js';
import type { Atom } from '../layout/inline.js';
import type { CellSpec, RowSpec } from '../layout/flow.js';
import { COLOR, SIZE } from '../layout/styles.js';
import { boxCell, columns, headerRow, nl, small, text } from '../sections/common.js';
import type { ToolContext } from './index.js';
import { printedSources, staleAmountNote } from '../../core/engine/wording.js';

// 利用できる主な貸付 and 連携先の一覧: tables of catalog entries, with their sources and the date
// each was last checked, so a printed sheet says how current it is.

function detail(pairs: [string, string | undefined][]): Atom[] {
  const out: Atom[] = [];
  for (const [k, v] of pairs) {
    if (!v) continue;
    if (out.length) out.push(nl);
    out.push(text(`${k}: `, { face: 'bold', size: SIZE.small }), text(v));
  }
  return out;
}

export function resourcesTool(tc: ToolContext, tool: ResourcesTool): void {
  const { flow } = tc;
  const [box, name, body] = columns(flow.width, [11, 42, undefined]) as [number, number, number];
  const rows: RowSpec[] = tool.resources.map((id) => {
    const r = tc.catalog.catalog.resources.get(id);
    const sources = printedSources(r?.sources ?? []).flatMap((s) => [nl, small(sheetMsg.source(toolMsg.source, s.title, s.url, toolMsg.checked, formatEraDate(s.checked)))]);
    return {
      border: 'grid',
      cells: [
        boxCell(box, tc.filled?.resources.has(id) ?? false),
        { width: name, atoms: [text(r?.name ?? toolMsg.unknownEntry(id), { face: 'bold' }), ...(r ? [nl, small(r.category)] : [])] },
        {
          width: body,
          atoms: r
            ? [
                ...detail([
                  [toolMsg.summary, r.summary],
                  [toolMsg.whenToUse, r.when_to_use],
                  ...(r.amounts ?? []).map((a): [string, string] => [toolMsg.amount, withStaleNote(sheetMsg.amount(a.text, a.fiscal_year), staleAmountNote(a.fiscal_year, tc.today))]),
                  [toolMsg.apply, r.how_to_apply],
                  [toolMsg.caution, r.caution],
                ]),
                ...sources,
              ]
            : [],
        },
      ],
    };
  });
  flow.table(headerRow([{ width: box, label: tc.filled ? toolMsg.inCase : '' }, { width: name, label: toolMsg.resource }, { width: body, label: toolMsg.detail }]), rows);
}

/**
 * 連携窓口一覧: each agency on a band with two cells left blank for the office to write in its
 * local window (窓口名・担当者) and phone number — the catalog cannot know them, and the tool's own
 * description asks for them — and under it, across the page, what the agency does.
 */
export function agenciesTool(tc: ToolContext, tool: AgenciesTool): void {
  const { flow } = tc;
  const [box, name, window, phone] = columns(flow.width, [9, undefined, 58, 36]) as [number, number, number, number];
  const writeIn = (width: number, label: string): CellSpec => ({ width, atoms: [small(label)], minHeight: WRITE_IN_HEIGHT });
  for (const id of tool.agencies) {
    const a = tc.catalog.catalog.agencies.get(id);
    flow.heading(
      {
        border: 'grid',
        keep: true,
        cells: [
          boxCell(box, tc.filled?.agencies.has(id) ?? false),
          { width: name, fill: COLOR.fill, valign: 'middle', atoms: [text(a?.name ?? toolMsg.unknownEntry(id), { face: 'bold' }), ...(a?.kind ? [nl, small(a.kind)] : [])] },
          writeIn(window, toolMsg.windowName),
          writeIn(phone, toolMsg.phone),
        ],
      },
      0,
    );
    if (!a) continue;
    flow.row({
      border: 'grid',
      cells: [
        { width: box, atoms: [] },
        {
          width: flow.width - box,
          atoms: [
            ...detail([
              [toolMsg.offers, a.offers],
              [toolMsg.whenToRefer, a.when_to_refer],
              [toolMsg.contact, a.how_to_contact],
              [toolMsg.basis, a.basis],
            ]),
            ...printedSources(a.sources).flatMap((s) => [nl, small(sheetMsg.source(toolMsg.source, s.title, undefined, toolMsg.checked, formatEraDate(s.checked)))]),
          ],
        },
      ],
    });
  }
}

/** Room for a handwritten name and person, under the cell's small label. */
const WRITE_IN_HEIGHT = 34;

const withStaleNote = (amount: string, note: string | undefined) => (note ? `${amount}${sheetMsg.space}${note}` : amount);
