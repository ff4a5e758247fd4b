import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { colorsFor } from '../../src/app/io.js';
import { cellWidth } from '../../src/core/text/width.js';

// cellWidth and colorsFor are right on their first call: nothing has to be awaited before them
// (string-width and chalk are loaded by the helpers themselves when a string or a stream needs them).

/** Every code point of the ranges cellWidth counts itself (src/core/text/width.ts). */
function* counted(): Generator<string> {
  const ranges: [number, number][] = [
    [0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x205e], [0x2100, 0x27bf],
    [0x2e80, 0x303f], [0x3041, 0x30ff], [0x31f0, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
    [0xf900, 0xfaff], [0xff01, 0xff60], [0xffe0, 0xffe6], [0x00, 0x1f], [0x7f, 0x9f],
  ];
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) if (c !== 0x1b && c !== 0x9b) yield String.fromCodePoint(c);
}

describe('cellWidth', () => {
  it('agrees with string-width on every character it counts itself, alone and between others', () => {
    const wrong: string[] = [];
    for (const ch of counted()) {
      for (const s of [ch, `a${ch}あ`, `${ch}${ch}`]) if (cellWidth(s) !== stringWidth(s)) wrong.push(`U+${ch.codePointAt(0)!.toString(16)} in ${JSON.stringify(s)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('measures what only string-width can (emoji sequences, combining marks, Hangul jamo) without a loader awaited first', () => {
    for (const s of ['👨‍👩‍👧', 'か\u3099', 'é', '🇯🇵', '❤️', '\u1100\u1161', 'a\u200bb', '\u001b]8;;x\u0007link']) {
      expect(cellWidth(s), JSON.stringify(s)).toBe(stringWidth(s));
    }
  });

  it('leaves colour codes out', () => {
    expect(cellWidth('\u001b[1m支援\u001b[22m ok')).toBe(7);
  });
});

describe('colorsFor', () => {
  it('colours a terminal without loadColors() awaited first, and nothing else', () => {
    expect(colorsFor({ write: () => true, isTTY: true }, {}).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(colorsFor({ write: () => true, isTTY: false }, { FORCE_COLOR: '1' }).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(colorsFor({ write: () => true, isTTY: true }, { NO_COLOR: '1' }).red('x')).toBe('x');
    expect(colorsFor({ write: () => true, isTTY: true }, {}, true).bold.red('x')).toBe('x');
  });
});
