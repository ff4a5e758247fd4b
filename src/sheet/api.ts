import path from 'node:path';
import { resolveCaseRef } from '../io/case/locate.js';
import { readCaseFile } from '../io/case/read.js';
import type { CaseInput } from '../core/case/types.js';
import { assertAnswersFit } from '../core/case/validate.js';
import { openProgram, resolveProgramFile, type CommandContext } from '../app/context.js';
import { problemsError, usageError } from '../core/diagnostics/errors.js';
import { caseMsg } from '../messages/case.js';
import { sheetCli } from '../messages/sheet.js';
import { readYamlFile } from '../io/files/read-yaml.js';
import { assertCanWrite, writePdf } from './output.js';
import type { Rendered } from './render.js';
import { renderForm, renderSheet, type DrawOptions } from './sheet.js';
import { readFormData } from './template/formdata.js';
import { DEFAULT_TEMPLATE, openTemplate } from './template/load.js';

export interface CaseRenderOptions extends DrawOptions {
  /** --program: the program, when the file does not name it (or to check that it does). */
  program?: string;
  /** --template: id or path; the support sheet by default. */
  template?: string;
}

export interface CaseRendered extends Rendered {
  /** Things to tell the user on stderr (never case data). */
  warnings: string[];
}

/**
 * Contract for the walk (`ikusei start` ends with it): the support sheet of a case, written
 * atomically (0600) to `out`. An existing file is kept unless `force`.
 */
export async function renderCaseToPdf(ctx: CommandContext, input: CaseInput, out: string, options: { force?: boolean } = {}): Promise<{ file: string; pages: number }> {
  const file = path.resolve(ctx.io.cwd, out);
  assertCanWrite(file, ctx.io.cwd, options.force ?? false);
  const rendered = await renderCase(ctx, input, {});
  writePdf(file, rendered.pdf, ctx.io.cwd, options.force ?? false);
  return { file, pages: rendered.pages };
}

/** The support sheet of a case already read: program from the file or --program, engine, layout. */
export async function renderCase(ctx: CommandContext, input: CaseInput, o: CaseRenderOptions): Promise<CaseRendered> {
  const opened = programOnce(ctx, programRef(ctx, input, o.program));
  // A program whose records are not a child's case (V: liaison, VI: a project) names its own layout.
  const lt = templateOnce(ctx, o.template ?? opened.program.program.template ?? DEFAULT_TEMPLATE);
  if (lt.template.kind !== 'sheet') throw usageError('TEMPLATE_NOT_SHEET', sheetCli.notASheetTemplate(lt.template.id), sheetCli.notASheetTemplateHint);
  const warnings: string[] = [];
  const changed = input.programHash !== undefined && input.programHash !== opened.program.hash;
  if (changed) warnings.push(sheetCli.programChanged(input.file));
  else assertAnswersFit(input, opened.program.graph);
  const rendered = await renderSheet(ctx, input, opened, lt, o);
  return { pdf: rendered.pdf, pages: rendered.pages, warnings };
}

/**
 * What `render` and `batch` do with one input: a session or answers file gives a support sheet;
 * a file for a form (its template named by --template or by `template:` in the file) gives the
 * form filled in. Without an input, a form template prints blank.
 */
export async function renderInput(ctx: CommandContext, ref: string | undefined, o: CaseRenderOptions): Promise<CaseRendered> {
  const file = ref === undefined ? undefined : resolveCaseRef(ref, ctx.home, ctx.io.cwd);
  const named = o.template ?? (file ? templateNamedIn(file) : undefined);
  const lt = named ? templateOnce(ctx, named, o.template === undefined) : undefined;
  if (lt?.template.kind === 'form') {
    const values = file ? readFormData(file, ctx.io.cwd, lt.template) : undefined;
    return { ...(await renderForm(ctx, lt, values, o)), warnings: [] };
  }
  if (!file) throw usageError('USAGE_MISSING_INPUT', sheetCli.render.needInput, sheetCli.render.needInputHint);
  return renderCase(ctx, readCaseFile(file, ctx.io.cwd, { home: ctx.home, passphrase: ctx.passphrase }), { ...o, ...(named ? { template: named } : {}) });
}

// A batch renders hundreds of cases of the same program with the same template: reading and
// checking them once per context (the command's, or a worker's) saves ~30 ms a sheet.
const programs = new WeakMap<CommandContext, Map<string, ReturnType<typeof openProgram>>>();
const templates = new WeakMap<CommandContext, Map<string, ReturnType<typeof openTemplate>>>();

function programOnce(ctx: CommandContext, ref: string): ReturnType<typeof openProgram> {
  const cache = programs.get(ctx) ?? new Map<string, ReturnType<typeof openProgram>>();
  programs.set(ctx, cache);
  const file = resolveProgramFile(ctx, ref);
  let opened = cache.get(file);
  if (!opened) cache.set(file, (opened = openProgram(ctx, file)));
  return opened;
}

function templateOnce(ctx: CommandContext, ref: string, namedByCase = false): ReturnType<typeof openTemplate> {
  const cache = templates.get(ctx) ?? new Map<string, ReturnType<typeof openTemplate>>();
  templates.set(ctx, cache);
  let lt = cache.get(ref);
  if (!lt) cache.set(ref, (lt = openTemplate(ref, ctx.io.cwd, { namedByCase })));
  return lt;
}

/** The program of a case: --program, or the one the file names; both must agree. */
function programRef(ctx: CommandContext, input: CaseInput, asked: string | undefined): string {
  if (asked && input.programId && resolveProgramFile(ctx, asked) !== resolveProgramFile(ctx, input.programId)) {
    throw problemsError('CASE_WRONG_PROGRAM', caseMsg.wrongProgram(input.file, input.programId, asked));
  }
  const ref = asked ?? input.programId;
  if (!ref) throw usageError('CASE_NO_PROGRAM', caseMsg.noProgram(input.file));
  return ref;
}

/** `template: oyako-kouryu` at the top of an answers file names the form it fills. */
function templateNamedIn(file: string): string | undefined {
  const read = readYamlFile(file, { withFrames: false });
  const value = read.value;
  return value && typeof value.template === 'string' && !('format' in value) ? value.template : undefined;
}
