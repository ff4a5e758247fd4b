import type { Document, LineCounter, Pair, YAMLError } from 'yaml';
import { yaml } from './lazy.js';
import type { Diagnostic, DiagnosticCode, Severity } from '../diagnostics/diagnostic.js';
import { codeFrame } from '../diagnostics/frame.js';
import { load as msg } from '../../messages/load.js';
import { decodeUtf8 } from './encoding.js';

/**
 * Limits that keep a hostile or mistaken file from exhausting memory or time. Bytes alone do not
 * bound memory: yaml makes an object of about 1 KB per item, so a 1 MB file of `[1,1,1,…]` took
 * 600 MB. `maxItems` counts line breaks, commas and opening brackets, the places items start: the
 * largest bundled program has 3,000 and the 10,000-node benchmark program 230,000. A file of the
 * simplest items just under the limit needs up to about 350 MB; at 200,000 it fits in 256 MB.
 */
export const LIMITS = { maxBytes: 5 * 1024 * 1024, maxItems: 300_000, maxDepth: 64, maxAliases: 100 };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type PathSegment = string | number;

/** A parsed YAML file that can still answer "where is this value?" for diagnostics. */
export class YamlSource {
  readonly lines: string[];
  constructor(
    readonly file: string,
    readonly text: string,
    readonly doc: Document.Parsed,
    readonly lineCounter: LineCounter,
    /** False for files with case data: their lines must not be printed. */
    readonly withFrames: boolean,
  ) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  /** A diagnostic at the offset, with line/column and (optionally) a code frame. */
  at(offset: number, length: number, code: DiagnosticCode, message: string, extra: DiagExtra = {}): Diagnostic {
    const { line, col } = this.lineCounter.linePos(offset);
    return this.atLine(line, col, length, code, message, extra);
  }

  atLine(line: number, column: number, length: number, code: DiagnosticCode, message: string, extra: DiagExtra = {}): Diagnostic {
    const d: Diagnostic = { code, severity: extra.severity ?? 'error', message, file: this.file, line, column };
    if (extra.hint) d.hint = extra.hint;
    if (this.withFrames) d.frame = codeFrame(this.lines, line, column, length);
    return d;
  }

  /**
   * The diagnostic for a value found by following `path` from the top of the document. Points at
   * the key when `target` is 'key'; falls back to the nearest ancestor that exists.
   */
  atPath(path: readonly PathSegment[], code: DiagnosticCode, message: string, extra: DiagExtra & { target?: 'key' | 'value' } = {}): Diagnostic {
    const range = this.rangeOf(path, extra.target ?? 'value');
    return this.at(range.start, range.length, code, message, extra);
  }

  rangeOf(path: readonly PathSegment[], target: 'key' | 'value'): { start: number; length: number } {
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    for (const seg of path) {
      const child = childOf(node, seg);
      if (!child) break;
      node = child.value ?? child.key;
      keyNode = child.key;
    }
    const chosen = target === 'key' && keyNode ? keyNode : node;
    const r = yaml().isNode(chosen) ? chosen.range : undefined;
    if (!r) return { start: 0, length: 1 };
    const lineEnd = this.text.indexOf('\n', r[0]);
    const end = Math.min(r[1], lineEnd < 0 ? this.text.length : lineEnd);
    const length = yaml().isScalar(chosen) ? Math.max(1, end - r[0]) : Math.max(1, this.text.slice(r[0], end).trimEnd().length);
    return { start: r[0], length };
  }
}

interface DiagExtra {
  severity?: Severity;
  hint?: string;
}

/** Each map's pairs by key, built on first use: one diagnostic per key of a 100,000-key map must not be quadratic. */
const keyIndex = new WeakMap<object, Map<string, Pair>>();

