import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakText, canBreakBetween, tokenize } from '../../src/core/text/linebreak.js';

// Widths in "cells": full-width characters 1, half-width 0.5 — like a monospaced Japanese font,
// so the expected lines can be counted by eye.
const measure = (s: string) => [...s].reduce((w, c) => w + (/[\u0020-\u007e]/.test(c) ? 0.5 : 1), 0);
const lines = (text: string, width: number) => breakText(text, width, measure);

const NO_START = [...'、。，．）」』】〕〉》ーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ・：；！？々…'];
const NO_END = [...'（「『【〔〈《'];

describe('禁則処理: the line breaker', () => {
  it.each([
    ['fits on one line', 'あいうえお', 5, ['あいうえお']],
    ['wraps at the width', 'あいうえおかきくけこ', 5, ['あいうえお', 'かきくけこ']],
    ['pushes a character down so 。 does not start a line (追い出し)', 'あいうえお。かきく', 5, ['あいうえ', 'お。かきく']],
    ['the same for 、', 'あいうえお、かきく', 5, ['あいうえ', 'お、かきく']],
    ['keeps a closing bracket off the start of a line', 'あいうえお」かき', 5, ['あいうえ', 'お」かき']],
    ['moves an opening bracket to the next line', 'あいうえ「お」', 5, ['あいうえ', '「お」']],
    ['keeps an opening bracket off the end of a line', 'あいうえ（おか）', 5, ['あいうえ', '（おか）']],
    ['keeps ー with the kana before it', 'あいうえケーキ', 5, ['あいうえ', 'ケーキ']],
    ['keeps small kana with the kana before it', 'あいうえきゃく', 5, ['あいうえ', 'きゃく']],
    ['keeps ・ off the start of a line', 'あいうえお・かき', 5, ['あいうえ', 'お・かき']],
    ['keeps …… together, and off the start of a line', 'あいうえ……お', 5, ['あいう', 'え……お']],
    ['keeps a number with its unit', 'あいう118,800円', 5.5, ['あいう', '118,800円']],
    ['breaks English at spaces and drops the space', 'see the office now', 4, ['see the', 'office', 'now']],
    ['wraps a long string without break points (a URL)', 'https://example.jp/abcdefghij', 5, ['https://ex', 'ample.jp/a', 'bcdefghij']],
    ['keeps hard line breaks', 'あい\nうえ', 5, ['あい', 'うえ']],
    ['keeps an empty line', 'あい\n\nうえ', 5, ['あい', '', 'うえ']],
    ['an empty string is one empty line', '', 5, ['']],
    ['with no legal break at all, breaks after （ rather than before 、', '（（（（、あ', 3, ['（（（', '（、あ']],
  ])('%s', (_name, text, width, expected) => {
    expect(lines(text, width)).toEqual(expected);
  });

  it('tokenizes Latin words, numbers and full-width numbers as single units', () => {
    expect(tokenize('年額118,800円、ＡＢ１２３')).toEqual(['年', '額', '118,800', '円', '、', 'Ａ', 'Ｂ', '１２３']);
  });

  it('allows no break before 。 or after （', () => {
    const u = (text: string) => ({ text, width: 1, kind: 'text' as const });
    expect(canBreakBetween(u('す'), u('。'))).toBe(false);
    expect(canBreakBetween(u('（'), u('あ'))).toBe(false);
    expect(canBreakBetween(u('あ'), u('い'))).toBe(true);
  });

  // Text in which a legal break always exists: no two forbidden characters in a row, and no
  // spaces (「（ 」 then 「、」 can leave no legal break at all; that case is tested above).
  const plain = fc.constantFrom(...'あいうえおかきくけこ学校支援制度相談ABC12'.split(''));
  const withSpaces = fc.array(fc.constantFrom(...'あいう学校（）「」。、 ABC 12'.split('')), { maxLength: 80 }).map((xs) => xs.join(''));
  const piece = fc.oneof(plain, fc.tuple(plain, fc.constantFrom(...NO_START)).map(([a, b]) => a + b), fc.tuple(fc.constantFrom(...NO_END), plain).map(([a, b]) => a + b));
  const text = fc.array(piece, { minLength: 1, maxLength: 80 }).map((xs) => xs.join(''));

  it('never starts a line with 。、）」ー・ and the like, nor ends one with （「『 (property)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 30 }), (t, width) => {
        const out = lines(t, width);
        for (const [i, line] of out.entries()) {
          if (i > 0) expect(NO_START).not.toContain([...line][0]);
          if (i < out.length - 1) expect(NO_END).not.toContain([...line].at(-1));
        }
      }),
    );
  });

  it('keeps every line within the width and loses no character but spaces at breaks (property)', () => {
    fc.assert(
      fc.property(fc.oneof(text, withSpaces), fc.integer({ min: 2, max: 30 }), (t, width) => {
        const out = lines(t, width);
        for (const line of out) expect(measure(line)).toBeLessThanOrEqual(width);
        expect(out.join('').replace(/ /g, '')).toBe(t.replace(/ /g, ''));
      }),
    );
  });
});
