import { runBin } from '../helpers/bin.js';

/** The memory and time every bad input must stay within: a crash by either is a failure. */
export const HEAP_MB = 256;
/**
 * For files just under LIMITS.maxItems: the limit admits the 10,000-node benchmark program,
 * and a file of that many of the simplest items needs up to about 350 MB.
 */
export const HEAP_MB_AT_ITEM_LIMIT = 512;
export const TIMEOUT_MS = 30_000;

/**
 * Runs the built binary as runBin does (clean environment, no colour), but under a V8 heap cap
 * and a wall-clock limit, so that a file which makes ikusei balloon or hang fails the test
 * instead of slowing the machine.
 */
export function runCapped(args: string[], options: { cwd: string; home: string; timeout?: number; heapMb?: number }) {
  return runBin(args, {
    node: [`--max-old-space-size=${options.heapMb ?? HEAP_MB}`],
    cwd: options.cwd,
    timeout: options.timeout ?? TIMEOUT_MS,
    env: { IKUSEI_HOME: options.home },
  });
}

/** One printed diagnostic: `file:line:column: エラー: message [CODE]` (place parts may be absent). */
export interface PrintedDiagnostic {
  place?: string;
  line?: number;
  column?: number;
  severity: string;
  message: string;
  code: string;
}

const DIAGNOSTIC = /^(?:(.*?)(?::(\d+):(\d+))?: )?(エラー|警告): (.*) \[([A-Z][A-Z0-9_]*)\]$/;

export function printedDiagnostics(output: string): PrintedDiagnostic[] {
  const out: PrintedDiagnostic[] = [];
  for (const line of output.split('\n')) {
    const m = DIAGNOSTIC.exec(line);
    if (!m) continue;
    out.push({
      ...(m[1] ? { place: m[1] } : {}),
      ...(m[2] ? { line: Number(m[2]), column: Number(m[3]) } : {}),
      severity: m[4]!,
      message: m[5]!,
      code: m[6]!,
    });
  }
  return out;
}

/** Hiragana, katakana or kanji: the message is Japanese. */
export const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** What must never be printed: a JS stack frame, an English error, a V8 crash report. */
export const STACK_FRAME = /\bat .*:\d+:\d+/;
export const ENGLISH_ERROR = /Error:|FATAL ERROR|heap out of memory/;
