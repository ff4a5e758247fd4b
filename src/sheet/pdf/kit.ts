// The one door to pdfkit. It is imported lazily (only commands that draw pay ~200 ms for it and
// fontkit), and the few internals we use are typed here, in one place.

/** The subset of pdfkit's document we use; its own typings lag behind 0.20. */
export interface KitDocument {
  page: { width: number; height: number; fonts: Record<string, unknown> };
  addContent(data: string): KitDocument;
  registerFont(name: string, src: unknown): KitDocument;
  font(name: string): KitDocument;
  fontSize(size: number): KitDocument;
  fillColor(color: string): KitDocument;
  strokeColor(color: string): KitDocument;
  lineWidth(w: number): KitDocument;
  text(text: string, x: number, y: number, options: Record<string, unknown>): KitDocument;
  rect(x: number, y: number, w: number, h: number): KitDocument;
  roundedRect(x: number, y: number, w: number, h: number, r: number): KitDocument;
  circle(x: number, y: number, r: number): KitDocument;
  moveTo(x: number, y: number): KitDocument;
  lineTo(x: number, y: number): KitDocument;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): KitDocument;
  closePath(): KitDocument;
  translate(x: number, y: number): KitDocument;
  scale(factor: number): KitDocument;
  dash(length: number, options?: { space?: number }): KitDocument;
  undash(): KitDocument;
  lineJoin(j: string): KitDocument;
  lineCap(c: string): KitDocument;
  stroke(): KitDocument;
  fill(color?: string): KitDocument;
  fillAndStroke(fill?: string, stroke?: string): KitDocument;
  save(): KitDocument;
  restore(): KitDocument;
  addPage(options?: Record<string, unknown>): KitDocument;
  switchToPage(n: number): KitDocument;
  bufferedPageRange(): { start: number; count: number };
  on(event: 'data', cb: (chunk: Buffer) => void): void;
  on(event: 'end', cb: () => void): void;
  on(event: 'error', cb: (e: unknown) => void): void;
  end(): void;
  /** pdfkit internal: the current font (an EmbeddedFont) and its fontkit font. */
  _font: KitEmbeddedFont;
  /** pdfkit internals that withoutXmp (compact.ts) reads and replaces. */
  endMetadata?: () => void;
  options?: { subset?: unknown; pdfUA?: unknown };
}

export interface KitEmbeddedFont {
  /** The font's resource name on a page (/F1 …), and its PDF object. */
  id: string;
  ref(): unknown;
  font: FontkitFont;
  subset: KitSubset;
  widths: number[];
  unicode: number[][];
  scale: number;
  encode(text: string, features?: unknown): [string[], KitPosition[]];
  widthOfString(text: string, size: number, features?: unknown): number;
}

/** The subsetter of an embedded font (fontkit's, or ours for TrueType): glyph id → id in the subset. */
export interface KitSubset {
  includeGlyph(id: number): number;
}

export interface KitPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** fontkit's font object, the members we read. */
export interface FontkitFont {
  postscriptName?: string;
  familyName?: string;
  unitsPerEm: number;
  type?: string;
  glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
  layout?: unknown;
}

export type KitDocumentClass = new (options: Record<string, unknown>) => KitDocument;

let loaded: KitDocumentClass | undefined;

export async function pdfkit(): Promise<KitDocumentClass> {
  if (!loaded) loaded = ((await import('pdfkit')) as unknown as { default: KitDocumentClass }).default;
  return loaded;
}
