import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateDir, writeFileAtomic } from '../util/atomic.js';

/**
 * A folder of derived data (parsed programs, lint verdicts) named by the hash of everything it was
 * derived from, so an entry can never be stale: a changed input has another name. Losing or
 * corrupting the folder only costs time. It holds program content, never case data.
 */
export interface Cache {
  dir: string;
}

export function cacheKey(...parts: (string | Uint8Array)[]): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
}

export function readCache<T>(cache: Cache | undefined, key: string): T | undefined {
  if (!cache) return undefined;
  try {
    return JSON.parse(fs.readFileSync(path.join(cache.dir, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written (read-only home, full disk) is simply not used. */
export function writeCache(cache: Cache | undefined, key: string, value: unknown): void {
  if (!cache) return;
  try {
    ensurePrivateDir(cache.dir);
    writeFileAtomic(path.join(cache.dir, `${key}.json`), JSON.stringify(value));
  } catch {
    // the next run parses again
  }
}
