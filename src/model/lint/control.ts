import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import { terminalSafe, unsafeCharAt } from '../../util/terminal-safe.js';
import type { PathSegment, YamlSource } from '../yaml/source.js';

/**
 * Control characters (ESC, C1, bidi overrides…) in any key or text of a program or catalog: every
 * title and text of a trainer file reaches terminals and sheets, so lint refuses them at their
 * place. Walks the validated data, which the cache keeps; positions are looked up only for a hit.
 */
export function controlCharDiagnostics(data: unknown, file: { readonly source: YamlSource }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: data, path: [] }];
  const report = (text: string, path: PathSegment[], target: 'key' | 'value') => {
    const at = unsafeCharAt(text);
    if (at >= 0) out.push(file.source.atPath(path, 'CONTROL_CHAR', msg.controlChar(terminalSafe(String.fromCodePoint(text.codePointAt(at)!))), { target }));
  };
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') report(value, path, 'value');
    else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        report(k, [...path, k], 'key');
        stack.push({ value: v, path: [...path, k] });
      }
    }
  }
  return out;
}
