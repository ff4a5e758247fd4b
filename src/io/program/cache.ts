import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, writeFileAtomic } from '../files/atomic.js';
import { assertOwnDir, isOwnFile } from '../files/private-dir.js';
import { tryReadFileCapped } from '../files/read-capped.js';

/**
 * A folder of derived data (parsed programs, lint verdicts) named by the hash of everything it was
 * derived from, so an entry can never be stale: a changed input has another name. Losing or
 * corrupting the folder only costs time. It holds program content, never case data.
 *
 * An entry decides outcomes, so it is used only when it is what it claims: the folder and the
 * home above it are the user's own and closed to others (else the command stops, exit 3, see
 * util/private-dir.ts), the entry file is the user's own plain file, and it records its own name
 * and the sha256 of the source it was made from, both checked on reading. An entry copied under
 * another name, or one made from other content, is ignored and made again.
 */
export interface Cache {
  dir: string;
}

/** Entries larger than this are not read (a parsed 5 MB program is far smaller). */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

interface Entry {
  key: string;
  source?: string;
  value: unknown;
}

export function cacheKey(...parts: (string | Uint8Array)[]): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

/** The digest of a source file's bytes, as entries record it. */
export function sourceDigest(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

function checkFolder(cache: Cache): void {
  assertOwnDir(path.dirname(cache.dir));
  assertOwnDir(cache.dir);
}

/** The entry `key`, if it is there, ours, and made from `source` (when given). */
export function readCache<T>(cache: Cache | undefined, key: string, source?: string): T | undefined {
  if (!cache) return undefined;
  checkFolder(cache);
  const file = path.join(cache.dir, `${key}.json`);
  try {
    if (!isOwnFile(fs.lstatSync(file))) return undefined;
    const bytes = tryReadFileCapped(file, MAX_ENTRY_BYTES);
    if (!bytes) return undefined;
    const entry = JSON.parse(bytes.toString('utf8')) as Partial<Entry> | null;
    if (!entry || entry.key !== key || entry.source !== source || !('value' in entry)) return undefined;
    return entry.value as T;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written (read-only home, full disk) is simply not used. */
export function writeCache(cache: Cache | undefined, key: string, value: unknown, source?: string): void {
  if (!cache) return;
  checkFolder(cache);
  try {
    ensurePrivateDir(cache.dir);
    writeFileAtomic(path.join(cache.dir, `${key}.json`), JSON.stringify({ key, ...(source ? { source } : {}), value } satisfies Entry));
  } catch {
    // the next run parses again
  }
}
