import path from 'node:path';
import { ExitCode, IkuseiError, environmentError, usageError } from '../core/diagnostics/errors.js';
import { fsMsg } from '../messages/case.js';
import { common } from '../messages/common.js';
import { sheetCli } from '../messages/sheet.js';
import { displayPath } from '../core/model/loaded.js';
import { readFileCapped } from '../io/files/read-capped.js';
import type { CommandContext } from '../app/command-context.js';

/**
 * Where the password of an encrypted PDF comes from (render, checklist, batch). A password on the
 * command line is seen by every user of the machine (ps, /proc) and kept in the shell history, so
 * it is read from a prompt (`--password` without a value), a file (`--password-file`, its first
 * line) or the environment (IKUSEI_PDF_PASSWORD). `--password <value>` still works for old
 * scripts, with a warning. The password is never printed.
 */

export const PDF_PASSWORD_ENV = 'IKUSEI_PDF_PASSWORD';
const MAX_FILE_BYTES = 4096;

export interface PasswordFlags {
  /** commander's `--password [value]`: true when given without a value. */
  password?: string | boolean;
  passwordFile?: string;
}

/** Settles `o.password` to the password to use (a string) or none, before anything is drawn. */
export async function resolvePdfPassword(ctx: CommandContext, o: PasswordFlags): Promise<void> {
  const m = sheetCli.password;
  let password: string | undefined;
  if (o.passwordFile !== undefined) password = fromFile(ctx, o.passwordFile);
  else if (typeof o.password === 'string') {
    ctx.io.stderr.write(`${ctx.err.yellow.bold(sheetCli.warning)}: ${m.onCommandLine}\n`);
    password = o.password;
  } else if (o.password === true) password = await ask(ctx);
  else if (ctx.io.env[PDF_PASSWORD_ENV]) password = ctx.io.env[PDF_PASSWORD_ENV];
  if (password === '') throw usageError('USAGE_EMPTY_PASSWORD', m.empty, m.hint);
  // pdf.js (Firefox's viewer) reads an R 5 password as Latin-1, so a Japanese one does not open there.
  if (password !== undefined && /[^\x20-\x7e]/.test(password)) ctx.io.stderr.write(`${ctx.err.yellow.bold(sheetCli.warning)}: ${m.nonAscii}\n`);
  if (password === undefined) delete o.password;
  else o.password = password;
}

function fromFile(ctx: CommandContext, file: string): string {
  const abs = path.resolve(ctx.io.cwd, file);
  let text: string;
  try {
    text = readFileCapped(abs, MAX_FILE_BYTES).toString('utf8');
  } catch (error) {
    throw environmentError('FILE_UNREADABLE', fsMsg.readFailed(displayPath(abs, ctx.io.cwd), (error as NodeJS.ErrnoException).code), sheetCli.password.hint);
  }
  return (text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').trimEnd();
}

/** Asked twice on a terminal: a typo would lock the PDF for good. */
async function ask(ctx: CommandContext): Promise<string> {
  const m = sheetCli.password;
  if (!ctx.io.stdin.isTTY || !ctx.io.stdout.isTTY) throw usageError('USAGE_NEED_TTY', m.needTty, m.hint);
  const { Ui } = await import('../walk/ui/prompts.js');
  const ui = new Ui(ctx);
  try {
    for (;;) {
      const first = await ui.password(m.prompt, m.hidden, (v) => (v === '' ? m.empty : true));
      const second = await ui.password(m.repeat, m.hidden);
      if (first === second) return first;
      ui.write(ui.c.yellow(m.mismatch));
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'WalkInterrupted') throw new IkuseiError('INTERRUPTED', common.interrupted, ExitCode.INTERRUPTED);
    throw error;
  } finally {
    ui.close();
  }
}
