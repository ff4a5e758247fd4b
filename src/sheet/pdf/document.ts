import crypto from 'node:crypto';
import type { FontFace, FontPair } from '../fonts.js';
import { pdfkit, type KitDocument, type KitEmbeddedFont, type KitPosition } from './kit.js';
import { TrueTypeSubset } from './subset.js';
import { useCompactWidths, withoutXmp } from './compact.js';

export interface PdfSettings {
  title: string;
  subject: string;
  keywords?: string;
  creator: string;
  /**
   * Opens only with this password. pdfkit writes the Standard security handler of PDF 1.7 Adobe
   * Extension Level 3: V 5, R 5, AESV3 (AES-256). R 5 checks a password with one SHA-256, weaker
   * than R 6 of PDF 2.0 (which pdfkit does not write): a long password matters.
   */
  password?: string;
  /** The creation date written into the file; fixed by --deterministic. */
  date: Date;
}

export type FaceName = 'regular' | 'bold';

const PERMISSIONS = { printing: 'highResolution', copying: true, annotating: true, fillingForms: true, contentAccessibility: true, modifying: false, documentAssembly: false };

/**
 * A pdfkit document set up the way every ikusei PDF is: A4, Japanese metadata, our fonts with
 * the fast paths, pages kept in memory until the end (page numbers need the total).
 */
export async function createDocument(fonts: FontPair, s: PdfSettings): Promise<PdfDocument> {
  const PDFDocument = await pdfkit();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    font: null, // no Helvetica: every string is drawn with the embedded Japanese font
    pdfVersion: s.password ? '1.7ext3' : '1.7',
    lang: 'ja',
    displayTitle: true,
    // The password keeps the file closed to others; whoever opens it may print and copy it. The
    // owner password (which lifts the permissions) is random and thrown away: nobody needs it,
    // and it must not be the password that opens the file.
    ...(s.password ? { userPassword: s.password, ownerPassword: crypto.randomBytes(32).toString('base64url'), permissions: PERMISSIONS } : {}),
    // The file ID is derived from this info; a fixed CreationDate makes the output reproducible.
    info: { Title: s.title, Subject: s.subject, Keywords: s.keywords ?? '', Creator: s.creator, Producer: s.creator, CreationDate: s.date },
  });
  return new PdfDocument(doc, fonts);
}

export interface TextRun {
  text: string;
  x: number;
  /** The baseline, from the top of the page. */
  baseline: number;
  face: FaceName;
  size: number;
  color: string;
}

/**
 * Drawing on pdfkit's pages. pdfkit's text() costs ~8 content writes and a matrix per call; a
 * sheet has hundreds of lines, so text and shapes are written here as plain PDF operators, one
 * write per line. pdfkit still owns the document: pages, fonts (embedded on finish), metadata,
 * encryption. Coordinates are pdfkit's: origin top left, y down (each page starts with that flip).
 */
export class PdfDocument {
  private readonly embedded: Record<FaceName, KitEmbeddedFont>;
  private pageHeight = 0;

  constructor(
    readonly kit: KitDocument,
    readonly fonts: FontPair,
  ) {
    const embed = (name: FaceName): KitEmbeddedFont => {
      kit.registerFont(name, fonts[name].fontkit);
      kit.font(name);
      const embedded = kit._font;
      useFastPaths(embedded, fonts[name]);
      useCompactWidths(embedded);
      return embedded;
    };
    this.embedded = { regular: embed('regular'), bold: embed('bold') };
    withoutXmp(kit);
  }

  /** A new page, A4 unless given [width, height] in points (the flowchart's A3 and landscape). */
  addPage(size: 'A4' | [number, number] = 'A4'): void {
    this.kit.addPage({ size, margin: 0 });
    this.pageHeight = this.kit.page.height;
  }

  switchToPage(i: number): void {
    this.kit.switchToPage(i);
    this.pageHeight = this.kit.page.height;
  }

  /** One line of text runs in a single text object. Bold from a regular face gets an outline. */
  textLine(runs: TextRun[]): void {
    if (runs.length === 0) return;
    const h = this.pageHeight;
    const fonts = this.kit.page.fonts;
    const ops = [`q 1 0 0 -1 0 ${n(h)} cm BT`];
    for (const r of runs) {
      const font = this.embedded[r.face];
      if (fonts[font.id] == null) fonts[font.id] = font.ref();
      const fake = r.face === 'bold' && this.fonts.syntheticBold;
      ops.push(`/${font.id} ${n(r.size)} Tf ${rgb(r.color)} rg ${fake ? `2 Tr ${n(r.size * 0.035)} w ${rgb(r.color)} RG` : '0 Tr'}`);
      ops.push(`1 0 0 1 ${n(r.x)} ${n(h - r.baseline)} Tm <${this.hex(r.face, r.text)}> Tj`);
    }
    ops.push('ET Q');
    this.kit.addContent(ops.join('\n'));
  }

