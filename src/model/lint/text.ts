import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import type { PathSegment, YamlSource } from '../yaml/source.js';

/**
 * Strings made only of spaces (the schema already rejects ""). Full-width spaces count as
 * blank too: they are what a Japanese IME leaves behind in an emptied field.
 */
export function lintBlankTexts(value: unknown, source: YamlSource, path: PathSegment[] = []): Diagnostic[] {
  if (typeof value === 'string') {
    return value.length > 0 && value.trim() === '' ? [source.atPath(path, 'EMPTY_TEXT', msg.emptyText)] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => lintBlankTexts(v, source, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => lintBlankTexts(v, source, [...path, k]));
  }
  return [];
}
