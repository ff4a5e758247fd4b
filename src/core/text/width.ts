// Terminal cells of a string (full-width characters take two). string-width does this properly
// but costs ~60 ms to load (Unicode-property regexes and a segmenter built at import), so it is
// loaded only by code about to print a table or a code frame.
let stringWidth: ((s: string) => number) | undefined;

export async function loadWidth(): Promise<void> {
  stringWidth ??= (await import('string-width')).default;
}

// Wide (two-cell) ranges: CJK, kana, Hangul, full-width forms. Enough for ikusei's own texts
// (help, messages), so `--help` lays out by cells without loading string-width.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/**
 * Cells of `s`. Before loadWidth() it counts wide characters (CJK, kana, full-width forms) as two
 * and every other code point as one: right for ikusei's own texts, rough for combining marks and
 * emoji sequences, which only case data (tables, code frames) carries.
 */
export function cellWidth(s: string): number {
  if (stringWidth) return stringWidth(s);
  let n = 0;
  for (const ch of s.replace(/\u001b\[[0-9;]*m/g, '')) n += WIDE.test(ch) ? 2 : 1;
  return n;
}
