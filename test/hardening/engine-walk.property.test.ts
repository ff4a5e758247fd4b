import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine/evaluate.js';
import type { EngineInput, EngineState, Result } from '../../src/core/engine/types.js';
import { loadProgramFile } from '../../src/io/program/load.js';
import { isQuestion, type Program } from '../../src/core/model/types.js';
import { fixtures, repoRoot } from '../helpers/cli.js';
import { playWalk, replayPath, walkArb } from './walk-model.js';

// Random walks with 戻る, review jumps, changed and invalid answers end where a fresh evaluation
// of the final answers ends, with the same result; and no result item cites an answer that is
// not on the final path. Runs are few per program to keep the suite fast; fast-check prints the
// seed and the shrunk walk of a failure (replay with { seed, path }).

const programFiles = [
  path.join(fixtures, 'programs/mini.yaml'),
  ...fs.readdirSync(path.join(repoRoot, 'programs')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(repoRoot, 'programs', f)),
];

function load(file: string): Program {
  const loaded = loadProgramFile(file, repoRoot);
  if (!loaded.program) throw new Error(`${file} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return loaded.program.program;
}

/** The same answers as a file would hold them: a new object, keys in another order. */
function asReread(input: EngineInput): EngineInput {
  const entries = Object.entries(structuredClone(input.answers)).reverse();
  return { intake: { ...input.intake }, answers: Object.fromEntries(entries) };
}

const sortedIgnored = (s: EngineState) => [...s.ignored].sort((a, b) => a.question.localeCompare(b.question) || a.reason.localeCompare(b.reason));
const where = (s: EngineState) => (s.status === 'done' ? s.outcome.id : s.status === 'asking' ? s.current.id : s.stuck.node);

function becauseQuestions(result: Result): string[] {
  return [...result.actions, ...result.referrals, ...result.resources, ...result.checklist, ...result.flags].flatMap((item) => item.because.map((b) => b.question));
}

describe.each(programFiles.map((f) => [path.basename(f), f] as const))('random walks over %s', (_name, file) => {
  const program = load(file);
  const fresh = structuredClone(program); // no shared graph cache with the walked copy

  it('end where a fresh evaluation of the final answers ends, with the same result and provenance', () => {
    // So that the property cannot pass by never getting anywhere: some walks must reach an
    // outcome and some must leave answers behind by changing an earlier one.
    let reachedOutcome = 0;
    let leftAnswersBehind = 0;
    fc.assert(
      fc.property(walkArb, ({ age, moves }) => {
        const { input, state, states } = playWalk(program, age, moves);
        if (state.status === 'done') reachedOutcome++;
        if (state.ignored.some((i) => i.reason === 'off-path')) leftAnswersBehind++;
        // A program that lints clean never leaves the walk stuck, whatever was answered.
        for (const s of states) expect(s.status).not.toBe('stuck');

        const again = evaluate(fresh, asReread(input));
        expect(again.status).toBe(state.status);
        expect(where(again)).toBe(where(state));
        expect(again.path.map((s) => [s.node.id, s.answer, s.display])).toEqual(state.path.map((s) => [s.node.id, s.answer, s.display]));
        expect(again.result).toEqual(state.result);
        expect(again.progress).toEqual(state.progress);
        expect(sortedIgnored(again)).toEqual(sortedIgnored(state));

        // Answering only what the final path needs, in order, gives the same walk: answers left
        // behind by changes (off the path) change nothing.
        const replay = replayPath(fresh, input);
        expect(where(replay)).toBe(where(state));
        expect(replay.path.map((s) => s.node.id)).toEqual(state.path.map((s) => s.node.id));
        expect(replay.result).toEqual(state.result);

        // Provenance: every item cites only answers on the final path (or the intake age).
        const onPath = new Set(state.path.filter((s) => s.answer && isQuestion(s.node)).map((s) => s.node.id));
        for (const q of becauseQuestions(state.result)) expect(q === 'intake.age' || onPath.has(q), `cites ${q}`).toBe(true);
        for (const u of state.result.unknowns) expect(onPath.has(u.question), `要確認 ${u.question}`).toBe(true);
        // Everything answered but not on the path is reported as ignored, and nothing else is.
        const offPath = Object.keys(input.answers).filter((id) => {
          const node = program.nodes.find((n) => n.id === id);
          return node && isQuestion(node) && !state.path.some((s) => s.node.id === id) && !(state.status === 'asking' && state.current.id === id);
        });
        expect(state.ignored.filter((i) => i.reason === 'off-path').map((i) => i.question).sort()).toEqual(offPath.sort());
      }),
      { numRuns: path.basename(file) === 'mini.yaml' ? 150 : 60 },
    );
    expect(reachedOutcome).toBeGreaterThan(0);
    expect(leftAnswersBehind).toBeGreaterThan(0);
  }, 120_000);
});
