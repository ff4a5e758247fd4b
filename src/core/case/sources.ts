import type { YamlSource } from '../yaml/source.js';
import type { CaseInput } from './types.js';

// What io/case/read.ts learnt while reading a case, kept beside the parsed input (not inside it,
// so that the input stays plain data): positions for messages, and the digest of the bytes read.

/** Positions in a case file, for messages that name a question (see validate.ts). */
const sources = new WeakMap<CaseInput, { source: YamlSource; flat: boolean }>();

export function caseSource(input: CaseInput): { source: YamlSource; flat: boolean } | undefined {
  return sources.get(input);
}

/** sha256 of the bytes a case was read from: a session's next save compares against it. */
const digests = new WeakMap<CaseInput, string>();

export function caseDigest(input: CaseInput): string | undefined {
  return digests.get(input);
}

export function rememberCaseSource(input: CaseInput, where: { source: YamlSource; flat: boolean }): void {
  sources.set(input, where);
}

export function rememberCaseDigest(input: CaseInput, digest: string): void {
  digests.set(input, digest);
}
