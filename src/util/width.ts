// Terminal cells of a string (full-width characters take two). string-width does this properly
// but costs ~60 ms to load (Unicode-property regexes and a segmenter built at import), so it is
// loaded only by code about to print a table or a code frame.
let stringWidth: ((s: string) => number) | undefined;

export async function loadWidth(): Promise<void> {
  stringWidth ??= (await import('string-width')).default;
}

/** Cells of `s`; before loadWidth() it counts code points (right for ASCII, short for Japanese). */
export function cellWidth(s: string): number {
  return stringWidth ? stringWidth(s) : [...s.replace(/\u001b\[[0-9;]*m/g, '')].length;
}
