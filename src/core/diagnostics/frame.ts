import type { FrameLine } from './diagnostic.js';

/**
 * A few lines around a position, with the marked span given as text: the printer measures it in
 * terminal cells (yaml's own prettyErrors pads the caret in UTF-16 units, which lands too far
 * left under Japanese).
 */
export function codeFrame(lines: readonly string[], line: number, column: number, length: number, context = 1): FrameLine[] {
  const frame: FrameLine[] = [];
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  // A line of 40,000 brackets must not be printed whole: show a window around the column.
  const from = Math.max(0, column - 1 - WINDOW_BEFORE);
  const clip = (text: string) => {
    if (text.length <= WINDOW) return { text, start: 0, end: text.length };
    const start = /[\udc00-\udfff]/.test(text[from] ?? '') ? from + 1 : from; // not half a surrogate pair
    const end = start + WINDOW;
    return { text: (start > 0 ? '…' : '') + text.slice(start, end) + (text.length > end ? '…' : ''), start, end };
  };
  for (let no = first; no <= last; no++) {
    const { text, start, end } = clip((lines[no - 1] ?? '').replace(/\t/g, ' '));
    if (no !== line) {
      frame.push({ line: no, text });
      continue;
    }
    const full = (lines[no - 1] ?? '').replace(/\t/g, ' ');
    const before = (start > 0 ? '…' : '') + full.slice(start, column - 1);
    const span = full.slice(column - 1, Math.min(end, column - 1 + Math.max(1, length)));
    frame.push({ line: no, text, mark: { before, span } });
  }
  return frame;
}

/** Code units shown of a long line, and how many of them before the marked column. */
const WINDOW = 100;
const WINDOW_BEFORE = 40;
