import crypto from 'node:crypto';
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { plain } from '../helpers/bin.js';
import { ANSWERS, bin, place, type Place } from '../privacy/helpers.js';

// Issue 14, item 13: the PDF password comes from IKUSEI_PDF_PASSWORD or --password-file (or a
// prompt), not from the command line (still accepted, with a warning); the owner password is
// random, not the password that opens the file; and the encryption is what the README says:
// Standard handler V 5 / R 5, AESV3 (AES-256, PDF 1.7 Adobe Extension Level 3), checked with pdf.js.

// ASCII for pdf.js, which reads an R 5 password as Latin-1 (qpdf and Acrobat take UTF-8, as the
// standard says; the Japanese case is checked against the standard's hash below).
const SECRET = 'a-long-pass-2026-12-06';
const JAPANESE = 'とても長い合言葉 2026';

async function opens(file: string, password?: string): Promise<'opened' | 'needs password' | 'wrong password'> {
  try {
    const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), ...(password ? { password } : {}), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
    await doc.destroy();
    return 'opened';
  } catch (error) {
    if ((error as { name?: string }).name !== 'PasswordException') throw error;
    return (error as { code?: number }).code === 1 ? 'needs password' : 'wrong password';
  }
}

/** The /Encrypt dictionary's entries (it is never encrypted itself). */
function encryptDict(file: string): { V: number; R: number; cfm: string; O: Buffer; U: Buffer } {
  const text = fs.readFileSync(file).toString('latin1');
  const ref = /\/Encrypt (\d+) 0 R/.exec(text)![1];
  const dict = new RegExp(`\\n${ref} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)![1]!;
  const hex = (key: string) => Buffer.from(new RegExp(`/${key} <([0-9a-fA-F]+)>`).exec(dict)![1]!, 'hex');
  return { V: Number(/\/V (\d+)/.exec(dict)![1]), R: Number(/\/R (\d+)/.exec(dict)![1]), cfm: /\/CFM \/(\w+)/.exec(dict)![1]!, O: hex('O'), U: hex('U') };
}

async function render(p: Place, out: string, args: string[] = [], env: Record<string, string> = {}) {
  return bin(p, ['render', 'a.yaml', '-o', out, ...args], { env });
}

describe('PDF password', () => {
  it('IKUSEI_PDF_PASSWORD encrypts with AES-256 (V 5, R 5, AESV3); the owner password is not the user password', { timeout: 60_000 }, async () => {
    const p = place('ikusei-pdfpw-');
    p.write('a.yaml', ANSWERS);
    const r = await render(p, 'env.pdf', [], { IKUSEI_PDF_PASSWORD: SECRET });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    const file = p.file('env.pdf');
    expect(await opens(file)).toBe('needs password');
    expect(await opens(file, 'ちがう')).toBe('wrong password');
    expect(await opens(file, SECRET)).toBe('opened');
    const e = encryptDict(file);
    expect([e.V, e.R, e.cfm]).toEqual([5, 5, 'AESV3']);
    // R 5 owner check: SHA-256(password ‖ O's validation salt ‖ U) equals O's hash only for the owner password.
    const ownerHash = crypto.createHash('sha256').update(Buffer.concat([Buffer.from(SECRET.normalize('NFKC'), 'utf8').subarray(0, 127), e.O.subarray(32, 40), e.U.subarray(0, 48)])).digest();
    expect(ownerHash.equals(e.O.subarray(0, 32))).toBe(false);
    const userHash = crypto.createHash('sha256').update(Buffer.concat([Buffer.from(SECRET.normalize('NFKC'), 'utf8').subarray(0, 127), e.U.subarray(32, 40)])).digest();
    expect(userHash.equals(e.U.subarray(0, 32))).toBe(true); // the check itself is right
  });

  it('a Japanese password is encrypted as the standard says (UTF-8), with a warning about some viewers', { timeout: 60_000 }, async () => {
    const p = place('ikusei-pdfpw-');
    p.write('a.yaml', ANSWERS);
    const r = await render(p, 'ja.pdf', [], { IKUSEI_PDF_PASSWORD: JAPANESE });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(plain(r.stderr)).toContain('一部の PDF ビューア（Firefox など）では開けません');
    const e = encryptDict(p.file('ja.pdf'));
    const hash = (salt: Buffer, extra: Buffer = Buffer.alloc(0)) => crypto.createHash('sha256').update(Buffer.concat([Buffer.from(JAPANESE, 'utf8'), salt, extra])).digest();
    expect(hash(e.U.subarray(32, 40)).equals(e.U.subarray(0, 32))).toBe(true);
    expect(hash(e.O.subarray(32, 40), e.U.subarray(0, 48)).equals(e.O.subarray(0, 32))).toBe(false);
  });

  it('--password-file reads the first line; --password <value> still works but warns', { timeout: 60_000 }, async () => {
    const p = place('ikusei-pdfpw-');
    p.write('a.yaml', ANSWERS);
    p.write('pw.txt', `${SECRET}\nignored\n`);
    const f = await render(p, 'file.pdf', ['--password-file', 'pw.txt']);
    expect(f.exitCode, f.stderr).toBe(0);
    expect(await opens(p.file('file.pdf'), SECRET)).toBe('opened');
    const v = await render(p, 'value.pdf', ['--password', SECRET]);
    expect(v.exitCode, v.stderr).toBe(0);
    expect(plain(v.stderr)).toContain('パスワードをコマンドラインに書くと');
    expect(await opens(p.file('value.pdf'), SECRET)).toBe('opened');
  });

  it('--password without a value and no terminal: exit 2 saying where a password can come from', { timeout: 60_000 }, async () => {
    const p = place('ikusei-pdfpw-');
    p.write('a.yaml', ANSWERS);
    const r = await render(p, 'x.pdf', ['--password']);
    expect(r.exitCode).toBe(2);
    expect(plain(r.stderr)).toContain('IKUSEI_PDF_PASSWORD');
    expect(fs.existsSync(p.file('x.pdf'))).toBe(false);
    const empty = await render(p, 'y.pdf', [], { IKUSEI_PDF_PASSWORD: '' });
    expect(empty.exitCode).toBe(0); // an empty variable is no password, like IKUSEI_PASSPHRASE
    expect(await opens(p.file('y.pdf'))).toBe('opened');
  });
});
