// Bytes pdfkit writes that an ikusei sheet does not need. Neither changes a page: same glyphs,
// same widths, same text for copy and search.
import type { KitDocument, KitEmbeddedFont } from './kit.js';

/**
 * pdfkit writes every CID's width one by one (`W [0 [1000 1000 …]]`, ≈ 5 bytes a glyph,
 * uncompressed). Most glyphs of a Japanese sheet share one width, so runs of equal widths are
 * written as ranges (`first last width`), as the PDF format allows (ISO 32000-1, 9.7.4.3).
 */
export function compactWidths(widths: readonly (number | undefined)[]): (number | number[])[] {
  const out: (number | number[])[] = [];
  let list: number[] | undefined;
  for (let i = 0; i < widths.length; ) {
    const w = widths[i] ?? 0;
    let j = i + 1;
    while (j < widths.length && (widths[j] ?? 0) === w) j++;
    if (j - i >= 3) {
      out.push(i, j - 1, w);
      list = undefined;
    } else {
      for (let k = i; k < j; k++) {
        if (!list) out.push(k, (list = []));
        list.push(w);
      }
    }
    i = j;
  }
  return out;
}

/** Makes the font's descendant dictionary carry the compact width array when pdfkit embeds it. */
export function useCompactWidths(embedded: KitEmbeddedFont & { document?: { ref(data?: unknown): unknown }; embed?: () => void }): void {
  const embed = embedded.embed?.bind(embedded);
  const doc = embedded.document;
  if (!embed || !doc || typeof doc.ref !== 'function') return; // another pdfkit: keep its own
  embedded.embed = () => {
    const ref = doc.ref;
    doc.ref = function (this: unknown, data?: unknown) {
      const d = data as { W?: unknown[] } | undefined;
      if (d && Array.isArray(d.W) && d.W[0] === 0 && d.W[1] === embedded.widths) d.W = compactWidths(embedded.widths);
      return ref.call(doc, data);
    };
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  };
}

/**
 * pdfkit adds an XMP packet (≈ 1.4 KB, uncompressed) repeating the Info dictionary to every file
 * of PDF 1.4 and later. Only PDF/A and PDF/UA require it, and a sheet claims neither; viewers
 * read title and dates from Info.
 */
export function withoutXmp(kit: KitDocument): void {
  if (typeof kit.endMetadata === 'function' && !kit.options?.subset && !kit.options?.pdfUA) kit.endMetadata = () => undefined;
}