function childOf(node: unknown, seg: PathSegment): { key?: unknown; value?: unknown } | undefined {
  if (yaml().isMap(node)) {
    let index = keyIndex.get(node);
    if (!index) {
      index = new Map();
      for (const p of node.items) if (yaml().isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      keyIndex.set(node, index);
    }
    const pair = index.get(String(seg));
    return pair ? { key: pair.key, value: pair.value ?? undefined } : undefined;
  }
  if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items)) {
    const item: unknown = node.items[Number(seg)];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

export interface ReadResult {
  source?: YamlSource;
  /** The plain value, present only when the file had no syntax or safety errors: always a mapping. */
  value?: Record<string, unknown>;
  diagnostics: Diagnostic[];
  /** sha256 of the file's bytes, when it was read from a file. */
  digest?: string;
}

/**
 * Runs the parse itself. io/ passes one that hides process.env from yaml for speed (see
 * io/files/read-yaml.ts); core/ touches no process state, so by default it just runs it.
 */
export type ParseRunner = <T>(parse: () => T) => T;
const direct: ParseRunner = (parse) => parse();

export function parseYamlBytes(file: string, bytes: Uint8Array, withFrames = true, run: ParseRunner = direct): ReadResult {
  if (bytes.length > LIMITS.maxBytes) {
    return { diagnostics: [{ code: 'FILE_TOO_LARGE', severity: 'error', message: msg.fileTooLarge(LIMITS.maxBytes / 1024 / 1024), file }] };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const d: Diagnostic = { code: 'NOT_UTF8', severity: 'error', message: decoded.message, file, line: decoded.line, column: decoded.column };
    if (decoded.hint) d.hint = decoded.hint;
    return { diagnostics: [d] };
  }
  return parseYamlText(file, decoded.text, withFrames, run);
}

export function parseYamlText(file: string, text: string, withFrames = true, run: ParseRunner = direct): ReadResult {
  try {
    // A lone CR ends a line for YAML and for editors (old Mac files, Excel for Mac), but yaml
    // reads it as part of the text. LF instead: same length, so every offset stays the same.
    return parseChecked(file, text.replace(/\r(?!\n)/g, '\n'), withFrames, run);
  } catch (error) {
    // Input nested thousands deep overflows yaml's recursive composer or our visitors.
    if (error instanceof RangeError) {
      return { diagnostics: [{ code: 'TOO_DEEP', severity: 'error', message: msg.tooDeep(LIMITS.maxDepth), file, line: 1, column: 1 }] };
    }
    throw error;
  }
}

function parseChecked(file: string, text: string, withFrames: boolean, run: ParseRunner): ReadResult {
  if (itemCount(text, LIMITS.maxItems) > LIMITS.maxItems) {
    return { diagnostics: [{ code: 'FILE_TOO_LARGE', severity: 'error', message: msg.tooManyItems(LIMITS.maxItems), file }] };
  }
  const lineCounter = new (yaml().LineCounter)();
  // uniqueKeys is off because yaml compares each key with every earlier key of its map (20,000
  // keys take 15 s); duplicateKeys() finds the same in one pass.
  // logLevel 'error': yaml's console warning for a complex key is English and quotes the key.
  const doc = run(() => yaml().parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' }));
  // Where a trainer file is expected, a case file (arguments swapped, a session given to show) is
  // refused before any of its lines could be printed, and excerpts are kept for files that are
  // recognisably programs, catalogs or templates: not for a flat answers file or `/etc/passwd`.
  const kind = withFrames ? fileKindOf(doc, text) : 'case';
  if (withFrames && kind === 'case') return { diagnostics: [caseFileDiagnostic(file, doc, text)] };
  const source = new YamlSource(file, text, doc, lineCounter, kind === 'trainer');
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return { source, diagnostics: [yamlDiagnostic(source, exhausted)] }; // one overflow, reported once
  const diagnostics = indentationProblems(source);
  const badLines = new Set(diagnostics.map((d) => d.line));
  // yaml reads on after a syntax error, and what it reports next mostly follows from the first
  // (after an unclosed bracket every later line is an error): the first one found is what to fix.
  const first = [...doc.errors, ...doc.warnings]
    .filter((e) => !badLines.has(lineCounter.linePos(e.pos[0]).line)) // the indentation message already explains this line
    .sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) diagnostics.push(yamlDiagnostic(source, first));
  if (diagnostics.length) return { source, diagnostics };

  diagnostics.push(...duplicateKeys(source), ...structureProblems(source));
  if (diagnostics.length) return { source, diagnostics };
  if (doc.contents === null) return { source, diagnostics: [source.atLine(1, 1, 1, 'NOT_A_MAPPING', msg.empty)] };
  if (!yaml().isMap(doc.contents)) return { source, diagnostics: [source.at(doc.contents.range[0], 1, 'NOT_A_MAPPING', msg.notAMapping)] };
  try {
    return { source, value: doc.toJS({ maxAliasCount: LIMITS.maxAliases }), diagnostics };
  } catch (error) {
    // yaml counts aliases through their expansion, so this also catches "billion laughs" files
    // that use only a few aliases per level. It throws the same error for an alias with no anchor.
    if (error instanceof ReferenceError) return { source, diagnostics: [unresolvedAlias(source) ?? aliasDiagnostic(source)] };
    throw error;
  }
}

/** Top-level keys only case files have, and keys only trainer files have (see the schemas). */
const CASE_KEYS = new Set(['answers', 'intake', 'memos', 'audit', 'cursor', 'kdf', 'cipher']);
const TRAINER_KEYS = new Set([
  ...['nodes', 'start', 'number', 'audience', 'summary', 'sources', 'revised', 'flags', 'tools', 'tests', 'subtitle', 'basis'],
  ...['review_months', 'review_rules', 'visit_interval', 'windows', 'agencies', 'resources', 'kind', 'sections', 'subject', 'labels'],
]);

/** The top-level keys (and `format`) of a document, from its tree, or from its text when that is too broken to have one. */
function topLevel(doc: Document.Parsed, text: string): { keys: string[]; format?: string } {
  if (yaml().isMap(doc.contents)) {
    const pairs = doc.contents.items.flatMap((p) => (yaml().isScalar(p.key) ? [{ key: p.key.value, value: p.value }] : []));
    const format = pairs.find((p) => p.key === 'format')?.value;
    return { keys: pairs.map((p) => String(p.key)), ...(yaml().isScalar(format) ? { format: String(format.value) } : {}) };
  }
  // A key at the start of a line (YAML), or indented at most two spaces and quoted (JSON).
  const keys = [...text.matchAll(/^(?:([A-Za-z_]\w*)|\s{0,2}"([A-Za-z_]\w*)")\s*:/gm)].map((m) => m[1] ?? m[2]!);
  const format = /"?format"?\s*:\s*"?(ikusei-session[\w-]*)/.exec(text)?.[1];
  return { keys, ...(format ? { format } : {}) };
}

function fileKindOf(doc: Document.Parsed, text: string): 'case' | 'trainer' | 'other' {
  const { keys, format } = topLevel(doc, text);
  if (format?.startsWith('ikusei-session') || keys.some((k) => CASE_KEYS.has(k))) return 'case';
  return keys.some((k) => TRAINER_KEYS.has(k)) ? 'trainer' : 'other';
}

function caseFileDiagnostic(file: string, doc: Document.Parsed, text: string): Diagnostic {
  const session = topLevel(doc, text).format?.startsWith('ikusei-session');
  return { code: 'CASE_FILE', severity: 'error', message: session ? msg.sessionFileHere(file) : msg.answersFileHere(file), hint: msg.caseFileHereHint, file };
}

function aliasDiagnostic(source: YamlSource): Diagnostic {
  let at: [number, number] = [0, 1];
  yaml().visit(source.doc, {
    Alias(_key, node) {
      if (node.range) at = [node.range[0], node.source.length + 1];
      return yaml().visit.BREAK;
    },
  });
  return source.at(at[0], at[1], 'ALIAS_LIMIT', msg.aliasLimit(LIMITS.maxAliases));
}

/** An alias (*name) whose anchor (&name) is not defined before it. */
function unresolvedAlias(source: YamlSource): Diagnostic | undefined {
  let found: Diagnostic | undefined;
  yaml().visit(source.doc, {
    Alias(_key, node) {
      if (node.resolve(source.doc) !== undefined || !node.range) return undefined;
      found = source.at(node.range[0], node.source.length + 1, 'YAML_SYNTAX', msg.yamlSyntax('BAD_ALIAS', 'Unresolved alias'));
      return yaml().visit.BREAK;
    },
  });
  return found;
}

/** Lines plus flow-collection items, counted up to `stop`: what yaml's memory grows with. */
function itemCount(text: string, stop: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44 || c === 91 || c === 123) n++; // \n , [ {
  }
  return n;
}

