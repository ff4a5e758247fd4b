// A small TrueType subsetter for the PDF's embedded font. fontkit's subsetter re-encodes every
// table through its struct library (tens of ms per sheet) and keeps the hinting programs; ours
// copies glyph outlines byte for byte and drops hinting, which screens and printers do not need
// for a PDF. The result is a valid 'glyf' TrueType font with head, hhea, maxp, hmtx, loca, glyf
// and post — what a CIDFontType2 with CIDToGIDMap /Identity needs.

import type { TrueTypeSource } from './sfnt.js';

// Composite glyph flags (OpenType spec, 'glyf' table).
const ARGS_ARE_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;
const HAVE_INSTRUCTIONS = 0x0100;

/**
 * The subset of one document: glyph ids are renumbered in the order they are first used (0 is
 * always .notdef). Same interface as fontkit's subset, which pdfkit's embedded font calls.
 */
export class TrueTypeSubset {
  private readonly ids: number[] = [0];
  private readonly newIds = new Map<number, number>([[0, 0]]);

  constructor(private readonly source: TrueTypeSource) {}

  includeGlyph(id: number): number {
    let n = this.newIds.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.newIds.set(id, n);
    }
    return n;
  }

  encode(): Buffer {
    const glyphs: Buffer[] = [];
    // Components of composite glyphs join the subset as they are met (the list grows as we go).
    for (let i = 0; i < this.ids.length; i++) glyphs.push(this.outline(this.ids[i]!));
    const n = this.ids.length;
    const src = this.source;
    const d = src.data;

    const loca = Buffer.alloc(4 * (n + 1));
    let offset = 0;
    glyphs.forEach((g, i) => {
      loca.writeUInt32BE(offset, 4 * i);
      offset += g.length;
    });
    loca.writeUInt32BE(offset, 4 * n);
    const hmtx = Buffer.alloc(4 * n);
    this.ids.forEach((id, i) => {
      const m = src.metrics(id);
      hmtx.writeUInt16BE(m.advance, 4 * i);
      hmtx.writeInt16BE(m.lsb, 4 * i + 2);
    });
    const head = Buffer.from(d.subarray(src.table('head').offset, src.table('head').offset + 54));
    head.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    head.writeInt16BE(1, 50); // long loca
    const hhea = Buffer.from(d.subarray(src.table('hhea').offset, src.table('hhea').offset + 36));
    hhea.writeUInt16BE(n, 34);
    const maxp = Buffer.from(d.subarray(src.table('maxp').offset, src.table('maxp').offset + src.table('maxp').length));
    maxp.writeUInt16BE(n, 4);
    const post = Buffer.alloc(32);
    post.writeUInt32BE(0x00030000, 0); // format 3: no glyph names
    const postSrc = src.tables.get('post');
    if (postSrc) d.copy(post, 4, postSrc.offset + 4, postSrc.offset + 16); // italic angle, underline

    const { font, offsets } = assemble([
      ['glyf', Buffer.concat(glyphs)],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
      ['post', post],
    ]);
    font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, offsets.get('head')! + 8);
    return font;
  }

  /** A glyph's outline without hinting instructions, composite components renumbered. */
  private outline(id: number): Buffer {
    const g = this.source.glyph(id);
    if (g.length === 0) return g;
    const contours = g.readInt16BE(0);
    if (contours >= 0) {
      const at = 10 + 2 * contours;
      const instructions = g.readUInt16BE(at);
      return pad4(Buffer.concat([g.subarray(0, at), Buffer.alloc(2), g.subarray(at + 2 + instructions)]));
    }
    const out = Buffer.from(g);
    let at = 10;
    for (;;) {
      const flags = out.readUInt16BE(at);
      out.writeUInt16BE(this.includeGlyph(out.readUInt16BE(at + 2)), at + 2);
      let next = at + 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
      if (flags & HAVE_SCALE) next += 2;
      else if (flags & HAVE_XY_SCALE) next += 4;
      else if (flags & HAVE_2X2) next += 8;
      if (!(flags & MORE_COMPONENTS)) {
        out.writeUInt16BE(flags & ~HAVE_INSTRUCTIONS, at);
        return pad4(out.subarray(0, next));
      }
      at = next;
    }
  }
}

function pad4(b: Buffer): Buffer {
  const extra = (4 - (b.length % 4)) % 4;
  return extra ? Buffer.concat([b, Buffer.alloc(extra)]) : b;
}

function checksum(b: Buffer): number {
  const padded = pad4(b);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** An sfnt file from tables (tags in ascending order, as the format requires). */
function assemble(tables: [string, Buffer][]): { font: Buffer; offsets: Map<string, number> } {
  const count = tables.length;
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  let pow = 1;
  let log = 0;
  while (pow * 2 <= count) {
    pow *= 2;
    log++;
  }
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(log, 8);
  header.writeUInt16BE(count * 16 - pow * 16, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  const offsets = new Map<string, number>();
  tables.forEach(([tag, data], i) => {
    offsets.set(tag, offset);
    const at = 12 + 16 * i;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    const body = pad4(data);
    bodies.push(body);
    offset += body.length;
  });
  return { font: Buffer.concat([header, ...bodies]), offsets };
}
