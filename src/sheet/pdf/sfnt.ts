// Reading a font file ourselves: the table directory, the Unicode character map and the
// horizontal metrics. fontkit can do all this, but its first lookups cost ~0.2 ms a character;
// a sheet has hundreds of distinct characters and a batch renders hundreds of sheets.

export interface TableRecord {
  offset: number;
  length: number;
}

/**
 * The parts of a font file we read ourselves, parsed once per font: the character map and the
 * horizontal metrics (fontkit's lookups cost ~0.2 ms a character the first time), and for
 * TrueType outlines what a subset is made from. OpenType/CFF fonts get cmap and metrics only.
 */
export class TrueTypeSource {
  readonly tables = new Map<string, TableRecord>();
  readonly numGlyphs: number;
  /** Whether glyph outlines are TrueType ('glyf'), which our subsetter handles. */
  readonly outlines: boolean;
  private readonly longLoca: boolean;
  private readonly numberOfHMetrics: number;
  private readonly cmap: ((cp: number) => number) | undefined;

  constructor(readonly data: Buffer) {
    const version = data.readUInt32BE(0);
    if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */ && version !== 0x4f54544f /* 'OTTO' */) throw new Error('not an sfnt font');
    const count = data.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      this.tables.set(data.toString('latin1', at, at + 4), { offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) });
    }
    for (const tag of ['head', 'hhea', 'maxp', 'hmtx']) {
      if (!this.tables.has(tag)) throw new Error(`missing ${tag}`);
    }
    this.outlines = this.tables.has('glyf') && this.tables.has('loca');
    this.longLoca = data.readInt16BE(this.table('head').offset + 50) === 1;
    this.numGlyphs = data.readUInt16BE(this.table('maxp').offset + 4);
    this.numberOfHMetrics = data.readUInt16BE(this.table('hhea').offset + 34);
    this.cmap = this.tables.has('cmap') ? unicodeCmap(data, this.table('cmap').offset) : undefined;
  }

  /** Whether a font file is a single sfnt font (not a collection, not WOFF). */
  static accepts(data: Buffer): boolean {
    if (data.length < 12) return false;
    const version = data.readUInt32BE(0);
    return version === 0x00010000 || version === 0x74727565 || version === 0x4f54544f;
  }

  table(tag: string): TableRecord {
    return this.tables.get(tag)!;
  }

  /** The glyph of a character, 0 (.notdef) if the font has none; undefined if we cannot tell. */
  glyphId(cp: number): number | undefined {
    return this.cmap?.(cp);
  }

  /** The raw outline of a glyph (empty for glyphs without contours, such as the space). */
  glyph(id: number): Buffer {
    const loca = this.table('loca').offset;
    const glyf = this.table('glyf').offset;
    const at = (i: number) => (this.longLoca ? this.data.readUInt32BE(loca + 4 * i) : this.data.readUInt16BE(loca + 2 * i) * 2);
    return this.data.subarray(glyf + at(id), glyf + at(id + 1));
  }

  /** Advance width and left side bearing, in font units. */
  metrics(id: number): { advance: number; lsb: number } {
    const hmtx = this.table('hmtx').offset;
    const n = this.numberOfHMetrics;
    if (id < n) return { advance: this.data.readUInt16BE(hmtx + 4 * id), lsb: this.data.readInt16BE(hmtx + 4 * id + 2) };
    return { advance: this.data.readUInt16BE(hmtx + 4 * (n - 1)), lsb: this.data.readInt16BE(hmtx + 4 * n + 2 * (id - n)) };
  }
}

/** A lookup from the font's Unicode cmap subtable (format 12 preferred, else format 4). */
function unicodeCmap(d: Buffer, cmap: number): ((cp: number) => number) | undefined {
  const count = d.readUInt16BE(cmap + 2);
  let best: { format: number; at: number } | undefined;
  for (let i = 0; i < count; i++) {
    const platform = d.readUInt16BE(cmap + 4 + 8 * i);
    const encoding = d.readUInt16BE(cmap + 6 + 8 * i);
    const at = cmap + d.readUInt32BE(cmap + 8 + 8 * i);
    const format = d.readUInt16BE(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || (format === 12 && best.format !== 12)) best = { format, at };
  }
  if (!best) return undefined;
  const at = best.at;
  if (best.format === 12) {
    const groups = d.readUInt32BE(at + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = at + 16 + 12 * mid;
        if (cp < d.readUInt32BE(g)) hi = mid - 1;
        else if (cp > d.readUInt32BE(g + 4)) lo = mid + 1;
        else return d.readUInt32BE(g + 8) + cp - d.readUInt32BE(g);
      }
      return 0;
    };
  }
  const segs = d.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segs - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (d.readUInt16BE(ends + 2 * mid) < cp) lo = mid + 1;
      else hi = mid;
    }
    const start = d.readUInt16BE(starts + 2 * lo);
    if (cp < start || cp > d.readUInt16BE(ends + 2 * lo)) return 0;
    const delta = d.readUInt16BE(deltas + 2 * lo);
    const range = d.readUInt16BE(ranges + 2 * lo);
    if (range === 0) return (cp + delta) & 0xffff;
    const g = d.readUInt16BE(ranges + 2 * lo + range + 2 * (cp - start));
    return g === 0 ? 0 : (g + delta) & 0xffff;
  };
}
