import { describe, expect, it } from 'vitest';
import { openFonts, resolveFontFiles } from '../../src/sheet/fonts.js';
import { compactWidths } from '../../src/sheet/pdf/compact.js';
import { createDocument } from '../../src/sheet/pdf/document.js';

// Size levers of src/sheet/pdf/compact.ts: the width array written as ranges must give every
// glyph the very width pdfkit would have written, and the XMP packet is left out.

/** A PDF W array (as numbers and nested arrays) back to one width per CID. */
function expand(w: (number | number[])[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < w.length; ) {
    const first = w[i] as number;
    const next = w[i + 1];
    if (Array.isArray(next)) {
      next.forEach((x, k) => (out[first + k] = x));
      i += 2;
    } else {
      for (let c = first; c <= (next as number); c++) out[c] = w[i + 2] as number;
      i += 3;
    }
  }
  return out;
}

/** Parses `/W [...]` from PDF text into numbers and nested arrays. */
function parseW(text: string): (number | number[])[] {
  const body = /\/W \[(.*?)\]\n/s.exec(text)![1]!;
  const out: (number | number[])[] = [];
  for (const m of body.matchAll(/\[([^\]]*)\]|(-?[\d.]+)/g)) out.push(m[1] !== undefined ? m[1].trim().split(/\s+/).map(Number) : Number(m[2]));
  return out;
}

describe('compact width arrays', () => {
  it('expand to the same widths, and runs become ranges', () => {
    const cases = [[], [500], [1000, 1000], [1000, 1000, 1000], [2048, 419.9, 1000, 1000, 1000, 1000, 500, 1000, 500, 500, 500, 500, 1000]];
    for (let n = 0; n < 200; n++) cases.push(Array.from({ length: 1 + (n % 37) }, (_, i) => [1000, 500, 979.98][(i * 7 + n) % (n % 3 === 0 ? 1 : 3)]!));
    for (const widths of cases) expect(expand(compactWidths(widths))).toEqual(widths);
    expect(compactWidths(Array(600).fill(1000))).toEqual([0, 599, 1000]);
  });

  it('the fonts of a sheet carry the widths pdfkit measured, and no XMP packet', async () => {
    const fonts = await openFonts(resolveFontFiles({}, '/nonexistent-home', '/'));
    const doc = await createDocument(fonts, { title: 't', subject: 's', creator: 'ikusei', date: new Date('2026-12-06T00:00:00Z') });
    doc.addPage();
    doc.textLine([{ text: '子どもの健全育成プログラム、高校生支援（令和8年度）ABC 123', x: 50, baseline: 80, face: 'regular', size: 10.5, color: '#000000' }]);
    doc.textLine([{ text: '見出し　通告の前に', x: 50, baseline: 100, face: 'bold', size: 12, color: '#000000' }]);
    const measured = (['regular', 'bold'] as const).map((f) => [...(doc as unknown as { embedded: Record<string, { widths: number[] }> }).embedded[f]!.widths]);
    const pdf = (await doc.finish()).toString('latin1');
    const arrays = [...pdf.matchAll(/\/W \[.*?\]\n/gs)].map((m) => expand(parseW(m[0])));
    expect(arrays).toHaveLength(2);
    // pdfkit writes numbers with at most six decimals.
    const round = (xs: number[]) => xs.map((x) => Math.round(x * 1e6) / 1e6);
    expect(arrays.map(round).sort()).toEqual(measured.map(round).sort());
    expect(pdf).not.toContain('/Metadata');
    expect(pdf).toContain('/Title');
  });
});
