import { trainer } from '../../messages/trainer.js';
import { describeCondition } from '../../core/model/describe.js';
import type { MultiOption, Option, ProgramNode, RouteRule } from '../../core/model/types.js';
import type { PathSegment } from '../../core/yaml/source.js';
import { kindOf } from '../graph/model.js';
import { diffEffects, field as fieldOf, opt, same, shown } from './effects.js';
import type { Change, ChangeGroup } from './types.js';

const w = trainer.diff.words;

/** Node fields by the group a change to them belongs to. */
const FIELDS: [string, ChangeGroup][] = [
  ['title', 'wording'],
  ['text', 'wording'],
  ['help', 'wording'],
  ['unit', 'wording'],
  ['unknown', 'options'],
  ['min', 'options'],
  ['max', 'options'],
  ['integer', 'options'],
  ['max_length', 'options'],
  ['next', 'routing'],
  ['unknown_next', 'routing'],
  ['review_months', 'effects'],
];

/** Everything that changed in a node kept under the same id. */
export function diffNode(out: Change[], a: ProgramNode, b: ProgramNode, ia: number, ib: number): void {
  const id = b.id;
  const oldBase: PathSegment[] = ['nodes', ia];
  const newBase: PathSegment[] = ['nodes', ib];
  const push = (group: ChangeGroup, what: string, before: unknown, after: unknown, path: PathSegment[]) =>
    out.push({ group, kind: 'changed', owner: id, what, ...opt('before', shown(before)), ...opt('after', shown(after)), path, side: 'new' });
  if (a.type !== b.type) push('options', `の${w.type}`, kindOf(a), kindOf(b), [...newBase, 'type']);
  for (const [field, group] of FIELDS) {
    const fa = fieldOf(a, field);
    const fb = fieldOf(b, field);
    if (!same(fa, fb)) push(group, `の${w.fields[field] ?? field}`, fa, fb, [...newBase, fb === undefined ? 'id' : field]);
  }
  diffRoutes(out, id, routesOf(a), routesOf(b), oldBase, newBase);
  diffEffects(out, id, '', a.effects, b.effects, oldBase, newBase);
  diffOptions(out, id, optionsOf(a), optionsOf(b), oldBase, newBase);
  if (a.type === 'yesno' || b.type === 'yesno') {
    for (const branch of ['yes', 'no'] as const) {
      const ba = a.type === 'yesno' ? a[branch] : undefined;
      const bb = b.type === 'yesno' ? b[branch] : undefined;
      const name = branch === 'yes' ? w.yes : w.no;
      const at = [...newBase, bb ? branch : 'id'];
      if (!same(ba?.label, bb?.label)) push('wording', `の${w.branchLabel(name)}`, ba?.label, bb?.label, at);
      if (!same(ba?.next, bb?.next)) push('routing', `の${w.branchNext(name)}`, ba?.next, bb?.next, [...at, ...(bb?.next ? ['next'] : [])]);
      diffEffects(out, id, w.branchWhere(name), ba?.effects, bb?.effects, [...oldBase, branch], [...newBase, branch]);
    }
  }
}

function routesOf(n: ProgramNode): RouteRule[] {
  return n.type === 'outcome' ? [] : (n.route ?? []);
}

function optionsOf(n: ProgramNode): (Option | MultiOption)[] {
  return n.type === 'single' || n.type === 'multi' ? n.options : [];
}

/**
 * Route rules are tried in order, so they are compared by position when their number is the
 * same (a reorder shows as each moved rule changed); otherwise as rules added and removed.
 */
function diffRoutes(out: Change[], id: string, a: RouteRule[], b: RouteRule[], oldBase: PathSegment[], newBase: PathSegment[]): void {
  const sig = (r: RouteRule) => `${describeCondition(r.when)} → ${r.next}`;
  const sa = a.map(sig);
  const sb = b.map(sig);
  if (same(sa, sb)) return;
  if (sa.length === sb.length) {
    sa.forEach((s, i) => {
      if (s !== sb[i]) out.push({ group: 'routing', kind: 'changed', owner: id, what: `の${w.route(i + 1)}`, before: s, after: sb[i]!, path: [...newBase, 'route', i], side: 'new' });
    });
    return;
  }
  sb.forEach((s, i) => {
    if (!sa.includes(s)) out.push({ group: 'routing', kind: 'added', owner: id, what: `の${w.route(i + 1)}`, after: s, path: [...newBase, 'route', i], side: 'new' });
  });
  sa.forEach((s, i) => {
    if (!sb.includes(s)) out.push({ group: 'routing', kind: 'removed', owner: id, what: `の${w.route(i + 1)}`, before: s, path: [...oldBase, 'route', i], side: 'old' });
  });
}

function diffOptions(out: Change[], id: string, a: (Option | MultiOption)[], b: (Option | MultiOption)[], oldBase: PathSegment[], newBase: PathSegment[]): void {
  const oldIndex = new Map(a.map((o, i) => [o.value, i]));
  const newValues = new Set(b.map((o) => o.value));
  b.forEach((o, i) => {
    const at: PathSegment[] = [...newBase, 'options', i];
    const j = oldIndex.get(o.value);
    if (j === undefined) {
      out.push({ group: 'options', kind: 'added', owner: id, what: w.option(o.value), after: o.label, path: at, side: 'new' });
      return;
    }
    const p = a[j]!;
    const name = w.option(o.label);
    const push = (group: ChangeGroup, what: string, before: unknown, after: unknown, field: string) =>
      out.push({ group, kind: 'changed', owner: id, what, ...opt('before', shown(before)), ...opt('after', shown(after)), path: [...at, field], side: 'new' });
    if (p.label !== o.label) push('wording', w.optionLabel(o.value), p.label, o.label, 'label');
    if (!same(p.help, o.help)) push('wording', `${name}の${w.fields.help}`, p.help, o.help, o.help ? 'help' : 'value');
    const na = 'next' in p ? p.next : undefined;
    const nb = 'next' in o ? o.next : undefined;
    if (!same(na, nb)) push('routing', w.optionNext(o.label), na, nb, nb ? 'next' : 'value');
    const xa = 'exclusive' in p ? p.exclusive : undefined;
    const xb = 'exclusive' in o ? o.exclusive : undefined;
    if (!same(xa, xb)) push('options', `${name}の${w.fields.exclusive}`, xa, xb, xb !== undefined ? 'exclusive' : 'value');
    diffEffects(out, id, w.optionWhere(o.label), p.effects, o.effects, [...oldBase, 'options', j], at);
  });
  a.forEach((o, i) => {
    if (!newValues.has(o.value)) out.push({ group: 'options', kind: 'removed', owner: id, what: w.option(o.value), before: o.label, path: [...oldBase, 'options', i], side: 'old' });
  });
  const order = (xs: (Option | MultiOption)[]) => xs.map((o) => o.value).filter((v) => oldIndex.has(v) && newValues.has(v));
  if (!same(order(a), order(b))) out.push({ group: 'options', kind: 'changed', owner: id, what: `の${w.optionOrder}`, before: order(a).join('、'), after: order(b).join('、'), path: [...newBase, 'options'], side: 'new' });
}
