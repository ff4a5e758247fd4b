import { canBreakBetween, fitUnits, splitByChars, tokenize, type Unit } from './linebreak.js';
import { cellWidth } from './width.js';

// Text laid out in terminal cells with the sheets' 禁則 rules (sheet/layout/linebreak.ts): no line
// starts with 。、」 or small kana, a number keeps the word after it. Used by `--help` and the walk.

/** `text` (one paragraph, no colour) broken into lines of `width` cells: the first indented by `first`, the rest by `rest`. */
export function fill(text: string, first: number, rest: number, width: number): string {
  return fillLines(text, width - first, width - rest)
    .map((l, i) => ' '.repeat(i === 0 ? first : rest) + l)
    .join('\n');
}

/** The lines of `text`: the first at most `firstWidth` cells (it may be empty when nothing fits), the rest `width`. */
export function fillLines(text: string, firstWidth: number, width: number): string[] {
  const units = glue(tokenize(text).map((t): Unit => ({ text: t, width: cellWidth(t), kind: t === ' ' ? 'space' : 'text', glueAfter: false })));
  const lines = fitUnits(units, Math.max(1, firstWidth), Math.max(1, width), (u) => splitByChars(u, cellWidth));
  return lines.map((l) => l.map((u) => u.text).join(''));
}

/**
 * Pieces that may not be parted become one piece: 「2 つ」「40 件」「0 成功」 (a number and the word
 * after it; the space between them is typographic, 和欧間, not a place to break), and a word with
 * the 、。） that closes it. A piece wider than the line is then split by characters, where the
 * 禁則 rules still apply, instead of leaving 、 at the start of a line.
 */
function glue(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  const join = (...parts: Unit[]): Unit => ({ text: parts.map((p) => p.text).join(''), width: parts.reduce((w, p) => w + p.width, 0), kind: 'text', glueAfter: false });
  for (let i = 0; i < units.length; i++) {
    const [a, space, b] = [units[i]!, units[i + 1], units[i + 2]];
    const last = out[out.length - 1];
    if (a.kind === 'text' && /[0-9０-９]$/.test(a.text) && space?.kind === 'space' && b?.kind === 'text' && /^[^\x00-\x7f]/.test(b.text)) {
      out.push(join(a, space, b));
      i += 2;
    } else if (last && last.kind === 'text' && a.kind === 'text' && !canBreakBetween(last, a)) out[out.length - 1] = join(last, a);
    else out.push(a);
  }
  return out;
}

// Colour (SGR) and other CSI sequences: no width, never a place to break.
const ESCAPE = /\u001b\[[0-9;?]*[A-Za-z]/y;

/** A list mark a wrapped line continues under: 「1. 」「・」「□ 」「？」「！」「■ 」「→ 」. */
const MARK = /^(?:\d+\. |[・？！] ?|[□■→✔✎] )/u;

/**
 * A line of terminal text (colours allowed) wrapped to `width` cells. `first` cells are already
 * taken on the first line (a prompt's 「? 」, a list's 「❯ 」). Continuation lines start under the
 * text after those, the line's own indent and its list mark (hanging indent), so a list stays a
 * list; `indent` sets another. Colours carry over line ends as the terminal keeps them.
 */
export function wrapStyledLine(line: string, width: number, options: { first?: number; indent?: number } = {}): string {
  const taken = options.first ?? 0;
  if (taken + cellWidth(line) <= width) return line;
  const text = stripEscapes(line);
  const lead = /^ */.exec(text)![0].length;
  const mark = MARK.exec(text.slice(lead))?.[0] ?? '';
  const hang = Math.min(options.indent ?? taken + lead + cellWidth(mark), Math.floor(width / 2));
  const body = text.slice(lead);
  const lines = fillLines(body, width - taken - lead, width - hang);
  return restyle(line, lead, lines, ' '.repeat(hang));
}

/** Every line of `text` wrapped (see wrapStyledLine). */
export function wrapStyled(text: string, width: number): string {
  return text
    .split('\n')
    .map((l) => wrapStyledLine(l, width))
    .join('\n');
}

export function stripEscapes(s: string): string {
  return s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

/**
 * Puts the line breaks of the plain `lines` into the coloured `source`: characters are matched
 * one by one, escape sequences copied where they stand, spaces dropped at a break dropped here too.
 */
function restyle(source: string, lead: number, lines: string[], indent: string): string {
  let pos = 0;
  let out = '';
  const escapes = () => {
    for (;;) {
      ESCAPE.lastIndex = pos;
      const m = ESCAPE.exec(source);
      if (!m) return;
      out += m[0];
      pos += m[0].length;
    }
  };
  const skipSpaces = () => {
    for (;;) {
      escapes();
      if (source[pos] !== ' ') return;
      pos++;
    }
  };
  for (let n = 0; n < lead; ) {
    escapes();
    out += source[pos++];
    n++;
  }
  lines.forEach((line, i) => {
    if (i > 0) {
      skipSpaces();
      out += '\n' + indent;
    }
    for (const ch of line) {
      escapes();
      if (source.startsWith(ch, pos)) pos += ch.length;
      out += ch;
    }
  });
  escapes();
  return out;
}
