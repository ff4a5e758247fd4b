import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../src/io/case/read.js';
import type { SessionFile } from '../../src/core/case/types.js';
import { IkuseiError } from '../../src/core/diagnostics/errors.js';
import { EnvelopeError, KDF_DEFAULTS, envelopeHeader, openEnvelope, sealSession, type Envelope } from '../../src/io/session/envelope.js';
import { listSessions, saveSession } from '../../src/io/session/store.js';
import { repoRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// The encrypted session format (src/io/session/envelope.ts, programs/schema/session-encrypted.schema.json),
// in-process: what is encrypted and what is not, what a wrong passphrase or a changed byte does.

const PASS = '正しいパスフレーズ';
const AT = '2026-11-22T01:00:00.000Z';

function session(id = '20261122-1000-aaaa', status: SessionFile['status'] = 'in-progress'): SessionFile {
  return {
    format: 'ikusei-session',
    version: 1,
    id,
    program: { id: 'mini', version: '1', hash: 'a'.repeat(64) },
    intake: { label: 'SECRET-LABEL', caseworker: 'SECRET-CW' },
    status,
    createdAt: AT,
    updatedAt: AT,
    answers: { q_note: { value: 'SECRET-ANSWER', memo: 'SECRET-MEMO', at: AT } },
    audit: [{ at: AT, event: 'start' }],
  };
}

const seal = (s = session(), file = '/x/a.json', pass = PASS) => sealSession(s, JSON.stringify(s, null, 2) + '\n', pass, file);
const wrongWith = (e: unknown, pass: string | undefined) => {
  try {
    openEnvelope(e, pass, '/x/other.json');
    return undefined;
  } catch (error) {
    return (error as EnvelopeError).problem;
  }
};

const schema = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(repoRoot, 'programs/schema/session-encrypted.schema.json'), 'utf8')));
})();

