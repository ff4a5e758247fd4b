import { dedupeBecause } from '../../core/engine/wording.js';
import type { Because } from '../../core/engine/types.js';
import { sheetMsg } from '../../messages/sheet.js';
import type { Atom } from '../layout/inline.js';
import type { CellSpec, Flow, RowSpec } from '../layout/flow.js';
import { COLOR, MM, SIZE } from '../layout/styles.js';
import type { Section, Template } from '../template/types.js';

/** What every section renderer receives. */
export interface RenderContext {
  flow: Flow;
  template: Template;
  /** Values for `fields` sections: a form's answers, or a sheet's case/program values. */
  values: Record<string, unknown>;
  /** The sheet's date, YYYY-MM-DD (fixed under --deterministic). */
  today: string;
}

/** A label of a section: the template's wording if it has one, else the standard one. */
export function label(section: Section | undefined, key: string, vars: Record<string, string | number> = {}): string {
  const defaults = sheetMsg.labels as Record<string, Record<string, string>>;
  const raw = section?.labels?.[key] ?? (section ? defaults[section.type]?.[key] : undefined) ?? defaults.common?.[key] ?? key;
  return raw.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function text(s: string, o: Omit<Extract<Atom, { kind: 'text' }>, 'kind' | 'text'> = {}): Atom {
  return { kind: 'text', text: s, ...o };
}

export const small = (s: string, where?: string): Atom => text(s, { size: SIZE.small, color: COLOR.muted, ...(where ? { where } : {}) });

/** A newline between atoms of one cell. */
export const nl: Atom = { kind: 'text', text: '\n' };

/** 「根拠: 出席状況＝欠席が増えている／年齢＝16歳」 in small type: why an item is on the sheet. */
/**
 * The 根拠 of each item of a section; a block identical to an earlier item's names that item
 * instead of repeating it (engine/wording.ts dedupeBecause, shared with the screen).
 */
export function becauseList<T extends { because: Because[] }>(section: Section, items: T[], name: (i: number) => string): (i: number) => Atom[] {
  const blocks = dedupeBecause(items);
  return (i) => {
    const b = blocks[i]!;
    if (!('sameAs' in b)) return becauseAtoms(section, b.full);
    if ('because' in section && section.because === false) return [];
    return [nl, small(`${label(section, 'because')}: ${label(section, 'sameAs', { item: name(b.sameAs) })}`, section.title)];
  };
}

export function becauseAtoms(section: Section, items: Because[]): Atom[] {
  if (items.length === 0 || ('because' in section && section.because === false)) return [];
  const list = items.map((b) => sheetMsg.because(b.label, b.display)).join(sheetMsg.separator);
  return [nl, small(`${label(section, 'because')}: ${list}`, section.title)];
}

/** The section heading: bold on a grey band, kept on the page with what follows. */
export function heading(ctx: RenderContext, section: Section): void {
  const { flow } = ctx;
  if (section.break_before && flow.pages > 0 && flow.y > flow.geo.top + 1) flow.newPage();
  flow.gap(7);
  if (!section.title) return;
  flow.heading({ cells: [{ width: flow.width, atoms: [text(section.title, { face: 'bold', size: SIZE.heading })], fill: COLOR.fill, padY: 3 }], keep: true });
}

/** 「なし」 (or the section's own `empty` text) when a section has nothing to list. */
export function empty(ctx: RenderContext, section: Section): void {
  ctx.flow.row({ cells: [{ width: ctx.flow.width, atoms: [text(section.empty ?? label(section, 'none'), { color: COLOR.muted })] }] });
}

/** A table header row: small bold labels on grey. */
export function headerRow(cells: { width: number; label: string }[]): RowSpec {
  return {
    border: 'grid',
    keep: true,
    cells: cells.map((c) => ({ width: c.width, fill: COLOR.fill, atoms: [text(c.label, { face: 'bold', size: SIZE.small })], padY: 2 })),
  };
}

/** Column widths in points: fixed ones in mm, the first `undefined` takes the rest. */
export function columns<T extends readonly (number | undefined)[]>(total: number, mm: readonly [...T]): { [K in keyof T]: number } {
  const fixed = mm.reduce<number>((s, w) => s + (w ?? 0) * MM, 0);
  const flexible = mm.filter((w) => w === undefined).length;
  // One width per column given: map keeps the tuple's length, which its type cannot say.
  return mm.map((w) => (w === undefined ? Math.max(20, (total - fixed) / Math.max(1, flexible)) : w * MM)) as { [K in keyof T]: number };
}

/** A check-box cell (the box centred in a narrow column). */
export function boxCell(width: number, checked = false): CellSpec {
  return { width, atoms: [{ kind: 'box', checked }], align: 'center', padX: 2 };
}

/** Looks a dotted key (case.label) up in nested values. */
export function lookup(values: Record<string, unknown>, key: string): unknown {
  let v: unknown = values;
  for (const k of key.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}
