import fs from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../src/io/case/read.js';
import { createContext } from '../../src/app/context.js';
import { IkuseiError } from '../../src/core/diagnostics/errors.js';
import { renderCaseToPdf } from '../../src/sheet/api.js';
import { readPdf } from './helpers/pdf.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

// The contract `ikusei start` relies on at the end of a walk.
describe('renderCaseToPdf', () => {
  const context = (t: ReturnType<typeof tempCase>) => {
    const sink = { write: () => true };
    return createContext({ stdout: sink, stderr: sink, stdin: new PassThrough(), env: t.env, cwd: t.dir, now: () => new Date('2026-11-22T10:00:00+09:00') }, { programs: SHEET_PROGRAMS });
  };

  it('writes the support sheet of a case (0600) and returns its path and page count', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const ctx = context(t);
    const result = await renderCaseToPdf(ctx, readCaseFile(t.file('a.yaml'), t.dir), 'sheet.pdf');
    expect(result).toEqual({ file: t.file('sheet.pdf'), pages: 3 });
    expect(fs.statSync(result.file).mode & 0o777).toBe(0o600);
    const pdf = await readPdf(result.file);
    expect(pdf.pages).toBe(3);
    expect(pdf.text).toContain('令和8年11月22日');
  });

  it('keeps an existing file unless force', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    t.write('sheet.pdf', 'earlier');
    const ctx = context(t);
    const input = readCaseFile(t.file('a.yaml'), t.dir);
    await expect(renderCaseToPdf(ctx, input, 'sheet.pdf')).rejects.toBeInstanceOf(IkuseiError);
    expect(fs.readFileSync(t.file('sheet.pdf'), 'utf8')).toBe('earlier');
    await renderCaseToPdf(ctx, input, 'sheet.pdf', { force: true });
    expect(fs.readFileSync(t.file('sheet.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