  /**
   * Text with its top at y, through pdfkit's own text(): slower than textLine, but it follows the
   * current transform (the flowchart draws a few hundred short lines inside a page scale).
   * Bold from a regular face gets a thin outline, as textLine gives it.
   */
  text(s: string, x: number, y: number, face: FaceName, size: number, color: string): void {
    const kit = this.kit;
    kit.font(face).fontSize(size).fillColor(color);
    const fake = face === 'bold' && this.fonts.syntheticBold;
    if (fake) kit.strokeColor(color).lineWidth(size * 0.035);
    kit.text(s, x, y, { lineBreak: false, ...(fake ? { fill: true, stroke: true } : {}) });
  }

  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    this.kit.addContent(`q ${rgb(color)} rg ${n(x)} ${n(y)} ${n(w)} ${n(h)} re f Q`);
  }

  strokeRect(x: number, y: number, w: number, h: number, width: number, color: string): void {
    this.kit.addContent(`q ${n(width)} w ${rgb(color)} RG ${n(x)} ${n(y)} ${n(w)} ${n(h)} re S Q`);
  }

  /** An open path through the points; round joins and caps for the tick of a check box. */
  polyline(points: [number, number][], width: number, color: string, round = false): void {
    const path = points.map(([x, y], i) => `${n(x)} ${n(y)} ${i ? 'l' : 'm'}`).join(' ');
    this.kit.addContent(`q ${n(width)} w ${round ? '1 J 1 j ' : ''}${rgb(color)} RG ${path} S Q`);
  }

  finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    return new Promise((resolve, reject) => {
      this.kit.on('data', (c) => chunks.push(c));
      this.kit.on('end', () => resolve(Buffer.concat(chunks)));
      this.kit.on('error', reject);
      this.kit.end();
    });
  }

  /** Glyph ids (renumbered into the document's subset) as the hex string of a Tj operand. */
  private hex(face: FaceName, text: string): string {
    const embedded = this.embedded[face];
    const glyphs = this.fonts[face];
    const subset = embedded.subset;
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const g = glyphs.glyph(cp);
      const gid = subset.includeGlyph(g.id);
      out += HEX4[gid] ?? gid.toString(16).padStart(4, '0');
      if (embedded.widths[gid] == null) embedded.widths[gid] = g.advance;
      if (embedded.unicode[gid] == null) embedded.unicode[gid] = [cp];
    }
    return out;
  }
}

const HEX4 = Array.from({ length: 4096 }, (_, i) => i.toString(16).padStart(4, '0'));

/** PDF numbers: at most two decimals, no trailing zeros. */
function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

const colors = new Map<string, string>();

/** '#4a4a4a' → '0.29 0.29 0.29' (DeviceRGB operands). */
function rgb(hex: string): string {
  let c = colors.get(hex);
  if (!c) {
    const v = hex.replace('#', '');
    c = [0, 2, 4].map((i) => String(Math.round((parseInt(v.slice(i, i + 2), 16) / 255) * 1000) / 1000)).join(' ');
    colors.set(hex, c);
  }
  return c;
}

/**
 * pdfkit shapes every string with fontkit's OpenType layout engine (~0.1 ms a line) and subsets
 * with fontkit's subsetter; both dominate the time of a sheet. For horizontal Japanese text one
 * glyph per code point with its advance width is the same result, so the embedded font is given
 * a direct encoder, and TrueType fonts our own subsetter. Widths measured for line breaking come
 * from the same advances, so measuring and drawing agree exactly.
 */
function useFastPaths(embedded: KitEmbeddedFont, face: FontFace): void {
  if (face.ttf?.outlines) embedded.subset = new TrueTypeSubset(face.ttf);
  const subset = embedded.subset;
  embedded.encode = (text: string): [string[], KitPosition[]] => {
    const hex: string[] = [];
    const positions: KitPosition[] = [];
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      const g = face.glyph(cp);
      const gid = subset.includeGlyph(g.id);
      hex.push(('0000' + gid.toString(16)).slice(-4));
      if (embedded.widths[gid] == null) embedded.widths[gid] = g.advance;
      if (embedded.unicode[gid] == null) embedded.unicode[gid] = [cp];
      positions.push({ xAdvance: g.advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: g.advance });
    }
    return [hex, positions];
  };
  embedded.widthOfString = (text: string, size: number) => face.width(text, size);
}
