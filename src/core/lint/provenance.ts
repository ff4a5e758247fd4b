import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import { parseFiscalYear } from '../model/calendar.js';
import type { Catalog, DueSpec, Program, Resource, Source, WindowDef } from '../model/types.js';
import type { PathSegment, YamlSource } from '../yaml/source.js';
import { effectsSites } from './sites.js';

// Checks of what a caseworker is told about time and evidence: deadlines and windows that the
// engine can date, sources marked primary or secondary, amounts with their 年度, and no notes
// meant for authors in anything that is printed.

type At = (path: PathSegment[], code: Diagnostic['code'], message: string, severity?: Diagnostic['severity']) => Diagnostic;

function atOf(source: YamlSource): At {
  return (path, code, message, severity = 'error') => source.atPath(path, code, message, severity === 'warning' ? { severity } : {});
}

/** Program-side checks: due specs, window references, review rules, basis, source kinds, author notes. */
export function lintProgramProvenance(program: Program, file: { readonly source: YamlSource }, catalog: Catalog | undefined): Diagnostic[] {
  const at = atOf(file.source);
  const out: Diagnostic[] = [];
  const windows = new Map<string, WindowDef>(catalog?.windows ?? []);
  program.windows?.forEach((w, i) => {
    out.push(...windowProblems(w, ['windows', i], at));
    if (catalog?.windows.has(w.id) || program.windows!.findIndex((x) => x.id === w.id) !== i) out.push(at(['windows', i, 'id'], 'DUPLICATE_ID', msg.duplicateWindow(w.id)));
    windows.set(w.id, w);
  });
  if (!program.basis) out.push(at(['title'], 'NO_BASIS', msg.noBasis, 'warning'));
  if (program.visit_interval) out.push(...intervalProblems(program.visit_interval, ['visit_interval'], at));
  program.review_rules?.forEach((r, i) => out.push(...intervalProblems(r, ['review_rules', i], at)));
  const needsVisit: PathSegment[][] = [];
  for (const { effects, path } of effectsSites(program)) {
    const due = (spec: DueSpec | undefined, p: PathSegment[]) => {
      if (spec === undefined || typeof spec === 'string') return;
      const units = (['days', 'weeks', 'months', 'visit', 'window'] as const).filter((k) => spec[k] !== undefined);
      if (units.length !== 1) out.push(at([...p, 'due'], 'BAD_DUE', msg.badDue));
      if (spec.window !== undefined && !windows.has(spec.window)) out.push(at([...p, 'due', 'window'], 'UNKNOWN_WINDOW', msg.unknownWindow(spec.window)));
      if (spec.visit) needsVisit.push([...p, 'due', 'visit']);
    };
    effects.actions?.forEach((a, k) => due(a.due, [...path, 'actions', k]));
    for (const kind of ['referrals', 'resources'] as const) {
      effects[kind]?.forEach((r, k) => {
        const p = [...path, kind, k];
        due(r.due, p);
        if (r.due !== undefined && r.reference) out.push(at([...p, 'reference'], 'BAD_DUE', msg.dueAndReference));
        if (r.due === undefined && !r.reference) out.push(at(p, 'NO_DUE', msg.noDue(kind === 'referrals' ? msg.agency : msg.resource), 'warning'));
      });
    }
  }
  if (!program.visit_interval) for (const p of needsVisit) out.push(at(p, 'BAD_DUE', msg.noVisitInterval));
  out.push(...sourceProblems(program.sources, ['sources'], at));
  out.push(...authorNotes(program, [], at, PROGRAM_SKIP));
  return out;
}

