import { createRequire } from 'node:module';

// Terminal cells of a string (full-width characters take two). string-width measures any text
// (emoji sequences, combining marks) but costs ~40–60 ms to load (Unicode-property regexes and a
// segmenter built at import). Nearly every string ikusei measures is its own Japanese text (help,
// messages, programs), whose width is plain arithmetic: those are counted here, and string-width is
// loaded, synchronously, only the first time a string needs it. So `--help` never loads it, and no
// caller has to remember to load anything first.

// One cell each: printable ASCII, Latin-1, general punctuation, and the arrows, box drawing, shapes
// and dingbats of ikusei's texts (→ ─ ○ ✓ ①), except the few among them that take two.
const NARROW = /[\u0020-\u007e\u00a0-\u00ac\u00ae-\u00ff\u2010-\u2029\u202f-\u205e\u2100-\u27bf]/u;
const WIDE_SYMBOL = /[\p{Emoji_Presentation}\u2329\u232a\u2630-\u2637\u268a-\u268f]/u; // emoji, 〈〉, ☰–☷ and ⚊–⚏ (East Asian Wide)
// Two cells each: CJK ideographs, kana, CJK punctuation (「」。、　), enclosed CJK, full-width forms.
const WIDE = /[\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u2ff0-\u3029\u3030-\u303e\u3041-\u3096\u309b-\u30ff\u31f0-\u321e\u3220-\u3247\u3250-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]/u;
// No cells: control characters (a line break, a tab), as string-width counts them. ESC is not
// here: an escape sequence other than a colour is left to string-width.
const CONTROL = /[\u0000-\u001a\u001c-\u001f\u007f-\u009a\u009c-\u009f]/u;
const COLOUR = /\u001b\[[0-9;]*m/g;

/**
 * Cells of `s` in a terminal, as string-width counts them (colour codes take none). None of these
 * characters joins its neighbour into one cluster, so their widths simply add up; anything else
 * (combining marks, emoji sequences, Hangul jamo, bidi controls) is measured by string-width.
 * test/cli/width.test.ts checks every character of these ranges against string-width.
 */
export function cellWidth(s: string): number {
  const text = s.includes('\u001b') ? s.replace(COLOUR, '') : s;
  let n = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) n += WIDE_SYMBOL.test(ch) ? 2 : 1;
    else if (WIDE.test(ch)) n += 2;
    else if (!CONTROL.test(ch)) return exactWidth(s);
  }
  return n;
}

let stringWidth: ((s: string) => number) | undefined;

function exactWidth(s: string): number {
  stringWidth ??= loadStringWidth();
  return stringWidth(s);
}

/** string-width is an ES module: require() loads it on Node 20.19+ and 22.12+ (require(esm)). */
function loadStringWidth(): (s: string) => number {
  try {
    return (createRequire(import.meta.url)('string-width') as typeof import('string-width')).default;
  } catch {
    // Node 20.17–20.18 cannot require() an ES module: count a character outside the ranges above
    // as one cell, or two in the CJK and emoji blocks (right unless it joins its neighbours).
    return (s) => {
      let n = 0;
      for (const ch of s.replace(COLOUR, '')) n += CONTROL.test(ch) ? 0 : WIDE.test(ch) || /\p{Emoji_Presentation}|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
      return n;
    };
  }
}
