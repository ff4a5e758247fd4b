import { sheetMsg } from '../../messages/sheet.js';
import { blankEraDate, formatEraDate, isIsoDate, printable } from '../dates.js';
import type { Atom } from '../layout/inline.js';
import type { RowSpec } from '../layout/flow.js';
import { COLOR, MM, SIZE } from '../layout/styles.js';
import type { Field, Part, Section } from '../template/types.js';
import { columns, heading, headerRow, label, lookup, nl, small, text, type RenderContext } from './common.js';

// The general form blocks: a form that is not ours (親子交流支援計画書) is described with the same
// pieces as the head of our support sheet. Values come from ctx.values; an empty value leaves
// room to write by hand, so the same template prints a blank form.

const FULLWIDTH_DIGITS = '０１２３４５６７８９';
const numberLabel = (n: number) => [...String(n)].map((d) => FULLWIDTH_DIGITS[Number(d)]).join('');

export function title(ctx: RenderContext, s: Extract<Section, { type: 'title' }>): void {
  const { flow, template } = ctx;
  const main = s.text ?? template.title;
  if (template.kind === 'form') {
    const atoms: Atom[] = [...(s.note ? [text(s.note, { size: SIZE.body }), nl] : []), text(main, { face: 'bold', size: SIZE.title })];
    flow.row({ cells: [{ width: flow.width, atoms, align: s.align === 'center' ? 'center' : 'left' }] });
    flow.gap(6);
    return;
  }
  const program = lookup(ctx.values, 'program') as { number: string; title: string; version: string; basis?: string };
  const right = flow.width * 0.36;
  // The program line says what it was built from, never a bare edition (it is not the booklet).
  const basis = program.basis ? [nl, text(program.basis, { size: SIZE.small, color: COLOR.muted })] : [];
  flow.row({
    border: 'below',
    cells: [
      { width: flow.width - right, padX: 0, atoms: [text(main, { face: 'bold', size: SIZE.title }), nl, text(sheetMsg.frame.programBasis(program.number, program.title, undefined), { size: SIZE.body }), ...basis] },
      { width: right, padX: 0, align: 'right', valign: 'middle', atoms: [text(label(s, 'date') + sheetMsg.space, { size: SIZE.small, color: COLOR.muted }), text(formatEraDate(ctx.today), { nobreak: true })] },
    ],
  });
  flow.gap(4);
}

export function fields(ctx: RenderContext, s: Extract<Section, { type: 'fields' }>): void {
  heading(ctx, s);
  const { flow } = ctx;
  const pairs = s.columns ?? 1;
  const labelWidth = (s.label_width_mm ?? 35) * MM;
  const valueWidth = flow.width / pairs - labelWidth;
  for (let i = 0; i < s.fields.length; i += pairs) {
    const row: RowSpec = { border: 'grid', cells: [] };
    for (let k = 0; k < pairs; k++) {
      const f = s.fields[i + k];
      if (!f) {
        row.cells.push({ width: labelWidth + valueWidth, atoms: [] });
        continue;
      }
      const name = s.numbered ? sheetMsg.numbered(numberLabel(i + k + 1), f.label) : f.label;
      row.cells.push({ width: labelWidth, fill: COLOR.fill, atoms: [text(name, { size: SIZE.body })], padY: 4 });
      row.cells.push({ width: valueWidth, atoms: fieldAtoms(ctx, f), padY: 4, where: f.label });
    }
    flow.row(row);
  }
}

function fieldAtoms(ctx: RenderContext, f: Field): Atom[] {
  const lines = f.lines ?? [f.parts ?? []];
  const scopes: Record<string, unknown>[] = [];
  if (f.each) {
    const list = lookup(ctx.values, f.each);
    const items = Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
    for (let i = 0; i < Math.max(items.length, f.count ?? 1); i++) scopes.push(items[i] ?? {});
  } else scopes.push(ctx.values);
  const out: Atom[] = [];
  for (const scope of scopes) {
    for (const line of lines) {
      if (out.length) out.push(nl);
      line.forEach((part, i) => out.push(...(i ? [gapAtom] : []), ...partAtoms(ctx, part, scope, f.label)));
    }
  }
  return out;
}

const gapAtom: Atom = { kind: 'blank', width: 3 };
/** Room for an era written by hand (平成, 昭和) where 令和 would be printed. */
const ANY_ERA = '　　';