/** Catalog-side checks for one file: windows, amounts' 年度, source kinds, author notes. */
export function lintCatalogProvenance(data: { agencies?: { sources: Source[] }[]; resources?: Resource[] }, file: { readonly source: YamlSource }): Diagnostic[] {
  const at = atOf(file.source);
  const out: Diagnostic[] = [];
  data.agencies?.forEach((a, i) => out.push(...sourceProblems(a.sources, ['agencies', i, 'sources'], at)));
  data.resources?.forEach((r, i) => {
    const base: PathSegment[] = ['resources', i];
    out.push(...sourceProblems(r.sources, [...base, 'sources'], at));
    r.windows?.forEach((w, k) => out.push(...windowProblems(w, [...base, 'windows', k], at)));
    r.amounts?.forEach((a, k) => {
      if (parseFiscalYear(a.fiscal_year) === undefined && !a.fiscal_year.includes('要確認')) out.push(at([...base, 'amounts', k, 'fiscal_year'], 'BAD_FISCAL_YEAR', msg.badFiscalYear));
    });
    const primary = r.sources.some((s) => s.kind === 'primary');
    const confirmed = (r.amounts ?? []).some((a) => !`${a.text}${a.fiscal_year}`.includes('要確認'));
    if (confirmed && !primary) out.push(at([...base, 'amounts'], 'SECONDARY_ONLY', msg.secondaryOnly, 'warning'));
  });
  out.push(...authorNotes(data, [], at, CATALOG_SKIP));
  return out;
}

function windowProblems(w: WindowDef, path: PathSegment[], at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const key of ['from', 'to'] as const) if (!realDay(w[key])) out.push(at([...path, key], 'BAD_WINDOW', msg.badWindowDate(w[key])));
  if (w.from.length !== w.to.length && w.to.length === 10) out.push(at([...path, 'to'], 'BAD_WINDOW', msg.windowMixed));
  if (w.from.length === 10 && w.to.length === 10 && w.to < w.from) out.push(at([...path, 'to'], 'BAD_WINDOW', msg.windowBackwards));
  out.push(...sourceProblems(w.sources, [...path, 'sources'], at));
  return out;
}

/** 'MM-DD' is checked against a leap year (02-29 recurs); 'YYYY-MM-DD' must exist that year. */
function realDay(d: string): boolean {
  const iso = d.length === 5 ? `2024-${d}` : d;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso;
}

function intervalProblems(i: { days?: number; weeks?: number; months?: number }, path: PathSegment[], at: At): Diagnostic[] {
  const units = (['days', 'weeks', 'months'] as const).filter((k) => i[k] !== undefined);
  return units.length === 1 ? [] : [at(path, 'BAD_DUE', msg.badInterval)];
}

function sourceProblems(sources: readonly Source[] | undefined, path: PathSegment[], at: At): Diagnostic[] {
  const out: Diagnostic[] = [];
  sources?.forEach((s, i) => {
    if (s.kind === undefined) out.push(at([...path, i], 'SOURCE_KIND', msg.sourceKind, 'warning'));
  });
  return out;
}

// Notes for authors that must never reach a printed page: the seeds the content was built from,
// the tools and data sets used, commits, to-dos.
const AUTHOR_NOTE = /\bseeds?\b|シード|OpenFisca|\bcommits?\b|コミット|\bTODO\b|\bFIXME\b|ikusei (lint|test)/;
// An id in a list (tools name catalog entries by id) is not prose.
const ID = /^[a-z][a-z0-9_-]*$/;
// Keys whose values are never printed: ids, trainer notes, machine data, tests.
const SKIP_COMMON = new Set(['id', 'note', 'url', 'checked', 'kind', 'when', 'next', 'unknown_next', 'agency', 'resource', 'flag', 'value', 'start', 'window']);
const PROGRAM_SKIP = new Set([...SKIP_COMMON, 'tests']);
const CATALOG_SKIP = SKIP_COMMON;

/** Any printed string that carries an author note. A source's `note` is for trainers and may. */
function authorNotes(value: unknown, path: PathSegment[], at: At, skip: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const visit = (v: unknown, p: PathSegment[]) => {
    if (typeof v === 'string') {
      const m = ID.test(v) ? null : AUTHOR_NOTE.exec(v);
      if (m) out.push(at(p, 'AUTHOR_NOTE', msg.authorNote(m[0])));
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!skip.has(k)) visit(x, [...p, k]);
  };
  visit(value, path);
  return out;
}
