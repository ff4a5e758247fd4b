import { condWords as w } from '../messages/cli.js';
import type { Condition } from './types.js';

/** A condition in words (「q_absence ≥ 10 かつ 年齢 ≥ 15」) for outlines, flowcharts and diffs. */
export function describeCondition(c: Condition): string {
  if (c.all) return c.all.map((x) => group(x)).join(w.and);
  if (c.any) return c.any.map((x) => group(x)).join(w.or);
  if (c.not) return w.not(describeCondition(c.not));
  if (c.flag !== undefined) return w.flag(c.flag);
  const q = c.intake === 'age' ? w.age : (c.answer ?? '?');
  const parts: string[] = [];
  if (c.is !== undefined) parts.push(w.is(q, String(c.is)));
  if (c.in !== undefined) parts.push(w.in(q, c.in.map(String)));
  if (c.includes !== undefined) parts.push(w.includes(q, c.includes));
  if (c.gte !== undefined) parts.push(w.gte(q, c.gte));
  if (c.gt !== undefined) parts.push(w.gt(q, c.gt));
  if (c.lte !== undefined) parts.push(w.lte(q, c.lte));
  if (c.lt !== undefined) parts.push(w.lt(q, c.lt));
  if (c.answered !== undefined) parts.push(w.answered(q, c.answered));
  if (c.unknown !== undefined) parts.push(w.unknown(q, c.unknown));
  return parts.join(w.and);
}

function group(c: Condition): string {
  const s = describeCondition(c);
  return c.all || c.any ? `（${s}）` : s;
}
