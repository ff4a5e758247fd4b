import { COMPARISON_KEYS, UNKNOWN, type AnswerValue, type ComparisonKey, type Comparisons, type Condition } from './types.js';

/** What a condition can see: answers on the current path, the intake, and the flags raised so far. */
export interface ConditionContext {
  answers: ReadonlyMap<string, AnswerValue>;
  intake: { age?: number };
  flags: ReadonlySet<string>;
}

/** Evaluates a condition. Pure; a missing answer makes every comparison false except `answered: false`. */
export function holds(c: Condition, ctx: ConditionContext): boolean {
  if (c.all) return c.all.every((x) => holds(x, ctx));
  if (c.any) return c.any.some((x) => holds(x, ctx));
  if (c.not) return !holds(c.not, ctx);
  if (c.flag !== undefined) return ctx.flags.has(c.flag);
  const value: AnswerValue | undefined = c.intake === 'age' ? ctx.intake.age : c.answer !== undefined ? ctx.answers.get(c.answer) : undefined;
  return COMPARISON_KEYS.every((k) => passes(k, c, value));
}

/** Whether the value passes the test's comparison `op`; a comparison the test does not make passes. */
function passes(op: ComparisonKey, c: Comparisons, value: AnswerValue | undefined): boolean {
  const isUnknown = value === UNKNOWN;
  // A known answer; a missing or unknown one fails every comparison of values. An unknown answer
  // matches only where the author listed `unknown` itself (`is: unknown`, `in: [..., unknown]`):
  // the form lint accepts and show prints as a branch must be live.
  const known = isUnknown ? undefined : value;
  switch (op) {
    case 'answered':
      return c.answered === undefined || (value !== undefined && !isUnknown) === c.answered;
    case 'unknown':
      return c.unknown === undefined || isUnknown === c.unknown;
    case 'is':
      return c.is === undefined || (isUnknown ? c.is === UNKNOWN : known !== undefined && !Array.isArray(known) && (known === c.is || String(known) === String(c.is)));
    case 'in': {
      const list = c.in;
      return list === undefined || (isUnknown ? list.includes(UNKNOWN) : known !== undefined && !Array.isArray(known) && list.some((e) => String(e) === String(known)));
    }
    case 'includes':
      return c.includes === undefined || (Array.isArray(known) && known.includes(String(c.includes)));
    case 'gte':
      return c.gte === undefined || (typeof known === 'number' && known >= c.gte);
    case 'gt':
      return c.gt === undefined || (typeof known === 'number' && known > c.gt);
    case 'lte':
      return c.lte === undefined || (typeof known === 'number' && known <= c.lte);
    case 'lt':
      return c.lt === undefined || (typeof known === 'number' && known < c.lt);
  }
}

/** The question ids and flags a condition reads, for provenance and for lint. */
export function conditionRefs(c: Condition, out: { answers: Set<string>; flags: Set<string>; intake: boolean } = { answers: new Set(), flags: new Set(), intake: false }) {
  for (const sub of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])]) conditionRefs(sub, out);
  if (c.answer !== undefined) out.answers.add(c.answer);
  if (c.flag !== undefined) out.flags.add(c.flag);
  if (c.intake !== undefined) out.intake = true;
  return out;
}
