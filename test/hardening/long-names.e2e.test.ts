import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain } from '../helpers/bin.js';
import { ANSWERS, bin, mode, place } from '../privacy/helpers.js';

// Issue 14, item 15: a long but legal file name (up to 255 bytes; 80 Japanese characters are
// 240) is written like any other: the temporary file next to it must fit the limit too. A name
// over the limit is refused in Japanese, never with a raw errno.

const long = (n: number) => 'ケース記録'.repeat(n / 5); // 3 bytes per character

describe('long file names', () => {
  it('render and batch write a PDF whose name is 244 bytes long', { timeout: 90_000 }, async () => {
    const p = place('ikusei-long-');
    const name = `${long(80)}.pdf`;
    expect(Buffer.byteLength(name)).toBe(244);
    p.write('a.yaml', ANSWERS);
    const r = await bin(p, ['render', 'a.yaml', '-o', name]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(mode(p.file(name))).toBe(0o600);
    expect(fs.readdirSync(p.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    p.write(`in/${long(80)}.yaml`, ANSWERS);
    const b = await bin(p, ['batch', 'in', '-o', 'out']);
    expect(b.exitCode, b.stderr).toBe(0);
    expect(fs.readdirSync(p.file('out'))).toEqual([name]);
  });

  it('a name over 255 bytes: exit 3 with a Japanese reason, no errno, nothing written', { timeout: 60_000 }, async () => {
    const p = place('ikusei-long-');
    p.write('a.yaml', ANSWERS);
    const r = await bin(p, ['render', 'a.yaml', '-o', `${long(85)}.pdf`]);
    expect(r.exitCode).toBe(3);
    expect(plain(r.stderr)).toContain('ファイル名が長すぎます');
    expect(r.stderr).not.toMatch(/ENAMETOOLONG|Error/);
    expect(fs.readdirSync(p.dir).filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp'))).toEqual([]);
    expect(fs.existsSync(path.join(p.home, 'sessions'))).toBe(false);
  });
});
