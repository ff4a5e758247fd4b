import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { ExitCode, IkuseiError, problemsError } from '../../core/diagnostics/errors.js';
import { sheetMsg } from '../../messages/sheet.js';
import { displayPath } from '../../core/model/loaded.js';
import { type PathSegment } from '../../core/yaml/source.js';
import { readYamlFile } from '../../io/files/read-yaml.js';
import { suggest } from '../../core/text/suggest.js';
import { isIsoDate } from '../dates.js';
import type { Part, Template } from './types.js';

/** What a form template expects of each name: its kind and, for choices, the allowed values. */
interface Expect {
  kind: 'value' | 'date' | 'choice' | 'note';
  values?: Set<string>;
  multiple?: boolean;
}

interface Schema {
  fields: Map<string, Expect>;
  lists: Map<string, Map<string, Expect>>;
}

/** The names a form template reads, gathered from its parts, `each` lists and tables. */
export function formSchema(t: Template): Schema {
  const schema: Schema = { fields: new Map(), lists: new Map() };
  const add = (into: Map<string, Expect>, p: Part) => {
    const kind = p.value !== undefined ? 'value' : p.date !== undefined ? 'date' : p.choice !== undefined ? 'choice' : p.note !== undefined ? 'note' : undefined;
    if (!kind) return;
    const key = (p.value ?? p.date ?? p.choice ?? p.note)!;
    const e = into.get(key) ?? { kind, ...(kind === 'choice' ? { values: new Set<string>() } : {}) };
    for (const o of p.options ?? []) e.values?.add(String(o.value));
    if (p.multiple) e.multiple = true;
    into.set(key, e);
  };
  const list = (name: string) => {
    const m = schema.lists.get(name) ?? new Map<string, Expect>();
    schema.lists.set(name, m);
    return m;
  };
  for (const s of t.sections) {
    if (s.type === 'fields') {
      for (const f of s.fields) for (const p of (f.lines ?? [f.parts ?? []]).flat()) add(f.each ? list(f.each) : schema.fields, p);
    }
    if (s.type === 'table' && s.list !== undefined) for (const c of s.columns) list(s.list).set(c.key, { kind: c.date ? 'date' : 'value' });
  }
  return schema;
}

/**
 * Reads the answers for a form: YAML or JSON, `{ template?, answers: {…} }` or the answers map
 * alone. Every name must be one the template prints, dates YYYY-MM-DD, choices one of the
 * options. Errors are located but never quote the file's lines (they hold case data).
 */
export function readFormData(file: string, cwd: string, t: Template): Record<string, unknown> {
  const abs = path.resolve(cwd, file);
  const shown = displayPath(abs, cwd);
  const read = readYamlFile(abs, { displayPath: shown, withFrames: false });
  if (!read.source || read.value === undefined) {
    if (read.diagnostics.some((d) => d.code === 'FILE_NOT_FOUND' || d.code === 'FILE_UNREADABLE')) throw new IkuseiError(read.diagnostics[0]!.code === 'FILE_NOT_FOUND' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', read.diagnostics[0]!.message, ExitCode.ENVIRONMENT);
    throw problemsError('ANSWERS_INVALID', sheetMsg.form.invalid(shown), read.diagnostics);
  }
  const source = read.source;
  const top = read.value;
  const wrapped = 'answers' in top;
  const values: unknown = wrapped ? top.answers : top;
  const base: PathSegment[] = wrapped ? ['answers'] : [];
  const problems: Diagnostic[] = [];
  const at = (p: PathSegment[], message: string, target: 'key' | 'value' = 'value') => problems.push(source.atPath(p, 'ANSWERS_INVALID', message, { target }));
  if (wrapped) {
    for (const k of Object.keys(top)) if (!['template', 'answers'].includes(k)) at([k], sheetMsg.form.unknownTop(k), 'key');
  }
  if (!isMap(values)) at(base, sheetMsg.form.notMap);
  else checkMap(values, formSchema(t), base, at, true);
  if (problems.length) throw problemsError('CASE_INVALID', sheetMsg.form.problems(shown, problems.length), problems);
  return isMap(values) ? values : {};
}

type At = (p: PathSegment[], message: string, target?: 'key' | 'value') => void;

function checkMap(values: Record<string, unknown>, schema: Schema, base: PathSegment[], at: At, top: boolean): void {
  const known = [...schema.fields.keys(), ...(top ? schema.lists.keys() : [])];
  for (const [key, v] of Object.entries(values)) {
    const p = [...base, key];
    if (v === null || v === undefined || v === '') continue; // left empty on purpose
    const list = top ? schema.lists.get(key) : undefined;
    if (list) {
      if (!Array.isArray(v)) at(p, sheetMsg.form.notList);
      else v.forEach((item, i) => (isMap(item) ? checkMap(item, { fields: list, lists: new Map() }, [...p, i], at, false) : at([...p, i], sheetMsg.form.notMap)));
      continue;
    }
    const e = schema.fields.get(key);
    if (!e) {
      at(p, sheetMsg.form.unknownName(key, suggest(key, known)), 'key');
      continue;
    }
    const problem = valueProblem(e, v);
    if (problem) at(p, problem);
  }
}

function valueProblem(e: Expect, v: unknown): string | undefined {
  switch (e.kind) {
    case 'date':
      return typeof v === 'string' && isIsoDate(v) ? undefined : sheetMsg.form.badDate;
    case 'choice': {
      const allowed = [...e.values!];
      const list = Array.isArray(v) ? v : [v];
      if (Array.isArray(v) && !e.multiple) return sheetMsg.form.oneChoice(allowed);
      return list.every((x) => (typeof x === 'string' || typeof x === 'number') && e.values!.has(String(x))) ? undefined : sheetMsg.form.badChoice(allowed);
    }
    default:
      return typeof v === 'string' || typeof v === 'number' ? undefined : sheetMsg.form.notText;
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
