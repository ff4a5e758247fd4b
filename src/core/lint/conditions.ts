import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import { suggest } from '../text/suggest.js';
import type { LoadedProgram } from '../model/loaded.js';
import { COMPARISON_KEYS, isQuestion, UNKNOWN, type ComparisonKey, type ConditionFields, type QuestionNode } from '../model/types.js';
import type { PathSegment } from '../yaml/source.js';
import { conditionSites } from './sites.js';

type Op = ComparisonKey;

/** Which comparisons make sense for each kind of question (`answered`/`unknown` fit all). */
const OPS_BY_TYPE: Record<QuestionNode['type'], Op[]> = {
  single: ['is', 'in'],
  yesno: ['is', 'in'],
  multi: ['includes'],
  number: ['is', 'in', 'gte', 'gt', 'lte', 'lt'],
  date: ['is', 'in'],
  text: ['is', 'in'],
};
const AGE_OPS: Op[] = ['is', 'in', 'gte', 'gt', 'lte', 'lt', 'answered'];

/** A condition's question, the node it is read at, and where to report it if it cannot come first. */
type Order = { question: string; at: string; path: PathSegment[] };

export function lintConditions(lp: LoadedProgram): Diagnostic[] {
  const out: Diagnostic[] = [];
  const orders: Order[] = [];
  for (const site of conditionSites(lp.program)) check(lp, site.condition, site.path, site.node, out, orders);
  // Asked all at once: one question per condition, searched pair by pair, was quadratic.
  const before = lp.graph.canPrecedeMany(orders.map((o) => [o.question, o.at] as const));
  orders.forEach((o, i) => {
    if (!before[i]) out.push(lp.source.atPath([...o.path, 'answer'], 'COND_NOT_BEFORE', msg.cond.notBefore(o.question, o.at)));
  });
  return out;
}

// Lint reads any mix of keys (the schema admits them), so a condition is seen here field by field.
function check(lp: LoadedProgram, c: ConditionFields, path: PathSegment[], at: string | undefined, out: Diagnostic[], orders: Order[]): void {
  const { graph, program } = lp;
  const err = (p: PathSegment[], code: Diagnostic['code'], message: string, target: 'key' | 'value' = 'value'): void => {
    out.push(lp.source.atPath(p, code, message, { target }));
  };
  const combinators = (['all', 'any', 'not'] as const).filter((k) => c[k] !== undefined);
  const ops = COMPARISON_KEYS.filter((k) => c[k] !== undefined);
  const subjects = (['answer', 'intake', 'flag'] as const).filter((k) => c[k] !== undefined);
  const [combinator] = combinators;
  if (combinator !== undefined) {
    if (ops.length || subjects.length || combinators.length > 1) err([...path, combinator], 'COND_BAD_OPERATOR', msg.cond.mixed, 'key');
    c.all?.forEach((x, i) => check(lp, x, [...path, 'all', i], at, out, orders));
    c.any?.forEach((x, i) => check(lp, x, [...path, 'any', i], at, out, orders));
    if (c.not) check(lp, c.not, [...path, 'not'], at, out, orders);
    return;
  }
  const [, secondSubject] = subjects;
  if (subjects.length === 0) return err(path, 'COND_BAD_OPERATOR', msg.cond.noSubject);
  if (secondSubject !== undefined) return err([...path, secondSubject], 'COND_BAD_OPERATOR', msg.cond.twoSubjects, 'key');
  if (c.flag !== undefined) {
    const [op] = ops;
    if (op !== undefined) err([...path, op], 'COND_BAD_OPERATOR', msg.cond.flagWithComparison, 'key');
    const flags = (program.flags ?? []).map((f) => f.id);
    if (!flags.includes(c.flag)) err([...path, 'flag'], 'UNKNOWN_FLAG', msg.unknownFlag(c.flag, suggest(c.flag, flags)));
    return;
  }
  if (ops.length === 0) return err(path, 'COND_BAD_OPERATOR', msg.cond.noComparison);
  if (c.intake !== undefined) {
    for (const op of ops) if (!AGE_OPS.includes(op)) err([...path, op], 'COND_BAD_OPERATOR', msg.cond.ageOperator(op), 'key');
    return;
  }
  const id = c.answer;
  if (id === undefined) return; // not reached: the one subject left is `answer`
  const node = graph.byId.get(id);
  if (!node) {
    const questions = program.nodes.filter(isQuestion).map((n) => n.id);
    return err([...path, 'answer'], 'COND_UNKNOWN_QUESTION', msg.cond.unknownQuestion(id, suggest(id, questions)));
  }
  if (!isQuestion(node)) return err([...path, 'answer'], 'COND_UNKNOWN_QUESTION', msg.cond.notQuestion(id));
  if (at !== undefined && id !== at) orders.push({ question: id, at, path });
  for (const op of ops) {
    if (op === 'answered') continue;
    if (op === 'unknown') {
      if (c.unknown && !node.unknown) err([...path, 'unknown'], 'COND_BAD_VALUE', msg.cond.unknownNotAllowed(id));
      continue;
    }
    if (!OPS_BY_TYPE[node.type].includes(op)) {
      err([...path, op], 'COND_BAD_OPERATOR', msg.cond.wrongOperator(op, node.type), 'key');
      continue;
    }
    checkValues(node, op, c, path, err);
  }
}

function checkValues(
  node: QuestionNode,
  op: Op,
  c: ConditionFields,
  path: PathSegment[],
  err: (p: PathSegment[], code: Diagnostic['code'], message: string) => void,
): void {
  const values: readonly unknown[] = op === 'in' ? (c.in ?? []) : [c[op]];
  const at = (i: number): PathSegment[] => (op === 'in' ? [...path, 'in', i] : [...path, op]);
  if (node.type === 'single' || node.type === 'multi' || node.type === 'yesno') {
    const allowed = node.type === 'yesno' ? ['yes', 'no'] : node.options.map((o) => o.value);
    values.forEach((v, i) => {
      if (v === UNKNOWN && node.unknown) return;
      if (!allowed.includes(String(v))) err(at(i), 'COND_BAD_VALUE', msg.cond.badValue(node.id, String(v), allowed, suggest(String(v), allowed)));
    });
    return;
  }
  if (node.type !== 'number') return;
  values.forEach((v, i) => {
    const n = Number(v);
    const { min = -Infinity, max = Infinity } = node;
    const impossible =
      typeof v !== 'number' ||
      ((op === 'is' || op === 'in') && (n < min || n > max)) ||
      (op === 'gte' && (n > max || n <= min)) ||
      (op === 'gt' && (n >= max || n < min)) ||
      (op === 'lte' && (n < min || n >= max)) ||
      (op === 'lt' && (n <= min || n > max));
    if (impossible) err(at(i), 'COND_BAD_VALUE', msg.cond.outOfRange(node.id, op, n));
  });
}
