import { condWords as w, plainCondWords } from '../../messages/cli.js';
import { answerLabel, nodeLabel } from './labels.js';
import { UNKNOWN, type Condition, type FlagDef, type ProgramNode, type Scalar } from './types.js';

/** How a description names things: ids by default (for trainers); titles and labels on sheets. */
export interface ConditionNames {
  question?: (id: string) => string;
  value?: (question: string, value: Scalar) => string;
  flag?: (id: string) => string;
}

/** A condition in words (「q_absence ≥ 10 かつ 年齢 ≥ 15」) for outlines, flowcharts, diffs and sheets. */
export function describeCondition(c: Condition, names: ConditionNames = {}): string {
  if (c.all) return c.all.map((x) => group(x, names)).join(w.and);
  if (c.any) return c.any.map((x) => group(x, names)).join(w.or);
  if (c.not) return w.not(describeCondition(c.not, names));
  if (c.flag !== undefined) return w.flag(names.flag?.(c.flag) ?? c.flag);
  const q = c.intake === 'age' ? w.age : c.answer !== undefined ? (names.question?.(c.answer) ?? c.answer) : '?';
  // `unknown` in a list reads as the choice the caseworker sees, as `unknown: true` does.
  const v = (x: Scalar) => (x === UNKNOWN ? w.unknownAnswer : c.answer !== undefined && names.value ? names.value(c.answer, x) : String(x));
  const parts: string[] = [];
  if (c.is !== undefined) parts.push(w.is(q, v(c.is)));
  if (c.in !== undefined) parts.push(w.in(q, c.in.map(v)));
  if (c.includes !== undefined) parts.push(w.includes(q, v(c.includes)));
  if (c.gte !== undefined) parts.push(w.gte(q, c.gte));
  if (c.gt !== undefined) parts.push(w.gt(q, c.gt));
  if (c.lte !== undefined) parts.push(w.lte(q, c.lte));
  if (c.lt !== undefined) parts.push(w.lt(q, c.lt));
  if (c.answered !== undefined) parts.push(w.answered(q, c.answered));
  if (c.unknown !== undefined) parts.push(w.unknown(q, c.unknown));
  return parts.join(w.and);
}

function group(c: Condition, names: ConditionNames): string {
  const s = describeCondition(c, names);
  return c.all || c.any ? `（${s}）` : s;
}

/** Where plain descriptions find titles, labels and units: a program's questions and flags. */
export interface PlainNames {
  nodes: ReadonlyMap<string, ProgramNode> | ((id: string) => ProgramNode | undefined);
  flags?: readonly FlagDef[] | undefined;
  /** Shorten each quoted title or label to this many characters (flowchart arrows). */
  clip?: number;
  /** The question an arrow leaves: tests of its own answer need not name it (「…」を選んだ). */
  self?: string;
}

/**
 * A condition in plain Japanese, for caseworkers and print: 「欠席日数」が10日以上、かつ「中退の
 * おそれ」の目印がある. Question titles, option labels and flag labels, never ids; `unknown` reads
 * 「わからない」. The one describer of show, the printed flowchart tools and `graph`.
 */
export function plainCondition(c: Condition, names: PlainNames): string {
  const p = plainCondWords;
  const node = (id: string) => (typeof names.nodes === 'function' ? names.nodes(id) : names.nodes.get(id));
  const quote = (s: string) => p.quote(clip(s, names.clip));
  const sub = (x: Condition) => {
    const s = plainCondition(x, names);
    return x.all || x.any ? p.group(s) : s;
  };
  if (c.all) return parts(c.all.map(sub), names.clip).join(p.and);
  if (c.any) {
    // Several choices of one multi-select question read as one: 「悩み」で「A」「B」のどれかを選んだ.
    const q = c.any[0]?.answer;
    const picked = c.any.flatMap((x) => (x.answer === q && x.includes !== undefined && Object.keys(x).length === 2 ? [x.includes] : []));
    if (q !== undefined && picked.length === c.any.length && c.any.length > 1) {
      const n = node(q);
      return p.includesAny(q === names.self ? '' : quote(n ? nodeLabel(n) : q), few(picked.map((v) => quote(v === UNKNOWN ? p.unknown : answerLabel(n, v))), names.clip));
    }
    return parts(c.any.map(sub), names.clip).join(p.or);
  }
  if (c.not) {
    const n = c.not;
    // A single test reads better turned round than wrapped: 「…」が「…」ではない.
    if (!n.all && !n.any && !n.not && isSingleTest(n)) return plainTest(n, names, quote, node, false);
    return p.not(plainCondition(n, names));
  }
  return plainTest(c, names, quote, node, true);
}

function isSingleTest(c: Condition): boolean {
  if (c.flag !== undefined) return true;
  return (['is', 'in', 'includes', 'unknown', 'answered'] as const).filter((k) => c[k] !== undefined).length === 1 &&
    (['gte', 'gt', 'lte', 'lt'] as const).every((k) => c[k] === undefined);
}

function plainTest(c: Condition, names: PlainNames, quote: (s: string) => string, node: (id: string) => ProgramNode | undefined, yes: boolean): string {
  const p = plainCondWords;
  if (c.flag !== undefined) return p.flag(quote(names.flags?.find((f) => f.id === c.flag)?.label ?? c.flag), yes);
  const q = c.answer !== undefined ? node(c.answer) : undefined;
  const own = c.answer !== undefined && c.answer === names.self;
  const subject = c.intake === 'age' ? p.age : own ? '' : quote(q ? nodeLabel(q) : (c.answer ?? '?'));
  const value = (v: Scalar) => quote(v === UNKNOWN ? p.unknown : answerLabel(q, v));
  const unit = c.intake === 'age' ? p.ageUnit : q?.type === 'number' ? (q.unit ?? '') : '';
  const num = (v: number) => `${v}${unit}`;
  const parts: string[] = [];
  if (c.is !== undefined) parts.push(p.is(subject, value(c.is), yes));
  if (c.in !== undefined) parts.push(p.in(subject, few(c.in.map(value), names.clip), yes));
  if (c.includes !== undefined) parts.push(p.includes(subject, value(c.includes), yes));
  if (c.gte !== undefined) parts.push(p.gte(subject, num(c.gte)));
  if (c.gt !== undefined) parts.push(p.gt(subject, num(c.gt)));
  if (c.lte !== undefined) parts.push(p.lte(subject, num(c.lte)));
  if (c.lt !== undefined) parts.push(p.lt(subject, num(c.lt)));
  if (c.answered !== undefined) parts.push(p.answered(subject, c.answered === yes));
  if (c.unknown !== undefined) parts.push(p.isUnknown(subject, c.unknown === yes));
  // Without a subject each part starts with its particle (が・で・に), which then goes too.
  return (own ? parts.map((s) => s.replace(/^[がでに]/, '')) : parts).join(p.and);
}

/** On an arrow (clipped), three or more conditions name two and count the rest; show and print give them all. */
function parts(described: string[], clipped: number | undefined): string[] {
  return clipped !== undefined && described.length > 3 ? [...described.slice(0, 2), plainCondWords.moreConditions(described.length - 2)] : described;
}

/** On an arrow (clipped), a long list of choices names two and counts the rest: 「A」「B」ほか4つ. */
function few(values: string[], clipped: number | undefined): string[] {
  return clipped !== undefined && values.length > 3 ? [...values.slice(0, 2), plainCondWords.more(values.length - 2)] : values;
}

function clip(s: string, max: number | undefined): string {
  const chars = [...s];
  return max !== undefined && chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}
