import type { ChalkInstance } from 'chalk';
import { cellWidth } from '../core/text/width.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { common } from '../messages/common.js';
import { terminalSafeDeep } from '../core/text/terminal-safe.js';

/**
 * `file:line:column: エラー: message [CODE]`, a hint and a code frame: the format editors link.
 * Carets line up under Japanese text (cellWidth counts cells).
 */
export function formatDiagnostic(raw: Diagnostic, c: ChalkInstance): string {
  // File names, quoted values and frame lines come from files and arguments: escaped for the terminal.
  const d = terminalSafeDeep(raw);
  const place = [d.file, d.line, d.column].filter((x) => x !== undefined).join(':');
  const label = d.severity === 'error' ? c.red.bold(common.error) : c.yellow.bold(common.warning);
  const lines = [`${place ? c.bold(place) + ': ' : ''}${label}: ${d.message} ${c.dim(`[${d.code}]`)}`];
  if (d.hint) lines.push(`  ${c.cyan(common.hint)}: ${d.hint}`);
  if (d.frame) {
    const width = String(Math.max(...d.frame.map((f) => f.line))).length;
    for (const f of d.frame) {
      const no = String(f.line).padStart(width);
      lines.push(`${f.mark ? c.red('>') : ' '} ${c.dim(`${no} |`)} ${f.text}`);
      if (f.mark) lines.push(`  ${' '.repeat(width)} ${c.dim('|')} ${' '.repeat(cellWidth(f.mark.before))}${c.red('^'.repeat(Math.max(1, cellWidth(f.mark.span))))}`);
    }
  }
  return lines.join('\n');
}

/** Diagnostics as plain data for `--format json`: no frames, stable keys. */
export function diagnosticJson(d: Diagnostic) {
  return {
    file: d.file ?? null,
    line: d.line ?? null,
    column: d.column ?? null,
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
  };
}
