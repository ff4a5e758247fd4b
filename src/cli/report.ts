import type { CommandContext } from '../app/command-context.js';
import { formatDiagnostic } from '../app/report.js';
import { ExitCode, IkuseiError, type ExitCodeValue } from '../core/diagnostics/errors.js';
import { isPromptCancel } from '../core/diagnostics/prompt-cancel.js';
import { terminalSafe } from '../core/text/terminal-safe.js';
import { common } from '../messages/common.js';

/**
 * The one place that turns a failure into words on stderr and an exit code. An IkuseiError ends
 * with its code dimmed in brackets, like a diagnostic (`ikusei: message [CODE]`), so that support
 * and tests can tell failures apart without matching the wording. Unexpected errors print a
 * bug-report line, never a stack trace (IKUSEI_DEBUG=1 shows it).
 */
export function reportError(error: unknown, ctx: Pick<CommandContext, 'io' | 'err'>): ExitCodeValue {
  const { io, err: c } = ctx;
  const line = (s: string) => io.stderr.write(s + '\n');
  if (error instanceof IkuseiError) {
    for (const d of error.options.diagnostics ?? []) line(formatDiagnostic(d, c));
    line(`${c.bold(common.prefix)}: ${terminalSafe(error.message, { multiline: true })} ${c.dim(`[${error.code}]`)}`);
    if (error.options.hint) line(`  ${c.cyan(common.hint)}: ${terminalSafe(error.options.hint, { multiline: true })}`);
    return error.exitCode;
  }
  if (isPromptCancel(error)) {
    line(`${c.bold(common.prefix)}: ${common.interrupted}`);
    return ExitCode.INTERRUPTED;
  }
  line(`${c.bold(common.prefix)}: ${c.red(common.internal)}`);
  line(`  ${c.cyan(common.hint)}: ${common.internalHint}`);
  if (io.env.IKUSEI_DEBUG) line(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return ExitCode.INTERNAL;
}