describe('the encrypted envelope', () => {
  it('keeps only the id, status and times readable, records the KDF and cipher, and follows its schema', () => {
    const e = seal();
    const text = JSON.stringify(e);
    for (const secret of ['SECRET-LABEL', 'SECRET-CW', 'SECRET-ANSWER', 'SECRET-MEMO', 'mini', 'q_note']) expect(text).not.toContain(secret);
    expect(envelopeHeader(e)).toEqual({ id: '20261122-1000-aaaa', status: 'in-progress', createdAt: AT, updatedAt: AT });
    expect(e).toMatchObject({ format: 'ikusei-session-encrypted', version: 1, kdf: { name: 'scrypt', ...KDF_DEFAULTS, keyLength: 32 }, cipher: { name: 'aes-256-gcm' } });
    expect(Buffer.from(e.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(e.cipher.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(e.cipher.tag, 'base64')).toHaveLength(16);
    expect(schema(e), JSON.stringify(schema.errors)).toBe(true);
    expect(JSON.parse(openEnvelope(e, PASS, '/x/a.json'))).toEqual(session());
  });

  it('is AES-256-GCM under scrypt(passphrase NFC, salt): decryptable with node:crypto alone, as documented', () => {
    const e = seal();
    const key = crypto.scryptSync(PASS.normalize('NFC'), Buffer.from(e.kdf.salt, 'base64'), 32, { N: e.kdf.N, r: e.kdf.r, p: e.kdf.p, maxmem: 256 * 1024 * 1024 });
    const d = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(e.cipher.iv, 'base64'));
    const k = e.kdf;
    d.setAAD(Buffer.from(JSON.stringify([e.format, e.version, e.id, e.status, e.createdAt, e.updatedAt, k.name, k.N, k.r, k.p, k.keyLength, k.salt, e.cipher.name, e.cipher.iv])));
    d.setAuthTag(Buffer.from(e.cipher.tag, 'base64'));
    const plain = Buffer.concat([d.update(Buffer.from(e.data, 'base64')), d.final()]).toString('utf8');
    expect(JSON.parse(plain).intake.label).toBe('SECRET-LABEL');
    // The same passphrase typed decomposed (NFD) opens it too.
    expect(wrongWith(e, PASS.normalize('NFD'))).toBeUndefined();
  });

  it('keeps a file salt across saves, with a fresh IV each time; another file gets another salt', () => {
    const a1 = seal(session(), '/x/a.json');
    const a2 = seal({ ...session(), updatedAt: '2026-11-22T02:00:00.000Z' }, '/x/a.json');
    const b = seal(session('20261122-1000-bbbb'), '/x/b.json');
    expect(a2.kdf.salt).toBe(a1.kdf.salt);
    expect(a2.cipher.iv).not.toBe(a1.cipher.iv);
    expect(b.kdf.salt).not.toBe(a1.kdf.salt);
  });

  it('refuses a wrong passphrase, and any changed byte or readable field, as "wrong"', () => {
    const e = seal();
    expect(wrongWith(e, 'ちがうパスフレーズ')).toBe('wrong');
    expect(wrongWith(e, undefined)).toBe('locked');
    const flip = (s: string) => Buffer.from(Buffer.from(s, 'base64').map((b, i) => (i === 3 ? b ^ 1 : b))).toString('base64');
    const changed: Envelope[] = [
      { ...e, status: 'completed' }, // a purge could be tricked into deleting it: the key notices
      { ...e, updatedAt: '2020-01-01T00:00:00.000Z' },
      { ...e, id: '20261122-1000-zzzz' },
      { ...e, data: flip(e.data) },
      { ...e, cipher: { ...e.cipher, tag: flip(e.cipher.tag) } },
      { ...e, cipher: { ...e.cipher, iv: flip(e.cipher.iv) } },
      { ...e, kdf: { ...e.kdf, salt: flip(e.kdf.salt) } },
    ];
    for (const c of changed) expect(wrongWith(c, PASS), JSON.stringify(c).slice(0, 120)).toBe('wrong');
  });

  it('tells a damaged or newer envelope from a wrong passphrase, as its schema does', () => {
    const e = seal();
    const cases: [unknown, 'malformed' | 'unsupported'][] = [
      [{ ...e, version: 2 }, 'unsupported'],
      [{ ...e, kdf: { ...e.kdf, N: 2 ** 22 } }, 'unsupported'], // would need 4 GiB to open
      [{ ...e, kdf: { ...e.kdf, name: 'argon2' } }, 'unsupported'],
      [{ ...e, cipher: { ...e.cipher, name: 'aes-128-cbc' } }, 'unsupported'],
      [{ ...e, data: 'not base64!' }, 'malformed'],
      [{ ...e, cipher: { ...e.cipher, iv: 'AAAA' } }, 'malformed'],
      [{ ...e, status: 'lost' }, 'malformed'],
      [{ ...e, createdAt: 'yesterday' }, 'malformed'],
    ];
    for (const [value, problem] of cases) {
      expect(wrongWith(value, PASS), JSON.stringify(value).slice(0, 160)).toBe(problem);
      expect(schema(value)).toBe(false);
    }
  });

  it('an inside that does not match the readable outside is refused', () => {
    const inner = { ...session(), status: 'completed' as const };
    const e = sealSession(session(), JSON.stringify(inner), PASS, '/x/c.json'); // header says in-progress
    expect(wrongWith(e, PASS)).toBe('malformed');
  });
});

describe('the session store with a passphrase', () => {
  const home = () => tempDir('ikusei-env-');

  it('writes envelopes, lists them locked without the passphrase and whole with it, and reads them back', () => {
    const h = home();
    const file = saveSession(h, session(), { passphrase: PASS });
    saveSession(h, session('20261122-0900-bbbb', 'completed'), { passphrase: PASS });
    expect(fs.readFileSync(file, 'utf8')).not.toContain('SECRET');
    expect(readCaseFile(file, h, { passphrase: PASS }).session!.intake.label).toBe('SECRET-LABEL');
    expect(listSessions(h, PASS).sessions.map((s) => [s.session.id, s.encrypted])).toEqual([
      ['20261122-1000-aaaa', true],
      ['20261122-0900-bbbb', true],
    ]);

    const locked = listSessions(h);
    expect(locked.sessions).toEqual([]);
    expect(locked.locked.map((l) => [l.header.id, l.header.status, l.problem])).toEqual([
      ['20261122-1000-aaaa', 'in-progress', 'locked'],
      ['20261122-0900-bbbb', 'completed', 'locked'],
    ]);
    expect(() => readCaseFile(file, h)).toThrow(IkuseiError);
    expect(listSessions(h, 'ちがう').locked.map((l) => l.problem)).toEqual(['wrong', 'wrong']);
    let error: IkuseiError | undefined;
    try {
      readCaseFile(file, h, { passphrase: 'ちがう' });
    } catch (e) {
      error = e as IkuseiError;
    }
    expect(error?.exitCode).toBe(3);
    expect(error?.code).toBe('PASSPHRASE_WRONG');
  });
});
