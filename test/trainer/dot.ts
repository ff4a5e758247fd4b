// A strict reader for the DOT subset `ikusei graph --format dot` writes: `digraph "id" { … }` with
// attribute statements, node statements and edge statements, every id and value quoted or bare.
// Anything else (an unbalanced brace, a stray quote, a missing `;`) throws.

export interface DotGraph {
  name: string;
  nodes: Map<string, Record<string, string>>;
  edges: { from: string; to: string; attrs: Record<string, string> }[];
}

type Token = { kind: 'id'; value: string } | { kind: 'sym'; value: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) i++;
    else if (ch === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated string');
        const c = text[i]!;
        if (c === '\\') {
          const n = text[i + 1];
          value += n === 'n' ? '\n' : n === '"' ? '"' : n === '\\' ? '\\' : `\\${n}`;
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      out.push({ kind: 'id', value });
    } else if (text.startsWith('->', i)) {
      out.push({ kind: 'sym', value: '->' });
      i += 2;
    } else if ('{}[];,='.includes(ch)) {
      out.push({ kind: 'sym', value: ch });
      i++;
    } else {
      const m = /^[A-Za-z0-9_.]+/.exec(text.slice(i));
      if (!m) throw new Error(`unexpected character ${ch} at ${i}`);
      out.push({ kind: 'id', value: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

export function parseDot(text: string): DotGraph {
  const t = tokens(text);
  let p = 0;
  const next = () => t[p++] ?? { kind: 'sym', value: '<eof>' };
  const expectSym = (v: string) => {
    const k = next();
    if (k.kind !== 'sym' || k.value !== v) throw new Error(`expected ${v}, got ${k.value}`);
  };
  const id = () => {
    const k = next();
    if (k.kind !== 'id') throw new Error(`expected an id, got ${k.value}`);
    return k.value;
  };
  const attrs = () => {
    const out: Record<string, string> = {};
    if (t[p]?.value !== '[') return out;
    expectSym('[');
    while (t[p]?.value !== ']') {
      const key = id();
      expectSym('=');
      out[key] = id();
      if (t[p]?.value === ',') p++;
    }
    expectSym(']');
    return out;
  };
  if (id() !== 'digraph') throw new Error('not a digraph');
  const graph: DotGraph = { name: id(), nodes: new Map(), edges: [] };
  expectSym('{');
  while (t[p]?.value !== '}') {
    const first = id();
    if (['graph', 'node', 'edge'].includes(first) && t[p]?.value === '[') attrs();
    else if (t[p]?.value === '->') {
      p++;
      const to = id();
      graph.edges.push({ from: first, to, attrs: attrs() });
    } else graph.nodes.set(first, attrs());
    expectSym(';');
  }
  expectSym('}');
  if (p !== t.length) throw new Error('text after the graph');
  return graph;
}
