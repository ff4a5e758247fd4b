import { load as msg } from '../../messages/load.js';

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; message: string; hint?: string; line: number; column: number };

/**
 * Bytes → text. A UTF-8 BOM is fine (Windows editors add one); UTF-16 and Shift_JIS are the usual
 * mistakes on office PCs, so they get their own messages with the place of the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    return { ok: false, message: msg.utf16, hint: msg.notUtf8Hint, line: 1, column: 1 };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  // A NUL is checked first: in a binary file it usually comes before the first invalid UTF-8
  // byte, and "not a text file" says more than "maybe Shift_JIS".
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionAtEnd(new TextDecoder().decode(body.subarray(0, nul)));
    return { ok: false, message: msg.binary, hint: msg.notUtf8Hint, line, column };
  }
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const prefix = new TextDecoder().decode(body.subarray(0, bad));
    const { line, column } = positionAtEnd(prefix);
    return { ok: false, message: msg.notUtf8, hint: msg.notUtf8Hint, line, column };
  }
  return { ok: true, text: new TextDecoder().decode(body) };
}

/**
 * UTF-16 without a BOM (some Windows tools write it): the ASCII of a YAML file (keys, ids,
 * punctuation) puts a NUL in every other byte, always on the same side.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return pairs >= 2 && Math.max(even, odd) >= pairs / 4 && Math.min(even, odd) <= Math.max(even, odd) / 10;
}

function positionAtEnd(prefix: string): { line: number; column: number } {
  const lines = prefix.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