function partAtoms(ctx: RenderContext, p: Part, scope: Record<string, unknown>, where: string): Atom[] {
  if (p.text !== undefined) return [text(p.text)];
  if (p.value !== undefined) {
    const v = printable(lookup(scope, p.value));
    const width = (p.width_mm ?? 30) * MM;
    return v ? [text(v, { where, minWidth: width })] : [{ kind: 'blank', width }];
  }
  if (p.date !== undefined) {
    const v = lookup(scope, p.date);
    // A birth date may be 平成 or 昭和: `any_era` leaves room to write the era in by hand.
    const blank = p.any_era ? sheetMsg.blankDate(ANY_ERA) : blankEraDate(ctx.today);
    return [text(typeof v === 'string' && isIsoDate(v) ? formatEraDate(v) : blank, { nobreak: true })];
  }
  if (p.choice !== undefined) {
    const v = lookup(scope, p.choice);
    const chosen = (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String);
    return (p.options ?? []).flatMap((o, i): Atom[] => [
      ...(i ? (p.vertical ? [nl] : [{ kind: 'blank' as const, width: 6 }]) : []),
      { kind: 'box', checked: chosen.includes(String(o.value)) },
      text(o.label, { nobreak: !p.vertical }),
    ]);
  }
  const note = lookup(scope, p.note ?? '');
  if (typeof note === 'string' && note.trim()) return [text(note, { where })];
  return Array.from({ length: p.lines ?? 3 }, (_, i): Atom[] => [...(i ? [nl] : []), { kind: 'blank', width: 1, size: 12 }]).flat();
}

/** A record table (支援経過): the list's rows, if any, then empty rows up to `rows` for handwriting. */
export function table(ctx: RenderContext, s: Extract<Section, { type: 'table' }>): void {
  heading(ctx, s);
  const { flow } = ctx;
  const widths = columns(flow.width, s.columns.map((c) => c.width_mm));
  const list = s.list === undefined ? undefined : lookup(ctx.values, s.list);
  const items = Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
  const rows: RowSpec[] = [];
  for (let i = 0; i < Math.max(items.length, s.rows ?? 0); i++) {
    const item = items[i] ?? {};
    rows.push({
      border: 'grid',
      cells: s.columns.map((c, k) => {
        const v = lookup(item, c.key);
        const shown = c.date && typeof v === 'string' && isIsoDate(v) ? formatEraDate(v) : printable(v);
        // A table with no list is only written in by hand (連絡の記録): rows tall enough for two lines.
        return { width: widths[k]!, atoms: shown ? [text(shown)] : [], minHeight: s.list === undefined ? 34 : 22, where: s.title };
      }),
    });
  }
  flow.table(headerRow(s.columns.map((c, k) => ({ width: widths[k]!, label: c.label }))), rows);
}

export function paragraph(ctx: RenderContext, s: Extract<Section, { type: 'text' }>): void {
  heading(ctx, s);
  ctx.flow.row({ cells: [{ width: ctx.flow.width, atoms: [text(s.text)] }] });
}

/** Boxes to sign in, side by side, never split over pages. */
export function signatures(ctx: RenderContext, s: Extract<Section, { type: 'signatures' }>): void {
  heading(ctx, s);
  const { flow } = ctx;
  const gap = 12;
  const w = (flow.width - gap * (s.boxes.length - 1)) / s.boxes.length;
  flow.gap(4);
  flow.block(76, (x, y) => {
    const pdf = flow.pdf;
    s.boxes.forEach((name, i) => {
      const left = x + i * (w + gap);
      pdf.fillRect(left, y, w, 16, COLOR.fill);
      pdf.strokeRect(left, y, w, 72, 0.6, COLOR.rule);
      pdf.polyline([[left, y + 16], [left + w, y + 16]], 0.6, COLOR.rule);
      const head = flow.lines([text(name, { face: 'bold', size: SIZE.small + 1 })], w - 8)[0];
      if (head) flow.drawLine(head, left + 4, y + 2);
      const date = flow.lines([small(blankEraDate(ctx.today))], w - 8)[0];
      if (date) flow.drawLine(date, left + w - 4 - date.width, y + 72 - date.height - 2);
    });
  });
}

/** The first lines of the appendix: its heading and what it is. */
export function appendixHead(ctx: RenderContext, s: Extract<Section, { type: 'appendix' }>): void {
  const { flow } = ctx;
  const atoms: Atom[] = [text(s.title ?? '', { face: 'bold', size: SIZE.title }), ...(s.text ? [nl, text(s.text, { size: SIZE.small, color: COLOR.muted })] : [])];
  flow.row({ border: 'below', cells: [{ width: flow.width, padX: 0, atoms }] });
  flow.gap(4);
}
