import type { DueInfo } from '../../core/engine/types.js';
import { dueText, itemRef, ownerText, printedSources, staleAmountNote, windowText } from '../../core/engine/wording.js';
import { engine as engineMsg } from '../../messages/engine.js';
import { sheetMsg } from '../../messages/sheet.js';
import { formatEraDate } from '../dates.js';
import type { Atom } from '../layout/inline.js';
import { COLOR, SIZE } from '../layout/styles.js';
import type { SheetData } from '../model.js';
import type { Resource } from '../../core/model/types.js';
import type { Section } from '../template/types.js';
import { becauseList, boxCell, columns, empty, headerRow, heading, label, nl, small, text, type RenderContext } from './common.js';

// 支援方針・やること, 連携先, 活用できる制度: the three lists a caseworker acts on. Each row has a
// box to tick when done, and in small type the answers that led to it.

export function actions(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.actions.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [box, what, who, due] = columns(flow.width, [9, undefined, 28, 34]);
  const because = becauseList(s, d.actions, (i) => itemRef(d.actions[i]!.text));
  const rows = d.actions.map((a, i) => ({
    border: 'grid' as const,
    cells: [
      boxCell(box),
      {
        width: what,
        atoms: [
          text(a.text),
          // A window's whole story (what to do once it has passed, when the next opens) goes under the
          // action; the narrow 期限 column gets its state and date only.
          ...(a.due?.window ? [nl, text(`${label(s, 'window')}: ${windowText(a.due.window)}`, { size: SIZE.small })] : []),
          ...(a.why ? [nl, small(`${label(s, 'why')}: ${a.why}`)] : []),
          ...because(i),
        ],
        where: s.title,
      },
      { width: who, atoms: [text(ownerText(a.who, d.case.caseworker))] },
      { width: due, atoms: [text(a.due ? dueText(a.due, { short: true }) : '')] },
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
  const [box, name, detail] = columns(flow.width, [9, 46, undefined]);
  const because = becauseList(s, d.referrals.map((r) => r.item), (i) => itemRef(d.referrals[i]!.agency?.name ?? d.referrals[i]!.item.agency));
  const rows = d.referrals.map(({ item, agency }, i) => {
    const { atoms, add } = detailLines(s);
    // brief: only what this case asks of whom and by when; the agency's description is in the appendix.
    const brief = 'brief' in s && s.brief === true;
    add('owner', ownerLine(item, d.case.caseworker));
    if (!brief) add('role', agency?.offers);
    add('reason', item.reasons.join(sheetMsg.separator));
    add('share', item.shares.join(sheetMsg.separator));
    if (!brief) add('contact', agency?.how_to_contact);
    return {
      border: 'grid' as const,
      cells: [
        boxCell(box),
        { width: name, atoms: [text(agency?.name ?? item.agency, { face: 'bold' }), ...(agency?.kind ? [nl, small(agency.kind)] : [])] },
        { width: detail, atoms: [...atoms, ...because(i)], where: s.title },
      ],
    };
  });
  flow.table(headerRow([{ width: box, label: label(s, 'done') }, { width: name, label: label(s, 'agency') }, { width: detail, label: label(s, 'detail') }]), rows);
}

export function resources(ctx: RenderContext, s: Section, d: SheetData): void {
  heading(ctx, s);
  if (d.resources.length === 0) return empty(ctx, s);
  const { flow } = ctx;
  const [box, name, detail] = columns(flow.width, [9, 46, undefined]);
  const because = becauseList(s, d.resources.map((r) => r.item), (i) => itemRef(d.resources[i]!.resource?.name ?? d.resources[i]!.item.resource));
  const rows = d.resources.map(({ item, resource: r }, i) => {
    const { atoms, add } = detailLines(s);
    const brief = 'brief' in s && s.brief === true;
    add('owner', ownerLine(item, d.case.caseworker));
    // Only the window the program names as the deadline is printed: a catalog lists every window
    // of a制度 (現況届 …), most of which do not concern this case yet.
    if (!brief && r) atoms.push(...(atoms.length ? [nl] : []), ...resourceDescription(s, r, d.case.interviewDate));
    add('note', item.notes.join(sheetMsg.separator));
    return {
      border: 'grid' as const,
      cells: [
        boxCell(box),
        { width: name, atoms: [text(r?.name ?? item.resource, { face: 'bold' }), ...(r ? [nl, small(r.category)] : [])] },
        { width: detail, atoms: [...atoms, ...because(i)], where: s.title },
      ],
    };
  });
  flow.table(headerRow([{ width: box, label: label(s, 'done') }, { width: name, label: label(s, 'resource') }, { width: detail, label: label(s, 'detail') }]), rows);
}

/** Lines of 「見出し: 内容」 in a detail cell, one per value given; empty values are left out. */
function detailLines(s: Section): { atoms: Atom[]; add: (key: string, value: string | undefined) => void } {
  const atoms: Atom[] = [];
  const add = (key: string, value: string | undefined) => {
    if (!value) return;
    if (atoms.length) atoms.push(nl);
    atoms.push(text(`${label(s, key)}: `, { face: 'bold', size: SIZE.small }), text(value));
  };
  return { atoms, add };
}

/** What a 制度 is, what it pays (with the 年度) and how to apply: the same for every case. */
export function resourceDescription(s: Section, r: Resource | undefined, interviewDate: string): Atom[] {
  if (!r) return [];
  const atoms: Atom[] = [text(r.summary)];
  const add = (key: string, value: string | undefined) => {
    if (value) atoms.push(nl, text(`${label(s, key)}: `, { face: 'bold', size: SIZE.small }), text(value));
  };
  for (const a of r.amounts ?? []) {
    const stale = staleAmountNote(a.fiscal_year, interviewDate);
    add('amount', sheetMsg.amount(a.text, a.fiscal_year) + (stale ? sheetMsg.space + stale : ''));
  }
  add('apply', r.how_to_apply);
  // Only primary sources are printed: secondary ones stay in the YAML for trainers.
  for (const src of printedSources(r.sources)) {
    atoms.push(nl, small(sheetMsg.source(label(s, 'source'), src.title, src.url, label(s, 'checked'), formatEraDate(src.checked))));
  }
  return atoms;
}

/** Who acts by when on a referral or resource row, or that it is listed for reference only. */
function ownerLine(item: { who?: string; due?: DueInfo; reference?: boolean }, caseworker: string | undefined): string {
  if (item.reference) return engineMsg.plan.reference;
  const who = ownerText(item.who, caseworker);
  return item.due ? `${who}${sheetMsg.ownerJoin}${dueText(item.due)}` : who;
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
