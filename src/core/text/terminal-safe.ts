/**
 * The one gate between text from a file or an argument and the terminal. A label, memo, file name
 * or program title may hold control characters: ESC starts sequences that move the cursor, clear
 * the screen or set the window title (`X\e]0;PWNED\a\e[2J`), and bidi overrides make text read
 * differently from what it is. Each such character is shown visibly instead, as \u{1b}.
 *
 * Escaped: C0 controls (U+0000–U+001F, with tab and line feed kept only in `multiline` text), DEL
 * and C1 controls (U+007F–U+009F; U+009B is a one-character CSI), the bidi embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) and the invisible marks that steer them (U+061C, U+200E,
 * U+200F), and the line and paragraph separators (U+2028, U+2029).
 */
export function terminalSafe(text: string, options: { multiline?: boolean } = {}): string {
  const pattern = options.multiline ? UNSAFE_MULTILINE : UNSAFE;
  return text.replace(pattern, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}

/** The same for every string inside a value (a program or a session shown by `show`), keeping line breaks. */
export function terminalSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return terminalSafe(value, { multiline: true }) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafeDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = terminalSafeDeep(v);
    return out as T;
  }
  return value;
}

/**
 * JSON for stdout: JSON.stringify escapes C0 controls but leaves C1 (U+009B is a one-character CSI)
 * and bidi controls raw. They are written as \\u escapes here: the same JSON value, inert on a terminal.
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether a string holds a character that terminalSafe would escape (lint refuses them in programs). */
export function unsafeCharAt(text: string): number {
  UNSAFE_MULTILINE.lastIndex = 0;
  const m = UNSAFE_MULTILINE.exec(text);
  UNSAFE_MULTILINE.lastIndex = 0;
  return m ? m.index : -1;
}

const CLASSES = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\t\\n${CLASSES}]`, 'g');
const UNSAFE_MULTILINE = new RegExp(`[${CLASSES}]`, 'g');
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