/** The same key twice in one map (keys compared as JS would: 1 and "1" collide). */
function duplicateKeys(source: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: unknown[] = [source.doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (yaml().isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (yaml().isScalar(pair.key) && pair.key.range) {
          const key = String(pair.key.value);
          const message = source.withFrames ? msg.duplicateKey(key) : msg.duplicateKeyHidden; // a case file's keys are case data
          if (seen.has(key)) out.push(source.at(pair.key.range[0], Math.max(1, pair.key.range[1] - pair.key.range[0]), 'DUPLICATE_KEY', message));
          seen.add(key);
        }
        stack.push(pair.value);
      }
    } else if (yaml().isSeq(node)) for (const item of node.items) stack.push(item); // not push(...items): 200,000 arguments overflow the stack
  }
  return out.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
}

/**
 * yaml reports an unclosed [ or { where it gave up, often lines later; the author needs the
 * bracket that was opened. The innermost flow collection of that kind that does not end with
 * its closing bracket is the one.
 */
function unclosedFlow(source: YamlSource, errorAt: number, close: string): Diagnostic | undefined {
  const open = close === ']' ? '[' : '{';
  let start: number | undefined;
  yaml().visit(source.doc, {
    Collection(_key, node) {
      const r = node.range;
      if (!yaml().isCollection(node) || !node.flow || !r || r[0] >= errorAt || source.text[r[0]] !== open) return;
      if (!source.text.slice(r[0], r[1]).trimEnd().endsWith(close) && (start === undefined || r[0] > start)) start = r[0];
    },
  });
  return start === undefined ? undefined : source.at(start, 1, 'YAML_SYNTAX', msg.unclosedFlow(open, close));
}

