import fc from 'fast-check';

// Edits that turn a good program into a broken one the way people and tools break YAML: lines
// lost, doubled or swapped when copying, indentation off by a space, tabs and full-width spaces
// from word processors, renamed ids, files cut short, values of the wrong kind, stray characters.

export type Mutation =
  | { kind: 'delete' | 'duplicate' | 'tab' | 'fullwidth'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'rename'; at: number; to: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'value'; at: number; to: string }
  | { kind: 'insert'; at: number; text: string };

/** Values of every YAML kind, including the awkward ones. */
const VALUES = ['true', '"true"', '42', '-1', '3.5', '"42"', '[]', '{}', '~', 'null', '"x"', '[a, b]', '{ a: 1 }', '&a x', '*a', '!!str 1', '!!binary AA==', '|', '>-', '"', "'", '- x', 'yes', 'NaN', '.inf', '0x1F', '2026-02-30', 'unknown', '__proto__'];
const TYPES = ['single', 'multi', 'yesno', 'number', 'date', 'text', 'info', 'outcome'];

const idLike = fc.oneof(fc.stringMatching(/^[qioac]_[a-z0-9_]{1,12}$/), fc.constantFrom('unknown', '', 'Q_UPPER', 'q-dash', '日本語ID', '__proto__'));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const, 'tab' as const, 'fullwidth' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), to: idLike }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('value' as const), at: fc.nat(), to: fc.oneof(fc.constantFrom(...VALUES, ...TYPES), fc.string({ maxLength: 8 })) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'binary-ascii', maxLength: 6 }), fc.constantFrom('\r', '\r\n', '\u2028', '\u0085', '\ufeff', '\u3000', '\t', ': ', '- ', '#', '"', '{', '[')),
  }),
);

/** Applies one mutation; positions wrap around the text, so every generated value applies. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % lines.length;
  const line = lines[i]!;
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, line);
      break;
    case 'tab':
      lines[i] = line.replace(/^( *)/, (lead) => lead.slice(0, -2) + '\t');
      break;
    case 'fullwidth':
      lines[i] = line.replace(/^( *)/, (lead) => lead.slice(0, -2) + '\u3000');
      break;
    case 'swap': {
      const j = m.with % lines.length;
      [lines[i], lines[j]] = [lines[j]!, line];
      break;
    }
    case 'indent':
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
    case 'rename': {
      // Replaces one occurrence of an id (a node, option, action, flag…) anywhere in the file.
      const ids = [...text.matchAll(/\b[qioac]_[a-z0-9_]+\b|\b[a-z]+-[a-z-]+\b/g)];
      if (ids.length === 0) return text;
      const hit = ids[m.at % ids.length]!;
      return text.slice(0, hit.index) + m.to + text.slice(hit.index + hit[0].length);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'value':
      lines[i] = /: ./.test(line) ? line.replace(/: .*$/, `: ${m.to}`) : `${line} ${m.to}`;
      break;
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
  }
  return lines.join('\n');
}
