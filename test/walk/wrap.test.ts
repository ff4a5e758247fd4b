import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { cellWidth } from '../../src/core/text/width.js';
import { stripEscapes, wrapStyled, wrapStyledLine } from '../../src/core/text/wrap.js';

// The walk's text wrapped to the terminal with the sheets' 禁則 (issue 15 item 7).

const c = new Chalk({ level: 1 });
const text = '氏名は入れないでください。ケース記録と照らし合わせられる番号かイニシャルにします。';

describe('wrapping terminal text', () => {
  it('keeps every line within the width and never starts one with 。 or 、', () => {
    for (const width of [20, 30, 40, 41, 80]) {
      const lines = wrapStyled(text, width).split('\n');
      for (const l of lines) {
        expect(cellWidth(l)).toBeLessThanOrEqual(width);
        expect(l).not.toMatch(/^[。、]/);
      }
      expect(lines.join('')).toBe(text);
    }
  });

  it('keeps colours where they were and continues a list item under its text', () => {
    const line = `  1. ${c.bold('やること')}: ${c.cyan('学校と面談して、出席の状況と本人の気持ちを確かめる。')}`;
    const lines = wrapStyledLine(line, 30).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(stripEscapes(lines.join('\n')).split('\n').slice(1).every((l) => l.startsWith('     ') && !l.startsWith('      '))).toBe(true);
    expect(stripEscapes(lines.join('')).replace(/ {5}/g, '')).toBe(stripEscapes(line));
    expect(lines.join('')).toContain(c.bold('やること'));
  });

  it('leaves room for a prompt mark on the first line', () => {
    const lines = wrapStyledLine('担当ケースワーカーの名前（次回からは Enter だけで同じ名前が入ります）', 40, { first: 2 }).split('\n');
    expect(cellWidth(lines[0]!) + 2).toBeLessThanOrEqual(40);
    expect(lines[1]!.startsWith('  ')).toBe(true);
  });
});
