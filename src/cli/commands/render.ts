import path from 'node:path';
import { ExitCode, usageError, type ExitCodeValue } from '../../core/diagnostics/errors.js';
import { sheetCli } from '../../messages/sheet.js';
import { displayPath } from '../../core/model/loaded.js';
import type { CommandContext } from '../../app/context.js';
import { resolvePdfPassword } from '../pdf-password.js';
import { dateOption } from '../date-option.js';
import type { DrawFlags } from './drawing.spec.js';
import type { RenderOptions } from './render.spec.js';


/** The drawing options shared by render, checklist and batch, from commander's flags. */
export function drawOptions(o: DrawFlags) {
  return {
    font: { ...(o.font ? { font: o.font } : {}), ...(o.fontBold ? { fontBold: o.fontBold } : {}) },
    ...(typeof o.password === 'string' && o.password ? { password: o.password } : {}),
    deterministic: o.deterministic === true,
    ...(o.date !== undefined ? { date: dateOption(o.date)! } : {}),
    ...(o.appendix === false ? { noAppendix: true } : {}),
  };
}

/** `ikusei render [input] -o out.pdf`: a support sheet, or a form (blank or filled). */
export async function run(ctx: CommandContext, args: string[], o: RenderOptions): Promise<ExitCodeValue> {
  if (!o.output) throw usageError('USAGE_MISSING_OPTION', sheetCli.output.needOutput);
  await resolvePdfPassword(ctx, o);
  // pdfkit and the font load only here, never for `ikusei --help`.
  const { assertCanWrite, writePdf } = await import('../../sheet/output.js');
  const { renderInput } = await import('../../sheet/api.js');
  const out = path.resolve(ctx.io.cwd, o.output);
  const force = o.force === true;
  assertCanWrite(out, ctx.io.cwd, force);
  const rendered = await renderInput(ctx, args[0], { ...drawOptions(o), ...(o.program ? { program: o.program } : {}), ...(o.template ? { template: o.template } : {}) });
  for (const w of rendered.warnings) ctx.io.stderr.write(`${ctx.err.yellow.bold(sheetCli.warning)}: ${w}\n`);
  writePdf(out, rendered.pdf, ctx.io.cwd, force);
  ctx.io.stdout.write(sheetCli.render.done(displayPath(out, ctx.io.cwd), rendered.pages) + '\n');
  return ExitCode.OK;
}
