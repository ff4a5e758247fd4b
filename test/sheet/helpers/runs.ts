import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One piece of text as pdf.js places it: page (1-based), baseline from the page's foot, size in points. */
export interface TextRun {
  page: number;
  str: string;
  x: number;
  y: number;
  size: number;
}

/** Every non-blank text item of an unencrypted PDF with its position and font size. */
export async function textRuns(file: string): Promise<{ runs: TextRun[]; pageHeight: number }> {
  const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const runs: TextRun[] = [];
  let pageHeight = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    pageHeight = page.view[3]!;
    for (const it of (await page.getTextContent()).items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      const [a, b] = it.transform as number[];
      runs.push({ page: p, str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, size: Math.hypot(a!, b!) });
    }
  }
  await doc.destroy();
  return { runs, pageHeight };
}
