import { dueText, ownerText } from '../../engine/wording.js';
import { sheetMsg } from '../../messages/sheet.js';
import { formatEraDate } from '../dates.js';
import type { Atom } from '../layout/inline.js';
import { COLOR, SIZE } from '../layout/styles.js';
import type { SheetData } from '../model.js';
import type { Section } from '../template/types.js';
import { becauseAtoms, boxCell, columns, empty, headerRow, heading, label, nl, small, text, type RenderContext } from './common.js';

// 支援方針・やること, 連携先, 活用できる制度: the three lists a caseworker acts on. Each row has a
// box to tick when done, and in small type the answers that led to it.

export function actions(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.actions.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [box, what, who, due] = columns(flow.width, [9, undefined, 28, 28]) as [number, number, number, number];
  const rows = d.actions.map((a) => ({
    border: 'grid' as const,
    cells: [
      boxCell(box),
      { width: what, atoms: [text(a.text), ...(a.why ? [nl, small(`${label(s, 'why')}: ${a.why}`)] : []), ...becauseAtoms(s, a.because)], where: s.title },
      { width: who, atoms: [text(ownerText(a.who, d.case.caseworker))] },
      { width: due, atoms: [text(a.due ? dueText(a.due) : '')] },
    ],
  }));
  flow.table(
    headerRow([
      { width: box, label: label(s, 'done') },
      { width: what, label: label(s, 'action') },
      { width: who, label: label(s, 'who') },
      { width: due, label: label(s, 'due') },
    ]),
    rows,
  );
}

export function referrals(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.referrals.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [box, name, detail] = columns(flow.width, [9, 46, undefined]) as [number, number, number];
  const rows = d.referrals.map(({ item, agency }) => {
    const atoms: Atom[] = [];
    const add = (key: string, value: string | undefined) => {
      if (!value) return;
      if (atoms.length) atoms.push(nl);
      atoms.push(text(`${label(s, key)}: `, { face: 'bold', size: SIZE.small }), text(value));
    };
    add('role', agency?.offers);
    add('reason', item.reasons.join(sheetMsg.separator));
    add('share', item.shares.join(sheetMsg.separator));
    add('contact', agency?.how_to_contact);
    return {
      border: 'grid' as const,
      cells: [
        boxCell(box),
        { width: name, atoms: [text(agency?.name ?? item.agency, { face: 'bold' }), ...(agency?.kind ? [nl, small(agency.kind)] : [])] },
        { width: detail, atoms: [...atoms, ...becauseAtoms(s, item.because)], where: s.title },
      ],
    };
  });
  flow.table(headerRow([{ width: box, label: label(s, 'done') }, { width: name, label: label(s, 'agency') }, { width: detail, label: label(s, 'detail') }]), rows);
}

export function resources(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.resources.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [box, name, detail] = columns(flow.width, [9, 46, undefined]) as [number, number, number];
  const rows = d.resources.map(({ item, resource: r }) => {
    const atoms: Atom[] = [];
    const add = (key: string, value: string | undefined) => {
      if (!value) return;
      if (atoms.length) atoms.push(nl);
      atoms.push(text(`${label(s, key)}: `, { face: 'bold', size: SIZE.small }), text(value));
    };
    if (r) atoms.push(text(r.summary));
    for (const a of r?.amounts ?? []) add('amount', sheetMsg.amount(a.text, a.fiscal_year));
    add('apply', r?.how_to_apply);
    add('note', item.notes.join(sheetMsg.separator));
    for (const src of r?.sources ?? []) {
      atoms.push(nl, small(sheetMsg.source(label(s, 'source'), src.title, src.url, label(s, 'checked'), formatEraDate(src.checked))));
    }
    return {
      border: 'grid' as const,
      cells: [
        boxCell(box),
        { width: name, atoms: [text(r?.name ?? item.resource, { face: 'bold' }), ...(r ? [nl, small(r.category)] : [])] },
        { width: detail, atoms: [...atoms, ...becauseAtoms(s, item.because)], where: s.title },
      ],
    };
  });
  flow.table(headerRow([{ width: box, label: label(s, 'done') }, { width: name, label: label(s, 'resource') }, { width: detail, label: label(s, 'detail') }]), rows);
}

/** A caseworker needs to see a changed program or an unfinished walk before anything else. */
export function notices(ctx: RenderContext, _s: Section, d: SheetData): void {
  const lines: string[] = [];
  if (d.programChanged) lines.push(sheetMsg.notice.programChanged(d.programChanged.recorded, d.programChanged.current));
  if (d.ignored > 0) lines.push(sheetMsg.notice.ignored(d.ignored));
  if (d.status !== 'done') lines.push(sheetMsg.notice.incomplete);
  if (lines.length === 0) return;
  ctx.flow.gap(4);
  ctx.flow.row({
    border: 'grid',
    keep: true,
    cells: [{ width: ctx.flow.width, padY: 4, atoms: lines.flatMap((l, i) => [...(i ? [nl] : []), text(`${sheetMsg.notice.mark} ${l}`, { face: 'bold', color: COLOR.notice })]) }],
  });
}
