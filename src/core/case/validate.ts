import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { problemsError } from '../diagnostics/errors.js';
import { caseMsg } from '../../messages/case.js';
import { answerProblem } from '../model/answers.js';
import type { ProgramGraph } from '../model/graph.js';
import { isQuestion } from '../model/types.js';
import { caseSource } from './sources.js';
import type { CaseInput } from './types.js';

/**
 * Answers that name no question of the program or do not fit their question, each located in the
 * file. Info screens acknowledged in a session are not questions and are fine.
 */
export function answerDiagnostics(input: CaseInput, graph: ProgramGraph): Diagnostic[] {
  const located = caseSource(input);
  const out: Diagnostic[] = [];
  for (const [id, record] of Object.entries(input.answers)) {
    const node = graph.byId.get(id);
    let message: string | undefined;
    if (!node) message = caseMsg.unknownQuestion(id);
    else if (isQuestion(node)) {
      const problem = answerProblem(node, record.value);
      if (problem) message = caseMsg.badAnswer(id, problem);
    }
    if (!message) continue;
    const code = input.kind === 'session' ? 'SESSION_INVALID' : 'ANSWERS_INVALID';
    if (located) {
      const p = located.flat ? [id] : ['answers', id];
      out.push(located.source.atPath(p, code, message, { target: 'key' }));
    } else {
      out.push({ code, severity: 'error', message, file: input.file });
    }
  }
  return out;
}

/** Throws (exit 1) when any answer does not fit the program. */
export function assertAnswersFit(input: CaseInput, graph: ProgramGraph): void {
  const problems = answerDiagnostics(input, graph);
  if (problems.length) throw problemsError('CASE_INVALID', caseMsg.answersProblems(input.file, problems.length), problems);
}
