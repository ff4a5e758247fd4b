import { holds, type ConditionContext } from '../model/conditions.js';
import { addInterval } from '../model/calendar.js';
import { engine as msg } from '../../messages/engine.js';
import type { Interval, OutcomeNode, Program } from '../model/types.js';
import type { ResultBuilder } from './result.js';
import type { Review } from './types.js';

// Rough lengths, only to order intervals when there is no date to count from.
const approxDays = (i: Interval) => (i.months ?? 0) * 30.4 + (i.weeks ?? 0) * 7 + (i.days ?? 0);

/**
 * When to look at the case again: the outcome's (or program's) interval, unless a risk rule that
 * holds asks for an earlier look. The earliest wins, and a rule's `why` goes on the sheet.
 */
export function reviewOf(program: Program, outcome: OutcomeNode, date: string | undefined, ctx: ConditionContext, builder: ResultBuilder): Review | undefined {
  const months = outcome.review_months ?? program.review_months;
  let best: { interval: Interval; why?: string; rule?: Program['review_rules'] extends (infer R)[] | undefined ? R : never } | undefined =
    months ? { interval: { months } } : undefined;
  for (const rule of program.review_rules ?? []) {
    if (!holds(rule.when, ctx)) continue;
    const interval: Interval = rule.months !== undefined ? { months: rule.months } : rule.weeks !== undefined ? { weeks: rule.weeks } : { days: rule.days ?? 1 };
    if (!best || sooner(interval, best.interval, date)) best = { interval, why: rule.why, rule };
  }
  if (!best) return undefined;
  return {
    ...(date ? { date: addInterval(date, best.interval) } : {}),
    interval: msg.review.interval(best.interval),
    ...(best.why ? { why: best.why } : {}),
    because: best.rule ? builder.conditionBecause(best.rule.when) : [],
  };
}

function sooner(a: Interval, b: Interval, date: string | undefined): boolean {
  return date ? addInterval(date, a) < addInterval(date, b) : approxDays(a) < approxDays(b);
}
