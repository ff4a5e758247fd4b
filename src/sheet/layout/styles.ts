// Sizes and colours of every ikusei PDF. Printed in black and white on office printers, so the
// hierarchy comes from size, weight and grey fills, never from colour alone.

export const MM = 72 / 25.4;

/**
 * The smallest type any sheet prints. Office printers and tired eyes: 根拠 and sources at 6–7 pt
 * grey were hard to read on paper, so nothing goes below this (test/sheet/legible.e2e.test.ts).
 */
export const MIN_PRINT_SIZE = 7.5;

export const SIZE = {
  title: 15,
  heading: 10.5,
  body: 9,
  small: 8,
  header: MIN_PRINT_SIZE,
};

/** Line height as a multiple of the font size; generous for Japanese text. */
export const LINE = 1.45;

export const COLOR = {
  text: '#000000',
  /** Secondary text: dark enough to survive a toner-saving office printer. */
  muted: '#333333',
  rule: '#7a7a7a',
  faint: '#b5b5b5',
  fill: '#ececec',
  notice: '#000000',
};

/** Page geometry: a wide left margin leaves room for a 2-hole punch (穴あけ用の余白 25 mm). */
export interface Geometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  headerY: number;
  footerY: number;
}

export function geometry(leftMarginMm: number, page = { width: 595.28, height: 841.89 }): Geometry {
  return {
    width: page.width,
    height: page.height,
    left: leftMarginMm * MM,
    right: page.width - 14 * MM,
    top: 20 * MM,
    bottom: page.height - 16 * MM,
    headerY: 9 * MM,
    footerY: page.height - 11 * MM,
  };
}
