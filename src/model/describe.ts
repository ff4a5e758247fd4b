import { condWords as w } from '../messages/cli.js';
import { UNKNOWN, type Condition, type Scalar } from './types.js';

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
