import crypto from 'node:crypto';
import type { DiagnosticCode } from '../../core/diagnostics/diagnostic.js';
import { LIMITS, parseYamlBytes, parseYamlText, type ParseRunner, type ReadResult } from '../../core/yaml/source.js';
import { load as msg } from '../../messages/load.js';
import { readFailure } from '../../messages/case.js';
import { readFileCapped } from './read-capped.js';
import { errnoCode } from './errno.js';

// Reading YAML (and JSON, which is YAML) files: the file part. Parsing text is core/yaml/source.ts.

export interface ReadOptions {
  /** The path to show in messages (defaults to the path read). */
  displayPath?: string;
  /** Print source lines in diagnostics; off for files that hold case data. */
  withFrames?: boolean;
}

export function readYamlFile(path: string, options: ReadOptions = {}): ReadResult {
  const file = options.displayPath ?? path;
  const fail = (code: DiagnosticCode, message: string): ReadResult => ({
    diagnostics: [{ code, severity: 'error', message, file }],
  });
  let bytes: Buffer;
  try {
    // Capped, and regular files only: /dev/zero or a FIFO named as a program or answers file
    // would otherwise be read without end or block (see util/read-capped.ts).
    bytes = readFileCapped(path, LIMITS.maxBytes);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EFBIG') return fail('FILE_TOO_LARGE', msg.fileTooLarge(LIMITS.maxBytes / 1024 / 1024));
    if (code === 'ENOENT') return fail('FILE_NOT_FOUND', msg.fileNotFound(file));
    return fail('FILE_UNREADABLE', msg.fileUnreadable(file, readFailure(code)));
  }
  // The digest of exactly the bytes parsed: saves of a session compare against it (session/store.ts).
  return { ...parseYamlBytes(file, bytes, options.withFrames ?? true, withPlainEnv), digest: crypto.createHash('sha256').update(bytes).digest('hex') };
}

/** parseYamlText as io/ runs it: the same result, faster on large files (withPlainEnv). */
export function parseYamlTextFast(file: string, text: string, withFrames = true): ReadResult {
  return parseYamlText(file, text, withFrames, withPlainEnv);
}

/**
 * yaml's parser reads process.env.LOG_TOKENS for every token, and process.env is an exotic object
 * whose every read calls into C++: a fifth of the parse time of a large program. During the
 * synchronous parse, reads go to a plain copy instead; nothing else runs meanwhile.
 */
export const withPlainEnv: ParseRunner = (fn) => {
  const real = process.env;
  process.env = { ...real };
  try {
    return fn();
  } finally {
    process.env = real;
  }
};
