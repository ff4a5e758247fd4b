import { createRequire } from 'node:module';
import path from 'node:path';
import { readConfig } from '../io/config.js';
import { environmentError } from '../core/diagnostics/errors.js';
import { sheetMsg } from '../messages/sheet.js';
import { readFileCapped } from '../io/files/read-capped.js';
import { errnoCode } from '../io/files/errno.js';
import { pdfkit, type FontkitFont } from './pdf/kit.js';
import { TrueTypeSource } from './pdf/sfnt.js';

const require = createRequire(import.meta.url);
const BUNDLED = {
  regular: '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  bold: '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
};

/** `--font` / `--font-bold` as given on the command line. */
export interface FontChoice {
  font?: string;
  fontBold?: string;
}

export interface FontFiles {
  regular: string;
  bold: string;
}

/**
 * Which font files to draw with: the command line first, then $IKUSEI_HOME/config.json (paths
 * relative to that folder), then the bundled BIZ UDPGothic. A regular face without a bold one is
 * used for both; headings are then thickened with an outline (see FontPair.syntheticBold).
 */
export function resolveFontFiles(choice: FontChoice, home: string, cwd: string): FontFiles {
  const config = readConfig(home);
  if (choice.font) {
    const regular = path.resolve(cwd, choice.font);
    return { regular, bold: choice.fontBold ? path.resolve(cwd, choice.fontBold) : regular };
  }
  const regular = config.font ? path.resolve(home, config.font) : require.resolve(BUNDLED.regular);
  const bold = choice.fontBold
    ? path.resolve(cwd, choice.fontBold)
    : config.fontBold
      ? path.resolve(home, config.fontBold)
      : config.font
        ? regular
        : require.resolve(BUNDLED.bold);
  return { regular, bold };
}

export interface Glyph {
  id: number;
  /** Advance width in PDF text space units (1/1000 of the font size). */
  advance: number;
}

/**
 * One font file, opened once per process and shared by every document (batch renders hundreds):
 * glyph lookups and widths are cached, and TrueType outlines are subset by our own subsetter.
 */
export class FontFace {
  readonly name: string;
  private readonly glyphs = new Map<number, Glyph>();
  private readonly scale: number;

  constructor(
    readonly file: string,
    readonly fontkit: FontkitFont,
    readonly ttf: TrueTypeSource | undefined,
  ) {
    this.name = fontkit.postscriptName ?? fontkit.familyName ?? path.basename(file);
    this.scale = 1000 / fontkit.unitsPerEm;
  }

  glyph(cp: number): Glyph {
    let g = this.glyphs.get(cp);
    if (!g) {
      const own = this.ttf?.glyphId(cp);
      if (own !== undefined) g = { id: own, advance: this.ttf!.metrics(own).advance * this.scale };
      else {
        const found = this.fontkit.glyphForCodePoint(cp);
        g = { id: found.id, advance: found.advanceWidth * this.scale };
      }
      this.glyphs.set(cp, g);
    }
    return g;
  }

  has(cp: number): boolean {
    return this.glyph(cp).id !== 0;
  }

  /** Width of a string in points. No kerning: drawing uses the same advances (see fastfont.ts). */
  width(text: string, size: number): number {
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      w += this.glyph(cp).advance;
    }
    return (w * size) / 1000;
  }
}

export interface FontPair {
  regular: FontFace;
  bold: FontFace;
  /** The same face serves as bold: draw bold text with a thin outline to thicken it. */
  syntheticBold: boolean;
}

const opened = new Map<string, Promise<FontFace>>();

export async function openFonts(files: FontFiles): Promise<FontPair> {
  const [regular, bold] = await Promise.all([openFace(files.regular), openFace(files.bold)]);
  return { regular, bold, syntheticBold: files.regular === files.bold };
}

function openFace(file: string): Promise<FontFace> {
  let face = opened.get(file);
  if (!face) {
    face = load(file);
    opened.set(file, face);
    face.catch(() => opened.delete(file));
  }
  return face;
}

/** Larger than any single font a sheet needs (CJK collections run to about 100 MB). */
const MAX_FONT_BYTES = 256 * 1024 * 1024;

async function load(file: string): Promise<FontFace> {
  let data: Buffer;
  try {
    // Capped and regular files only: --font /dev/zero or a FIFO must not read without end or block.
    data = readFileCapped(file, MAX_FONT_BYTES);
  } catch (error) {
    const code = errnoCode(error);
    throw environmentError(code === 'ENOENT' ? 'FONT_NOT_FOUND' : 'FONT_UNREADABLE', code === 'ENOENT' ? sheetMsg.font.notFound(file) : sheetMsg.font.unreadable(file, code), sheetMsg.font.hint);
  }
  const PDFDocument = await pdfkit();
  let fontkit: FontkitFont | undefined;
  try {
    // fontkit comes with pdfkit; opening it through pdfkit avoids depending on it directly.
    const probe = new PDFDocument({ autoFirstPage: false, font: null });
    probe.registerFont('probe', data);
    probe.font('probe');
    fontkit = probe._font.font;
  } catch {
    fontkit = undefined;
  }
  if (!fontkit || typeof fontkit.layout !== 'function' || !fontkit.unitsPerEm) {
    throw environmentError('FONT_INVALID', sheetMsg.font.notAFont(file), sheetMsg.font.notAFontHint);
  }
  let ttf: TrueTypeSource | undefined;
  try {
    ttf = TrueTypeSource.accepts(data) ? new TrueTypeSource(data) : undefined;
  } catch {
    ttf = undefined; // unusual TrueType layout: fontkit's own subsetter handles it
  }
  return new FontFace(file, fontkit, ttf);
}
