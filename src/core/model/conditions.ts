import { COMPARISON_KEYS, UNKNOWN, type AnswerValue, type Condition } from './types.js';

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
  return COMPARISON_KEYS.every((k) => c[k] === undefined || compare(k, c[k]!, value));
}

function compare(op: (typeof COMPARISON_KEYS)[number], expected: unknown, value: AnswerValue | undefined): boolean {
  const isUnknown = value === UNKNOWN;
  switch (op) {
    case 'answered':
      return (value !== undefined && !isUnknown) === expected;
    case 'unknown':
      return isUnknown === expected;
  }
  if (value === undefined) return false;
  // An unknown answer matches only where the author listed `unknown` itself (`is: unknown`,
  // `in: [..., unknown]`): the form lint accepts and show prints as a branch must be live.
  if (isUnknown) return (op === 'is' && expected === UNKNOWN) || (op === 'in' && (expected as unknown[]).includes(UNKNOWN));
  switch (op) {
    case 'is':
      return Array.isArray(value) ? false : value === expected || String(value) === String(expected);
    case 'in':
      return !Array.isArray(value) && (expected as unknown[]).some((e) => String(e) === String(value));
    case 'includes':
      return Array.isArray(value) && value.includes(String(expected));
    case 'gte':
      return typeof value === 'number' && value >= (expected as number);
    case 'gt':
      return typeof value === 'number' && value > (expected as number);
    case 'lte':
      return typeof value === 'number' && value <= (expected as number);
    case 'lt':
      return typeof value === 'number' && value < (expected as number);
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