function yamlDiagnostic(source: YamlSource, e: YAMLError): Diagnostic {
  const unclosed = /end with an? ([\]}])/.exec(e.message)?.[1];
  if (unclosed && (e.code === 'BAD_INDENT' || e.code === 'MISSING_CHAR')) {
    const d = unclosedFlow(source, e.pos[0], unclosed);
    if (d) return d;
  }
  const [start, end] = e.pos;
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return source.at(start, 1, 'TAB_INDENT', msg.tabIndent);
    case 'RESOURCE_EXHAUSTION': // the composer overflowed its stack: input nested too deep
      return source.at(start, 1, 'TOO_DEEP', msg.tooDeep(LIMITS.maxDepth));
    case 'MISSING_CHAR': {
      // yaml reports an unclosed quote where the file ends; the author needs the opening quote.
      const quote = /closing (['"])quote/.exec(e.message)?.[1];
      const open = quote ? openingQuoteBefore(source, start, quote) : undefined;
      if (open !== undefined) return source.at(open, 1, 'YAML_SYNTAX', msg.unclosedQuote(quote!));
      return source.at(start, Math.max(1, end - start), 'YAML_SYNTAX', syntaxMessage(source, e.code, e.message));
    }
    default:
      return source.at(start, Math.max(1, end - start), 'YAML_SYNTAX', syntaxMessage(source, e.code, e.message));
  }
}

/** yaml's own words may quote the file: only trainer files get them. */
function syntaxMessage(source: YamlSource, code: string, original: string): string {
  return source.withFrames ? msg.yamlSyntax(code, original) : msg.yamlSyntaxHidden(code, original);
}

function openingQuoteBefore(source: YamlSource, errorAt: number, quote: string): number | undefined {
  let found: number | undefined;
  yaml().visit(source.doc, {
    Scalar(_key, node) {
      const r = node.range;
      if (r && r[0] <= errorAt && r[1] >= errorAt && source.text[r[0]] === quote) found = r[0];
    },
  });
  return found;
}

/**
 * Tabs and full-width spaces (U+3000) at the start of a line, outside block scalars where a
 * leading full-width space is ordinary Japanese text. yaml reports a tab only in some places and a
 * U+3000 not at all (it becomes part of a key), so we look ourselves.
 */
function indentationProblems(source: YamlSource): Diagnostic[] {
  const suspicious = source.lines.flatMap((line, i) => {
    const lead = /^[ \t\u3000]*/.exec(line)![0];
    const bad = lead.search(/[\t\u3000]/);
    return bad >= 0 && lead.length < line.length && !line.slice(lead.length).startsWith('#') ? [{ line: i + 1, bad, tab: lead[bad] === '\t' }] : [];
  });
  if (suspicious.length === 0) return []; // the usual case: no need to walk the tree
  const blockRanges: [number, number][] = [];
  yaml().visit(source.doc, {
    Scalar(_key, node) {
      if ((node.type === yaml().Scalar.BLOCK_LITERAL || node.type === yaml().Scalar.BLOCK_FOLDED) && node.range) {
        blockRanges.push([node.range[0], node.range[1]]);
      }
    },
  });
  return suspicious
    .filter(({ line }) => {
      const offset = source.lineCounter.lineStarts[line - 1] ?? 0;
      return !blockRanges.some(([s, e]) => offset > s && offset < e);
    })
    .map(({ line, bad, tab }) => source.atLine(line, bad + 1, 1, tab ? 'TAB_INDENT' : 'FULLWIDTH_INDENT', tab ? msg.tabIndent : msg.fullwidthIndent));
}

/**
 * Forbidden keys, nesting depth and alias counts in one iterative pass over the tree (yaml's
 * `visit` allocates a path per node and recurses; this runs on every file read).
 */
function structureProblems(source: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: source.doc.contents, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > LIMITS.maxDepth) {
      const range = yaml().isNode(node) ? node.range : undefined;
      return [...out, source.at(range?.[0] ?? 0, 1, 'TOO_DEEP', msg.tooDeep(LIMITS.maxDepth))];
    }
    if (yaml().isAlias(node)) {
      if (++aliases === LIMITS.maxAliases + 1) out.push(aliasDiagnostic(source));
    } else if (yaml().isMap(node)) {
      for (const pair of node.items) {
        if (yaml().isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value)) && pair.key.range) {
          const message = source.withFrames ? msg.forbiddenKey(String(pair.key.value)) : msg.forbiddenKeyHidden;
          out.push(source.at(pair.key.range[0], String(pair.key.value).length, 'FORBIDDEN_KEY', message));
        }
        if (pair.value) stack.push({ node: pair.value, depth: depth + 1 });
      }
    } else if (yaml().isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return out;
}
