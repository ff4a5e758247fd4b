import crypto from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionFile } from '../../src/core/case/types.js';
import { EnvelopeError, openEnvelope, sealSession } from '../../src/io/session/envelope.js';

// Issue 14, item 14: new encrypted sessions use scrypt N=2^17 (current guidance), files written
// with the old N=2^15 still open, and the cost parameters a file's header names are bounded
// before anything is derived: a hostile header cannot cost half a minute and hundreds of MB.

afterEach(() => vi.restoreAllMocks());

const PASS = 'ひみつの合言葉 2026';

function session(id = '20261206-0900-kdf1'): SessionFile {
  return {
    format: 'ikusei-session', version: 1, id, program: { id: 'mini', version: 'v', hash: 'a'.repeat(64) }, intake: { label: 'R7-1' },
    status: 'in-progress', createdAt: '2026-12-06T00:00:00.000Z', updatedAt: '2026-12-06T00:00:00.000Z', answers: {}, audit: [{ at: '2026-12-06T00:00:00.000Z', event: 'start' }],
  };
}

/** An envelope as an older ikusei (or a hostile file) writes it, with any KDF parameters. */
function envelopeWith(kdf: { N: number; r: number; p: number }, derive = true) {
  const s = session();
  const salt = crypto.randomBytes(16).toString('base64');
  const iv = crypto.randomBytes(12);
  const head = { format: 'ikusei-session-encrypted', version: 1, id: s.id, status: s.status, createdAt: s.createdAt, updatedAt: s.updatedAt };
  const aad = Buffer.from(JSON.stringify([head.format, head.version, head.id, head.status, head.createdAt, head.updatedAt, 'scrypt', kdf.N, kdf.r, kdf.p, 32, salt, 'aes-256-gcm', iv.toString('base64')]), 'utf8');
  const key = derive ? crypto.scryptSync(PASS, Buffer.from(salt, 'base64'), 32, { ...kdf, maxmem: 256 * 1024 * 1024 }) : crypto.randomBytes(32);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: 16 });
  cipher.setAAD(aad);
  const data = Buffer.concat([cipher.update(JSON.stringify(s), 'utf8'), cipher.final()]);
  return { ...head, kdf: { name: 'scrypt', ...kdf, keyLength: 32, salt }, cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') }, data: data.toString('base64') };
}

describe('scrypt parameters', () => {
  it('new sessions are sealed with N=2^17, r=8, p=1', { timeout: 60_000 }, () => {
    const e = sealSession(session(), JSON.stringify(session()), PASS, '/nowhere/kdf-new.json');
    expect(e.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(JSON.parse(openEnvelope(e, PASS, '/nowhere/kdf-new.json')).id).toBe(session().id);
  });

  it('sessions written with the old N=2^15 still open', { timeout: 60_000 }, () => {
    const old = envelopeWith({ N: 2 ** 15, r: 8, p: 1 });
    expect(JSON.parse(openEnvelope(old, PASS, '/nowhere/kdf-old.json')).id).toBe(session().id);
  });

  it.each([
    ['N=2^18, p=16 (36 s, 330 MB)', { N: 2 ** 18, r: 8, p: 16 }],
    ['p=64', { N: 2 ** 15, r: 8, p: 64 }],
    ['r=32 at N=2^16', { N: 2 ** 16, r: 32, p: 1 }],
    ['N=2^20', { N: 2 ** 20, r: 8, p: 1 }],
    ['N=2^10 (too weak)', { N: 2 ** 10, r: 8, p: 1 }],
  ])('a header asking for %s is refused as unsupported before any key is derived', (_name, kdf) => {
    const derive = vi.spyOn(crypto, 'scryptSync').mockImplementation(() => {
      throw new Error('derived a key');
    });
    const hostile = envelopeWith(kdf, false);
    let error: unknown;
    try {
      openEnvelope(hostile, PASS, '/nowhere/kdf-hostile.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvelopeError);
    expect((error as EnvelopeError).problem).toBe('unsupported');
    expect(derive).not.toHaveBeenCalled();
  });
});
