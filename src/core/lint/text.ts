import { yaml } from '../yaml/lazy.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import type { PathSegment, YamlSource } from '../yaml/source.js';

// Checks take the file (not its `source`) so that a program read from the cache is parsed for
// positions only when there is something to report.

/**
 * Strings made only of spaces (the schema already rejects ""). Full-width spaces count as
 * blank too: they are what a Japanese IME leaves behind in an emptied field.
 */
export function lintBlankTexts(value: unknown, file: { readonly source: YamlSource }, path: PathSegment[] = []): Diagnostic[] {
  if (typeof value === 'string') {
    return value.length > 0 && value.trim() === '' ? [file.source.atPath(path, 'EMPTY_TEXT', msg.emptyText)] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => lintBlankTexts(v, file, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => lintBlankTexts(v, file, [...path, k]));
  }
  return [];
}

/** Japanese letters and punctuation: where a space is never wanted. */
const JA = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー、。「」『』（）！？・]';
const FOLD_JOIN = new RegExp(`${JA} ${JA}`, 'u');

/**
 * YAML folds the line breaks of `>` blocks and of multi-line plain or quoted strings into spaces,
 * which is right for English and wrong for Japanese: the sheet would show 「です。 次に」.
 * Returns the offsets of such strings; it needs the YAML tree, so the loader runs it once when
 * it parses a file and keeps the result with the cached program.
 */
export function foldedJapanese(source: YamlSource): number[] {
  const out: number[] = [];
  yaml().visit(source.doc, {
    Scalar(_key, node) {
      if (node.type === yaml().Scalar.BLOCK_LITERAL || typeof node.value !== 'string' || !node.range) return;
      const raw = source.text.slice(node.range[0], node.range[1]);
      if (/\n/.test(raw.trimEnd()) && FOLD_JOIN.test(node.value)) out.push(node.range[0]);
    },
  });
  return out;
}

export function foldedDiagnostics(file: { folded: number[]; source: YamlSource }): Diagnostic[] {
  return file.folded.map((offset) => file.source.at(offset, 1, 'FOLDED_SPACE', msg.foldedSpace, { severity: 'warning' }));
}
