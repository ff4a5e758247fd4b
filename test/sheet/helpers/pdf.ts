import fs from 'node:fs';
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ReadPdf {
  pages: number;
  /** Every text item in content-stream order (what a reader and a screen reader get). */
  items: string[];
  /** Lines per page: items on the same baseline joined left to right, top to bottom. */
  lines: string[][];
  /** All text in reading order, one string. */
  text: string;
  info: Record<string, unknown>;
  /** Text items that reach outside the printable area (x from `left` to `right`, in points). */
  outside: (left: number, right: number) => string[];
}

/** Reads a PDF back as a viewer would (pdf.js), optionally with its password. */
export async function readPdf(file: string, password?: string): Promise<ReadPdf> {
  const data = new Uint8Array(fs.readFileSync(file));
  // pdf.js takes an AES-256 (UTF-8) password as a string of its UTF-8 bytes.
  const bytes = password === undefined ? undefined : Buffer.from(password, 'utf8').toString('latin1');
  const doc = await getDocument({ data, ...(bytes !== undefined ? { password: bytes } : {}), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const items: string[] = [];
  const lines: string[][] = [];
  const boxes: { s: string; x: number; w: number; y: number; height: number }[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const byY = new Map<number, { x: number; s: string }[]>();
    for (const it of content.items) {
      if (!('str' in it) || it.str === '') continue;
      items.push(it.str);
      boxes.push({ s: it.str, x: it.transform[4] as number, w: it.width, y: it.transform[5] as number, height: page.view[3]! });
      const y = Math.round(it.transform[5] as number);
      const row = byY.get(y) ?? [];
      row.push({ x: it.transform[4] as number, s: it.str });
      byY.set(y, row);
    }
    lines.push(
      [...byY.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, row]) => row.sort((a, b) => a.x - b.x).map((r) => r.s).join('')),
    );
  }
  const meta = await doc.getMetadata();
  const pages = doc.numPages;
  await doc.destroy();
  const outside = (left: number, right: number) =>
    boxes.filter((b) => b.x < left - 0.5 || b.x + b.w > right + 0.5 || b.y < 0 || b.y > b.height).map((b) => b.s);
  return { pages, items, lines, text: items.join(''), info: meta.info as Record<string, unknown>, outside };
}

/**
 * Whether `parts` occur in `text` in this order (white space ignored: pdf.js drops the
 * ideographic space). Returns the first one out of order, if any.
 */
export function outOfOrder(text: string, parts: string[]): string | undefined {
  const squeeze = (s: string) => s.replace(/[\s\u3000]/g, '');
  const flat = squeeze(text);
  let at = 0;
  for (const part of parts) {
    const p = squeeze(part);
    const i = flat.indexOf(p, at);
    if (i < 0) return p;
    at = i + p.length;
  }
  return undefined;
}

/** The embedded fonts' names as the file declares them (/FontName), for an unencrypted PDF. */
export function fontNames(file: string): string[] {
  const raw = fs.readFileSync(file).toString('latin1');
  return [...raw.matchAll(/\/FontName \/([^\s/<>[\]]+)/g)].map((m) => m[1]!);
}

/** The decompressed streams of an unencrypted PDF (page contents, fonts…), as latin1 text. */
export function streams(file: string): string[] {
  const raw = fs.readFileSync(file);
  const out: string[] = [];
  const text = raw.toString('latin1');
  for (const m of text.matchAll(/\/Length (\d+)[^>]*\/Filter \/FlateDecode[\s\S]*?stream\n/g)) {
    const start = m.index + m[0].length;
    try {
      out.push(inflateSync(raw.subarray(start, start + Number(m[1]))).toString('latin1'));
    } catch {
      // not a deflated stream after all
    }
  }
  return out;
}
