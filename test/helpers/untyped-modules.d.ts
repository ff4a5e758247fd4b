// Types for the two packages the tests use that ship none (fontkit's and jsdom's @types are not
// installed): only what the tests call, so a changed call fails the typecheck instead of passing
// as `any`.

declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: { toSVG(): string };
  }
  export interface Font {
    numGlyphs: number;
    unitsPerEm: number;
    getGlyph(id: number): Glyph;
    glyphForCodePoint(codePoint: number): Glyph;
  }
  /** Reads a font from its bytes. */
  export function create(buffer: Uint8Array): Font;
}

declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    /** The page's window; the tests only hand it and its document to code that expects a browser. */
    readonly window: { readonly document: object };
  }
}
