import crypto from 'node:crypto';
import type { SessionFile } from '../../core/case/types.js';
import { ExitCode, IkuseiError } from '../../core/diagnostics/errors.js';
import { privacyMsg } from '../../messages/privacy.js';

/**
 * Session files encrypted at rest (programs/schema/session-encrypted.schema.json).
 *
 * The session's JSON is encrypted whole with AES-256-GCM under a key derived from the passphrase
 * by scrypt. Each file has its own random salt (kept across saves of that file, so a walk derives
 * its key once) and each save a fresh random 12-byte IV. A few fields stay readable — the id, the
 * status and the two times, none of them case data — so that `ikusei sessions` can list the file
 * and `sessions purge` can tell a finished session from one in progress without the passphrase.
 * They are bound to the ciphertext as GCM's additional data, so changing them breaks decryption.
 */

export const ENVELOPE_FORMAT = 'ikusei-session-encrypted' as const;
export const ENVELOPE_VERSION = 1;
/**
 * scrypt cost for new files: N=2^17, r=8, p=1 (128 MiB, about 0.3–0.6 s per key, paid once per
 * file per run), as current guidance (OWASP) recommends. Files written with the earlier N=2^15
 * still open, and keep their salt and parameters when saved again (a new file gets these).
 */
export const KDF_DEFAULTS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/**
 * What a file's header may ask for, checked before anything is derived: a header is not yet
 * authenticated, so a hostile one could otherwise cost half a minute and hundreds of MB
 * (N=2^18, p=16) before the passphrase is even checked. Memory (128·N·r) and work (N·r·p) are
 * held to twice ours; N at least 2^14.
 */
const MAX_KDF_MEMORY = 256 * 1024 * 1024;
const MAX_KDF_WORK = 2 * KDF_DEFAULTS.N * KDF_DEFAULTS.r * KDF_DEFAULTS.p;

export interface Envelope {
  format: typeof ENVELOPE_FORMAT;
  version: number;
  id: string;
  status: SessionFile['status'];
  createdAt: string;
  updatedAt: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; keyLength: number; salt: string };
  cipher: { name: 'aes-256-gcm'; iv: string; tag: string };
  data: string;
}

/** What anyone can read of an encrypted session. */
export type EnvelopeHeader = Pick<Envelope, 'id' | 'status' | 'createdAt' | 'updatedAt'>;

export type EnvelopeProblem = 'malformed' | 'unsupported' | 'locked' | 'wrong';

/** Why an encrypted session cannot be opened; callers turn it into a message for the file. */
export class EnvelopeError extends Error {
  override readonly name = 'EnvelopeError';
  constructor(readonly problem: EnvelopeProblem) {
    super(problem);
  }
}

export function isEnvelope(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENVELOPE_FORMAT;
}

/** Derived keys by salt and cost (and passphrase): scrypt is slow on purpose, once is enough. */
const keys = new Map<string, { passphrase: string; key: Buffer }>();
/** The salt each file was last read or written with, so its saves reuse the derived key. */
const salts = new Map<string, { salt: string; N: number; r: number; p: number }>();

function scryptOptions(kdf: { N: number; r: number; p: number }): crypto.ScryptOptions {
  return { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 128 * kdf.N * kdf.r + 128 * kdf.r * kdf.p + 1024 * 1024 };
}

function deriveKey(passphrase: string, kdf: { salt: string; N: number; r: number; p: number }): Buffer {
  const id = `${kdf.N}:${kdf.r}:${kdf.p}:${kdf.salt}`;
  const known = keys.get(id);
  if (known && known.passphrase === passphrase) return known.key;
  // NFC: the same passphrase typed through different input methods gives the same key.
  const key = crypto.scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), KEY_BYTES, scryptOptions(kdf));
  keys.set(id, { passphrase, key });
  return key;
}

/**
 * Derives the keys of many envelopes at once, on libuv's thread pool (scrypt's async form), so
 * that listing many encrypted sessions takes a fraction of the time. The synchronous readers then
 * find the keys ready. Envelopes that are not usable are skipped: their readers report them.
 */
export async function deriveKeys(values: unknown[], passphrase: string): Promise<void> {
  await Promise.all(
    values.map(async (value) => {
      let kdf: Envelope['kdf'];
      try {
        kdf = checkEnvelope(value).kdf;
      } catch {
        return;
      }
      const id = `${kdf.N}:${kdf.r}:${kdf.p}:${kdf.salt}`;
      if (keys.get(id)?.passphrase === passphrase) return;
      const key = await new Promise<Buffer | undefined>((resolve) =>
        crypto.scrypt(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), KEY_BYTES, scryptOptions(kdf), (error, k) => resolve(error ? undefined : k)),
      );
      if (key) keys.set(id, { passphrase, key });
    }),
  );
}

/** The header fields and KDF/cipher parameters, as the bytes GCM authenticates with the data. */
function additionalData(e: Omit<Envelope, 'data' | 'cipher'> & { cipher: { name: string; iv: string } }): Buffer {
  const k = e.kdf;
  return Buffer.from(JSON.stringify([e.format, e.version, e.id, e.status, e.createdAt, e.updatedAt, k.name, k.N, k.r, k.p, k.keyLength, k.salt, e.cipher.name, e.cipher.iv]), 'utf8');
}

