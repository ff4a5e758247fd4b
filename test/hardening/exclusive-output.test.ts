import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IkuseiError } from '../../src/core/diagnostics/errors.js';
import { writePdf } from '../../src/sheet/output.js';
import { tempDir } from '../helpers/temp.js';

// Issue 14, item 16: two batches into one folder. Checking that a PDF does not exist and then
// renaming over its name lets the second batch replace the first one's PDF. The final name is
// created exclusively instead (link of the finished temporary file): whoever comes second is told
// the file exists, and the first PDF stays byte for byte. With --force it is replaced, atomically.

afterEach(() => vi.restoreAllMocks());

/** Makes another writer finish `target` at the moment ours has opened its temporary file. */
function raceWith(target: string, theirs: string) {
  const open = fs.openSync;
  vi.spyOn(fs, 'openSync').mockImplementation(function (this: unknown, ...args: Parameters<typeof fs.openSync>) {
    const fd = open.apply(this, args);
    if (String(args[0]).endsWith('.tmp') && !fs.existsSync(target)) fs.writeFileSync(target, theirs);
    return fd;
  });
}

describe('PDF output created exclusively', () => {
  it('a PDF that appears while ours is written is kept; ours is refused as existing', () => {
    const dir = tempDir('ikusei-excl-');
    const target = path.join(dir, 'case.pdf');
    raceWith(target, 'THEIRS');
    let error: unknown;
    try {
      writePdf(target, Buffer.from('OURS'), dir, false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IkuseiError);
    expect((error as IkuseiError).code).toBe('OUTPUT_EXISTS');
    expect(fs.readFileSync(target, 'utf8')).toBe('THEIRS');
    expect(fs.readdirSync(dir)).toEqual(['case.pdf']); // no temporary file left
    fs.rmSync(dir, { recursive: true });
  });

  it('with --force the PDF is replaced', () => {
    const dir = tempDir('ikusei-excl-');
    const target = path.join(dir, 'case.pdf');
    raceWith(target, 'THEIRS');
    writePdf(target, Buffer.from('OURS'), dir, true);
    expect(fs.readFileSync(target, 'utf8')).toBe('OURS');
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });
});
