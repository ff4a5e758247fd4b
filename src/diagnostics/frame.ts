import stringWidth from 'string-width';
import type { FrameLine } from './diagnostic.js';

/**
 * A few lines around a position, with the marked span measured in terminal cells.
 * yaml's own prettyErrors pads the caret in UTF-16 units, which lands too far left under Japanese.
 */
export function codeFrame(lines: readonly string[], line: number, column: number, length: number, context = 1): FrameLine[] {
  const frame: FrameLine[] = [];
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  for (let no = first; no <= last; no++) {
    const text = (lines[no - 1] ?? '').replace(/\t/g, ' ');
    if (no !== line) {
      frame.push({ line: no, text });
      continue;
    }
    const before = text.slice(0, column - 1);
    const span = text.slice(column - 1, column - 1 + Math.max(1, length));
    frame.push({ line: no, text, mark: { start: stringWidth(before), width: Math.max(1, stringWidth(span)) } });
  }
  return frame;
}
