import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text items of each page of a PDF, as pdf.js (a viewer) reads them. */
export async function pdfPages(file: string): Promise<string[][]> {
  const data = new Uint8Array(fs.readFileSync(file));
  const doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(content.items.flatMap((it) => ('str' in it && it.str !== '' ? [it.str] : [])));
  }
  await doc.destroy();
  return pages;
}

/** Text without any white space: wrapped labels compare equal to their one-line source. */
export const squash = (s: string) => s.replace(/\s+/g, '');
