import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { hasErrors } from '../../core/diagnostics/diagnostic.js';
import { problemsError, usageError } from '../../core/diagnostics/errors.js';
import { sheetMsg } from '../../messages/sheet.js';
import { yamlFilesIn } from '../../io/program/load.js';
import { displayPath } from '../../core/model/loaded.js';
import { schemaDiagnostics } from '../../core/schema/errors.js';
import { validators } from '../../io/schema/validators.js';
import { type PathSegment, type YamlSource } from '../../core/yaml/source.js';
import { readYamlFile } from '../../io/files/read-yaml.js';
import { templatesDir } from '../../io/paths.js';
import { SHEET_VALUE_KEYS } from './keys.js';
import { RESULT_SECTIONS, type Field, type Part, type Template } from './types.js';

export interface LoadedTemplate {
  path: string;
  template: Template;
  source: YamlSource;
}

/** The bundled support sheet layout, used when no --template is given. */
export const DEFAULT_TEMPLATE = 'sheet';

/** The templates that ship with ikusei (templates/*.yaml; templates/program/ holds other things). */
export function bundledTemplates(): string[] {
  return fs.existsSync(templatesDir) ? yamlFilesIn(templatesDir) : [];
}

/** A template named by id (templates/<id>.yaml) or by path. */
export function resolveTemplateFile(ref: string, cwd: string): string {
  const asPath = path.resolve(cwd, ref);
  if (/[\\/]|\.ya?ml$/i.test(ref) && fs.existsSync(asPath) && fs.statSync(asPath).isFile()) return asPath;
  const found = bundledTemplates().find((f) => path.basename(f).replace(/\.ya?ml$/i, '') === ref);
  if (found) return found;
  const ids = bundledTemplates().map((f) => path.basename(f).replace(/\.ya?ml$/i, ''));
  throw usageError('TEMPLATE_NOT_FOUND', sheetMsg.template.unknown(ref), sheetMsg.template.unknownHint(ids));
}

/** Reads, schema-checks and checks the meaning of a template file. */
export function loadTemplateFile(file: string, cwd: string, frames = true): { template?: LoadedTemplate; diagnostics: Diagnostic[] } {
  const abs = path.resolve(cwd, file);
  const read = readYamlFile(abs, { displayPath: displayPath(abs, cwd), withFrames: frames });
  if (!read.source || read.value === undefined) return { diagnostics: read.diagnostics };
  const validate = validators().template;
  const template = read.value;
  if (!validate(template)) return { diagnostics: schemaDiagnostics(validate.errors ?? [], read.source) };
  const diagnostics = templateProblems(template, read.source, abs);
  return { template: { path: abs, template, source: read.source }, diagnostics };
}

/**
 * Loads a template for drawing: any error stops the command (exit 1) with located messages. A
 * template named inside a case file (`template:`) may be any file: its lines are never printed.
 */
export function openTemplate(ref: string, cwd: string, options: { namedByCase?: boolean } = {}): LoadedTemplate {
  const file = resolveTemplateFile(ref, cwd);
  const loaded = loadTemplateFile(file, cwd, !options.namedByCase);
  if (!loaded.template || hasErrors(loaded.diagnostics)) {
    const shown = displayPath(file, cwd);
    throw problemsError('TEMPLATE_INVALID', sheetMsg.template.hasErrors(shown), loaded.diagnostics.filter((d) => d.severity === 'error'), sheetMsg.template.hasErrorsHint(shown));
  }
  return loaded.template;
}

/** What the schema cannot say: one kind per part, keys a sheet knows, sections a form may use. */
export function templateProblems(t: Template, source: YamlSource, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (p: PathSegment[], message: string, target: 'key' | 'value' = 'value') => out.push(source.atPath(p, 'TEMPLATE_INVALID', message, { target }));
  const expected = path.basename(file).replace(/\.ya?ml$/i, '');
  if (t.id !== expected) at(['id'], sheetMsg.template.idMismatch(t.id, expected));
  t.sections.forEach((s, i) => {
    if (t.kind === 'form' && (RESULT_SECTIONS as readonly string[]).includes(s.type)) at(['sections', i, 'type'], sheetMsg.template.sheetOnly(s.type));
    if (s.type === 'fields') s.fields.forEach((f, j) => checkField(f, ['sections', i, 'fields', j], t.kind, at));
    // A sheet has no lists to print: its tables are blank, for handwriting (連絡の記録).
    if (s.type === 'table' && t.kind === 'sheet' && s.list !== undefined) at(['sections', i, 'list'], sheetMsg.template.formOnly('list'), 'key');
  });
  return out;
}

type At = (p: PathSegment[], message: string, target?: 'key' | 'value') => void;

function checkField(f: Field, p: PathSegment[], kind: Template['kind'], at: At): void {
  if ((f.parts === undefined) === (f.lines === undefined)) at(p, sheetMsg.template.partsOrLines);
  if (f.count !== undefined && f.each === undefined) at([...p, 'count'], sheetMsg.template.countWithoutEach, 'key');
  if (f.each !== undefined && kind === 'sheet') at([...p, 'each'], sheetMsg.template.formOnly('each'), 'key');
  const rows = f.lines ?? (f.parts ? [f.parts] : []);
  rows.forEach((row, r) => row.forEach((part, k) => checkPart(part, f.lines ? [...p, 'lines', r, k] : [...p, 'parts', k], kind, f.each !== undefined, at)));
}

const KINDS = ['text', 'value', 'date', 'choice', 'note'] as const;
/** Keys that belong to one kind of part. */
const ONLY_WITH: [keyof Part, (typeof KINDS)[number]][] = [['width_mm', 'value'], ['any_era', 'date'], ['options', 'choice'], ['multiple', 'choice'], ['vertical', 'choice'], ['lines', 'note']];

function checkPart(part: Part, p: PathSegment[], kind: Template['kind'], inEach: boolean, at: At): void {
  const kinds = KINDS.filter((k) => part[k] !== undefined);
  if (kinds.length !== 1) return at(p, sheetMsg.template.onePartKind(kinds));
  const which = kinds[0]!;
  for (const [key, owner] of ONLY_WITH) {
    if (part[key] !== undefined && owner !== which) at([...p, key], sheetMsg.template.onlyWith(key, owner), 'key');
  }
  if (which === 'choice') {
    if (!part.options) at(p, sheetMsg.template.choiceNeedsOptions);
    const seen = new Set<string>();
    part.options?.forEach((o, i) => {
      if (seen.has(String(o.value))) at([...p, 'options', i, 'value'], sheetMsg.template.duplicateOption(String(o.value)));
      seen.add(String(o.value));
    });
  }
  const key = part.value ?? part.date ?? part.choice ?? part.note;
  if (key !== undefined && kind === 'sheet' && !inEach && !SHEET_VALUE_KEYS.includes(key)) {
    at([...p, which], sheetMsg.template.unknownSheetKey(key, SHEET_VALUE_KEYS));
  }
}
