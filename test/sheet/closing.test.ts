import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../src/io/case/read.js';
import { createContext } from '../../src/app/context.js';
import { renderCaseToPdf } from '../../src/sheet/api.js';
import { textRuns } from './helpers/runs.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

// Issue 15 item 17: the signature block fell alone onto a mostly empty last page. One case is
// rendered with a memo growing line by line, so that the end of the case part passes through
// every position on its page; on each sheet, something of the case comes before 次回見直し日 on the
// page that carries the signature boxes.
const context = (t: ReturnType<typeof tempCase>) => {
  const sink = { write: () => true };
  return createContext({ stdout: sink, stderr: sink, stdin: new PassThrough(), env: t.env, cwd: t.dir, now: () => new Date('2026-11-22T10:00:00+09:00') }, { programs: SHEET_PROGRAMS });
};

const SENTENCE = '本人は、朝起きるのがつらく、1時間目に間に合わない日が週に2日ほどあると話しています。';

describe('the signature boxes never close a sheet alone', () => {
  it('keeps case text on their page, wherever the case part ends', { timeout: 600_000 }, async () => {
    const t = tempCase();
    const ctx = context(t);
    let pages = new Set<number>();
    for (let n = 0; n <= 40; n++) {
      const memo = SENTENCE.repeat(n) || '短いメモ';
      t.write(`c${n}.yaml`, RISK_ANSWERS.replace(/ {2}q_date: 学校の.*/, `  q_date: ${memo}`));
      const out = `c${n}.pdf`;
      const r = await renderCaseToPdf(ctx, readCaseFile(t.file(`c${n}.yaml`), t.dir), out);
      pages.add(r.pages);
      const { runs, pageHeight } = await textRuns(t.file(out));
      const sign = runs.find((x) => x.str.includes('査察指導員'))!;
      const review = runs.find((x) => x.page === sign.page && x.str.includes('次回見直し日'))!;
      expect(review, `memo of ${n} sentences`).toBeDefined();
      // Body text of that page above the 次回見直し日 heading (not the running header or footer).
      const before = runs.filter((x) => x.page === sign.page && x.y > review.y + 1 && x.y < pageHeight - 45);
      expect(before.length, `memo of ${n} sentences: 次回見直し日 starts page ${sign.page} of ${r.pages}`).toBeGreaterThan(0);
      fs.rmSync(t.file(out));
    }
    // The memo moved the end of the case part over more than one page.
    expect(pages.size).toBeGreaterThan(1);
  });
});
