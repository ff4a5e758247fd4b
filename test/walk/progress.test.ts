import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choicesOf, evaluate } from '../../src/core/engine/index.js';
import type { AnswerRecord, EngineInput } from '../../src/core/engine/types.js';
import { answerProblem } from '../../src/core/model/answers.js';
import { loadProgramFile, programFiles } from '../../src/io/program/load.js';
import type { AnswerValue, QuestionNode } from '../../src/core/model/types.js';
import { questionNumber } from '../../src/walk/model/review.js';
import { repoRoot } from '../helpers/cli.js';

// Issue 15 item 12: 「質問 9 / 約 13」 then 「質問 10 / 約 11」. The estimate shown in the walk
// comes from the longest path still open, so as answers rule branches out it may shrink but
// never grows, and it never falls below the question being asked.

const programs = programFiles(path.join(repoRoot, 'programs')).map((f) => loadProgramFile(f).program!.program);

/** Some valid answer to a question, picked by `r` (0 ≤ r < 1). */
function answerFor(node: QuestionNode, r: number): AnswerValue {
  const choices = choicesOf(node);
  if (node.type === 'single' || node.type === 'yesno') return choices[Math.floor(r * choices.length)]!.value;
  if (node.type === 'multi') {
    const plain = node.options.filter((o) => !o.exclusive);
    const picked = plain.filter((_, i) => Math.floor(r * 2 ** plain.length) & (1 << i)).map((o) => o.value);
    return picked.length ? picked : [node.options[0]!.value];
  }
  if (node.type === 'date') return '2026-12-01';
  if (node.type === 'number') {
    for (const n of [node.min ?? 0, 1, 5, 12]) if (answerProblem(node, n) === undefined) return n;
    return node.min ?? 0;
  }
  return 'メモ';
}

describe('the progress estimate in the walk', () => {
  it.each(programs.map((p) => [p.id, p] as const))('%s: never grows from one question to the next', (_id, program) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.array(fc.double({ min: 0, max: 0.999, noNaN: true }), { minLength: 80, maxLength: 80 }), (age, picks) => {
        // The engine takes answers read-only; the walk here adds to its own record between steps.
        const answers: Record<string, AnswerRecord> = {};
        const input: EngineInput = { intake: { age }, answers, date: '2026-12-06' };
        let last = Infinity;
        for (let step = 0; step < 80; step++) {
          const state = evaluate(program, input);
          if (state.status !== 'asking') return;
          const node = state.current;
          if (node.type === 'info') {
            answers[node.id] = { value: 'seen' };
            continue;
          }
          const shown = { current: questionNumber(state, node.id), estimate: state.progress.estimate };
          expect(shown.estimate).toBeGreaterThanOrEqual(shown.current);
          expect(shown.estimate).toBeLessThanOrEqual(last);
          last = shown.estimate;
          answers[node.id] = { value: answerFor(node, picks[step]!) };
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