/** Encrypts a session's JSON text for `file`. */
export function sealSession(session: SessionFile, json: string, passphrase: string, file: string): Envelope {
  const kdf = salts.get(file) ?? { salt: crypto.randomBytes(SALT_BYTES).toString('base64'), ...KDF_DEFAULTS };
  const key = deriveKey(passphrase, kdf);
  salts.set(file, kdf);
  const iv = crypto.randomBytes(IV_BYTES);
  const head = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    id: session.id,
    status: session.status,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
    kdf: { name: 'scrypt' as const, N: kdf.N, r: kdf.r, p: kdf.p, keyLength: KEY_BYTES, salt: kdf.salt },
  };
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData({ ...head, cipher: { name: 'aes-256-gcm', iv: iv.toString('base64') } }));
  const data = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return { ...head, cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') }, data: data.toString('base64') };
}

/**
 * The session's JSON text from an envelope read from `file`. Throws EnvelopeError: 'locked'
 * without a passphrase, 'wrong' when it does not open (wrong passphrase, or the file was changed).
 */
export function openEnvelope(value: unknown, passphrase: string | undefined, file: string): string {
  const e = checkEnvelope(value);
  if (passphrase === undefined) throw new EnvelopeError('locked');
  const key = deriveKey(passphrase, e.kdf);
  let json: string;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(e.cipher.iv, 'base64'), { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(e));
    decipher.setAuthTag(Buffer.from(e.cipher.tag, 'base64'));
    json = Buffer.concat([decipher.update(Buffer.from(e.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new EnvelopeError('wrong');
  }
  // Authentic, so written by someone with the passphrase; still, the outside must match the inside.
  let inner: Partial<SessionFile>;
  try {
    inner = JSON.parse(json) as Partial<SessionFile>;
  } catch {
    throw new EnvelopeError('malformed');
  }
  if (inner.id !== e.id || inner.status !== e.status || inner.createdAt !== e.createdAt || inner.updatedAt !== e.updatedAt) throw new EnvelopeError('malformed');
  salts.set(file, { salt: e.kdf.salt, N: e.kdf.N, r: e.kdf.r, p: e.kdf.p });
  return json;
}

/** The readable part of an envelope (throws EnvelopeError 'malformed' or 'unsupported'). */
export function envelopeHeader(value: unknown): EnvelopeHeader {
  const e = checkEnvelope(value);
  return { id: e.id, status: e.status, createdAt: e.createdAt, updatedAt: e.updatedAt };
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The same rules as session-encrypted.schema.json, checked by hand: the envelope is tiny and flat. */
function checkEnvelope(value: unknown): Envelope {
  if (!isEnvelope(value)) throw new EnvelopeError('malformed');
  const e = value as Record<string, unknown>;
  if (typeof e.version !== 'number' || !Number.isInteger(e.version)) throw new EnvelopeError('malformed');
  if (e.version > ENVELOPE_VERSION) throw new EnvelopeError('unsupported');
  const kdf = e.kdf as Record<string, unknown> | undefined;
  const cipher = e.cipher as Record<string, unknown> | undefined;
  const ok =
    e.version === ENVELOPE_VERSION &&
    typeof e.id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(e.id) &&
    (e.status === 'in-progress' || e.status === 'completed') &&
    typeof e.createdAt === 'string' && ISO.test(e.createdAt) &&
    typeof e.updatedAt === 'string' && ISO.test(e.updatedAt) &&
    typeof e.data === 'string' && BASE64.test(e.data) &&
    typeof kdf === 'object' && kdf !== null && typeof cipher === 'object' && cipher !== null &&
    typeof kdf.salt === 'string' && BASE64.test(kdf.salt) && Buffer.from(kdf.salt, 'base64').length >= SALT_BYTES &&
    typeof cipher.iv === 'string' && BASE64.test(cipher.iv) && Buffer.from(cipher.iv, 'base64').length === IV_BYTES &&
    typeof cipher.tag === 'string' && BASE64.test(cipher.tag) && Buffer.from(cipher.tag, 'base64').length === TAG_BYTES;
  if (!ok) throw new EnvelopeError('malformed');
  const { N, r, p } = kdf;
  const supported =
    kdf.name === 'scrypt' && cipher.name === 'aes-256-gcm' && kdf.keyLength === KEY_BYTES &&
    typeof N === 'number' && typeof r === 'number' && typeof p === 'number' &&
    Number.isInteger(N) && Number.isInteger(r) && Number.isInteger(p) &&
    N >= 2 ** 14 && N <= 2 ** 18 && (N & (N - 1)) === 0 &&
    r >= 1 && r <= 16 && p >= 1 && p <= 4 &&
    128 * N * r <= MAX_KDF_MEMORY && N * r * p <= MAX_KDF_WORK;
  if (!supported) throw new EnvelopeError('unsupported');
  return value as Envelope;
}

/** An envelope that cannot be opened, as the error the CLI reports (see privacyMsg.envelope). */
export function envelopeFailure(problem: EnvelopeProblem, shown: string): IkuseiError {
  const m = privacyMsg.envelope;
  switch (problem) {
    case 'locked':
      return new IkuseiError('PASSPHRASE_NEEDED', m.locked(shown), ExitCode.ENVIRONMENT, { hint: m.lockedHint });
    case 'wrong':
      return new IkuseiError('PASSPHRASE_WRONG', m.wrong(shown), ExitCode.ENVIRONMENT, { hint: m.wrongHint });
    case 'unsupported':
      return new IkuseiError('ENCRYPTION_UNSUPPORTED', m.unsupported(shown), ExitCode.PROBLEMS, { hint: m.unsupportedHint });
    default:
      return new IkuseiError('ENCRYPTION_MALFORMED', m.malformed(shown), ExitCode.PROBLEMS, { hint: m.malformedHint });
  }
}
