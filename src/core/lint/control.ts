import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import { terminalSafe, unsafeCharAt } from '../text/terminal-safe.js';
import type { PathSegment, YamlSource } from '../yaml/source.js';

/**
 * Control characters (ESC, C1, bidi overrides…) in any key or text of a program or catalog: every
 * title and text of a trainer file reaches terminals and sheets, so lint refuses them at their
 * place. Walks the validated data, which the cache keeps; positions are looked up only for a hit.
 */
export function controlCharDiagnostics(data: unknown, file: { readonly source: YamlSource }): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Paths are built only for a hit: a 10,000-node program has 100,000 strings, almost always clean.
  type Frame = { value: unknown; key?: PathSegment; parent?: Frame };
  const pathOf = (f: Frame | undefined): PathSegment[] => (f?.parent ? [...pathOf(f.parent), f.key!] : []);
  const report = (text: string, at: Frame, target: 'key' | 'value') => {
    const i = unsafeCharAt(text);
    if (i >= 0) out.push(file.source.atPath(pathOf(at), 'CONTROL_CHAR', msg.controlChar(terminalSafe(String.fromCodePoint(text.codePointAt(i)!))), { target }));
  };
  const stack: Frame[] = [{ value: data }];
  while (stack.length) {
    const frame = stack.pop()!;
    const value = frame.value;
    if (typeof value === 'string') report(value, frame, 'value');
    else if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, key: i, parent: frame }));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const child = { value: v, key: k, parent: frame };
        report(k, child, 'key');
        stack.push(child);
      }
    }
  }
  return out;
}
