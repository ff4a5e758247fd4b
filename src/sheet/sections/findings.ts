import { itemRef } from '../../core/engine/wording.js';
import { sheetMsg } from '../../messages/sheet.js';
import { blankEraDate, formatEraDate } from '../dates.js';
import { COLOR, SIZE } from '../layout/styles.js';
import type { SheetData } from '../model.js';
import type { Section } from '../template/types.js';
import { becauseAtoms, becauseList, boxCell, columns, empty, headerRow, heading, label, nl, small, text, type RenderContext } from './common.js';

// The sections that record what was found: 見立て, 確認した内容, チェックリスト, 要確認事項, 目印,
// 次回見直し日.

export function outcome(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  const atoms = d.outcome
    ? [text(d.outcome.title, { face: 'bold' }), nl, text(d.outcome.text)]
    : [text(label(s, 'incomplete'), { color: COLOR.muted })];
  ctx.flow.row({ cells: [{ width: ctx.flow.width, atoms, where: s.title }] });
}

export function answers(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.answers.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [q, a] = columns(flow.width, [55, undefined]);
  const rows = d.answers.map((x) => ({
    border: 'grid' as const,
    cells: [
      { width: q, atoms: [text(x.label, { size: SIZE.small + 1 })], fill: '#f7f7f7' },
      {
        width: a,
        atoms: [text(x.display, { where: sheetMsg.where.answer(s.title ?? '', x.id) }), ...(x.memo ? [nl, small(`${label(s, 'memo')}: ${x.memo}`, sheetMsg.where.memo(s.title ?? '', x.id))] : [])],
      },
    ],
  }));
  flow.table(headerRow([{ width: q, label: label(s, 'question') }, { width: a, label: label(s, 'answer') }]), rows);
}

export function checklist(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.checklist.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [box, body] = columns(flow.width, [9, undefined]);
  const because = becauseList(s, d.checklist, (i) => itemRef(d.checklist[i]!.text));
  d.checklist.forEach((c, i) => {
    flow.row({ border: 'below', cells: [boxCell(box), { width: body, atoms: [text(c.text), ...because(i)], where: s.title }] });
  });
}

export function unknowns(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.unknowns.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [box, body] = columns(flow.width, [9, undefined]);
  for (const u of d.unknowns) {
    const question = u.text.trim() === u.label ? [] : [nl, small(u.text)];
    const memo = u.memo ? [nl, small(`${label(s, 'memo')}: ${u.memo}`, sheetMsg.where.memo(s.title ?? '', u.question))] : [];
    flow.row({ border: 'below', cells: [boxCell(box), { width: body, atoms: [text(u.label, { face: 'bold' }), ...question, ...memo], where: s.title }] });
  }
}

export function flags(ctx: RenderContext, s: Section, d: SheetData): void {
  if (d.flags.length === 0) return; // no flags is the ordinary case: no empty heading for it
  heading(ctx, s);
  const because = becauseList(s, d.flags, (i) => itemRef(d.flags[i]!.label));
  for (const [i, f] of d.flags.entries()) {
    const atoms = [text(f.label, { face: 'bold' }), ...(f.description ? [text(sheetMsg.space + f.description)] : []), ...because(i)];
    ctx.flow.row({ border: 'below', cells: [{ width: ctx.flow.width, atoms, where: s.title }] });
  }
}

export function review(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  const atoms = d.review
    ? [
        text(formatEraDate(d.review.date), { face: 'bold', size: SIZE.heading }),
        ...(d.review.interval ? [text(sheetMsg.paren(d.review.interval))] : []),
        ...(d.review.why ? [nl, text(`${label(s, 'why')}: ${d.review.why}`)] : []),
        ...becauseAtoms(s, d.review.because),
      ]
    : [text(blankEraDate(ctx.today), { size: SIZE.heading })];
  ctx.flow.row({ cells: [{ width: ctx.flow.width, atoms }] });
}
