import { trainer } from '../../messages/trainer.js';
import type { Program, Scenario, Tool } from '../../core/model/types.js';
import type { PathSegment } from '../../core/yaml/source.js';
import { boxLabel, kindOf } from '../graph/model.js';
import { field, opt, same, shown } from './effects.js';
import { diffNode } from './nodes.js';
import { GROUPS, type Change } from './types.js';
import { own } from '../../core/text/own.js';

export { GROUPS, type Change, type ChangeGroup } from './types.js';

const w = trainer.diff.words;

const META = ['id', 'number', 'title', 'subtitle', 'version', 'revised', 'audience', 'summary', 'start', 'review_months'] as const;

/**
 * What changed from one version of a program to the next, in the words a trainer uses:
 * metadata, nodes added or removed, wording, options, routing, effects, tools and scenarios.
 * Nodes, options, tools and scenarios are matched by id (or name), never by position, so moving
 * a node in the file is not a change.
 */
export function diffPrograms(a: Program, b: Program): Change[] {
  const out: Change[] = [];
  for (const key of META) {
    if (same(a[key], b[key])) continue;
    out.push({ group: 'metadata', kind: 'changed', what: w.fields[key] ?? key, ...opt('before', shown(a[key])), ...opt('after', shown(b[key])), path: [b[key] === undefined ? 'id' : key], side: 'new' });
  }
  keyed(out, 'metadata', a.sources, b.sources, (s) => s.title, 'sources', (s) => w.source(s), (s) => s.url ?? s.document);
  keyed(out, 'metadata', a.flags ?? [], b.flags ?? [], (f) => f.id, 'flags', (id) => w.flag(id), (f) => f.label);

  const oldNodes = new Map(a.nodes.map((n, i) => [n.id, i]));
  const newIds = new Set(b.nodes.map((n) => n.id));
  b.nodes.forEach((n, i) => {
    const j = oldNodes.get(n.id);
    if (j === undefined) out.push({ group: 'nodes', kind: 'added', owner: n.id, what: kindOf(n), after: boxLabel(n), path: ['nodes', i], side: 'new' });
    else diffNode(out, a.nodes[j]!, n, j, i);
  });
  a.nodes.forEach((n, i) => {
    if (!newIds.has(n.id)) out.push({ group: 'nodes', kind: 'removed', owner: n.id, what: kindOf(n), before: boxLabel(n), path: ['nodes', i], side: 'old' });
  });

  keyed(out, 'tools', a.tools ?? [], b.tools ?? [], (t) => t.id, 'tools', (id) => w.tool(id), (t) => t.title, diffTool);
  keyed(out, 'scenarios', a.tests ?? [], b.tests ?? [], (s) => s.name, 'tests', (name) => w.scenario(name), () => undefined, diffScenario);
  return out.sort((x, y) => GROUPS.indexOf(x.group) - GROUPS.indexOf(y.group));
}

/** Lists matched by a key: added, removed, and (by `inner`, or as a whole) changed. */
function keyed<T>(
  out: Change[],
  group: Change['group'],
  a: T[],
  b: T[],
  key: (x: T) => string,
  field: string,
  name: (k: string) => string,
  summary: (x: T) => string | undefined,
  inner?: (out: Change[], owner: string, x: T, y: T, path: PathSegment[]) => void,
): void {
  const oldIndex = new Map(a.map((x, i) => [key(x), i]));
  const newKeys = new Set(b.map(key));
  b.forEach((y, i) => {
    const k = key(y);
    const j = oldIndex.get(k);
    const path: PathSegment[] = [field, i];
    if (j === undefined) out.push({ group, kind: 'added', owner: k, label: name(k), what: '', ...opt('after', summary(y)), path, side: 'new' });
    else if (inner) inner(out, k, a[j]!, y, path);
    else if (!same(a[j], y)) out.push({ group, kind: 'changed', owner: k, label: name(k), what: '', ...opt('before', shown(a[j])), ...opt('after', shown(y)), path, side: 'new' });
  });
  a.forEach((x, i) => {
    const k = key(x);
    if (!newKeys.has(k)) out.push({ group, kind: 'removed', owner: k, label: name(k), what: '', ...opt('before', summary(x)), path: [field, i], side: 'old' });
  });
}

function diffTool(out: Change[], id: string, a: Tool, b: Tool, path: PathSegment[]): void {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const fa = field(a, k);
    const fb = field(b, k);
    if (same(fa, fb)) continue;
    const words = k === 'sections' ? [itemsOf(fa), itemsOf(fb)] : [shown(fa), shown(fb)];
    out.push({ group: 'tools', kind: 'changed', owner: id, label: w.tool(id), what: `の${w.fields[k] ?? k}`, ...opt('before', words[0]), ...opt('after', words[1]), ...listDelta(fa, fb), path: [...path, fb === undefined ? 'id' : k], side: 'new' });
  }
}

/** What came and went between two lists; nothing for values that are not both lists. */
export function listDelta(a: unknown, b: unknown): { added?: string[]; removed?: string[] } {
  if (!Array.isArray(a) || !Array.isArray(b)) return {};
  const as = a.map(String);
  const bs = b.map(String);
  return { added: bs.filter((x) => !as.includes(x)), removed: as.filter((x) => !bs.includes(x)) };
}

function itemsOf(sections: unknown): string | undefined {
  if (!Array.isArray(sections)) return undefined;
  return (sections as { title: string; items: { text: string }[] }[]).map((s) => `${s.title}: ${s.items.map((i) => i.text).join('／')}`).join('　');
}

function diffScenario(out: Change[], name: string, a: Scenario, b: Scenario, path: PathSegment[]): void {
  const push = (what: string, before: unknown, after: unknown, at: PathSegment[]) =>
    out.push({ group: 'scenarios', kind: 'changed', owner: name, label: w.scenario(name), what: `の${what}`, ...opt('before', shown(before)), ...opt('after', shown(after)), ...listDelta(before, after), path: at, side: 'new' });
  if (!same(a.description, b.description)) push(w.fields.description!, a.description, b.description, [...path, 'name']);
  if (!same(a.intake, b.intake)) push(w.intakeAge, a.intake?.age, b.intake?.age, [...path, b.intake ? 'intake' : 'name']);
  for (const q of new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])) {
    if (!same(own(a.answers, q), own(b.answers, q))) push(w.answer(q), own(a.answers, q), own(b.answers, q), [...path, 'answers', ...(Object.hasOwn(b.answers, q) ? [q] : [])]);
  }
  for (const k of new Set([...Object.keys(a.expect), ...Object.keys(b.expect)]) as Set<keyof Scenario['expect']>) {
    if (!same(a.expect[k], b.expect[k])) push(w.expect(trainer.test.keys[k] ?? k), a.expect[k], b.expect[k], [...path, 'expect', ...(k in b.expect ? [k] : [])]);
  }
}
