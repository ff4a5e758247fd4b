import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/engine/evaluate.js';
import type { EngineState } from '../../src/core/engine/types.js';
import { loadCatalog, loadProgramFile, programFiles } from '../../src/io/program/load.js';
import { isQuestion, UNKNOWN, type AnswerValue, type QuestionNode } from '../../src/core/model/types.js';
import { repoRoot } from '../helpers/cli.js';

// The 根拠 rule (programs/README.md): an item cites the answers that made it appear. So changing
// an answer it does NOT cite, in a way that keeps the walk on the same path, must never remove it.
// Checked over every scenario of the six shipped programs, trying every other answer to every
// question on the path.

const programsDir = path.join(repoRoot, 'programs');
const catalog = loadCatalog(programsDir).catalog;

function items(s: EngineState): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, because: { question: string }[]) => out.set(key, new Set(because.map((b) => b.question)));
  for (const a of s.result.actions) add(`action:${a.id}`, a.because);
  for (const r of s.result.referrals) add(`referral:${r.agency}`, r.because);
  for (const r of s.result.resources) add(`resource:${r.resource}`, r.because);
  for (const c of s.result.checklist) add(`check:${c.id}`, c.because);
  for (const f of s.result.flags) add(`flag:${f.id}`, f.because);
  return out;
}

function alternatives(node: QuestionNode, value: AnswerValue): AnswerValue[] {
  const out: AnswerValue[] = [];
  if (node.type === 'single') out.push(...node.options.map((o) => o.value));
  if (node.type === 'yesno') out.push('yes', 'no');
  if (node.type === 'multi') {
    const chosen = Array.isArray(value) ? value : [];
    for (const o of node.options) {
      if (o.exclusive) out.push([o.value]);
      else out.push(chosen.includes(o.value) ? chosen.filter((v) => v !== o.value) : [...chosen.filter((v) => !node.options.find((x) => x.value === v)?.exclusive), o.value]);
    }
  }
  if (node.type === 'number') out.push(0, 1, 5, 10, 30, 100);
  if (node.unknown) out.push(UNKNOWN);
  return out.filter((v) => JSON.stringify(v) !== JSON.stringify(value));
}

const pathOf = (s: EngineState) => s.path.map((p) => p.node.id).join('>') + (s.status === 'done' ? `>${s.outcome.id}` : '');

describe('the 根拠 rule holds for every scenario of the shipped programs', () => {
  for (const file of programFiles(programsDir)) {
    const lp = loadProgramFile(file).program!;
    it(`${lp.program.id}: an item survives any change of an answer it does not cite that keeps the path`, () => {
      let checked = 0;
      for (const scenario of lp.program.tests ?? []) {
        const input = { answers: scenario.answers, ...(scenario.intake ? { intake: scenario.intake } : {}), date: scenario.date ?? '2026-12-06' };
        const base = evaluate(lp.program, input, { skipInfo: true, catalog });
        const before = items(base);
        for (const step of base.path) {
          if (!isQuestion(step.node) || !step.answer) continue;
          const q = step.node;
          for (const alt of alternatives(q, step.answer.value)) {
            const changed = evaluate(lp.program, { ...input, answers: { ...scenario.answers, [q.id]: alt } }, { skipInfo: true, catalog });
            if (pathOf(changed) !== pathOf(base)) continue;
            const after = items(changed);
            for (const [key, cited] of before) {
              if (cited.has(q.id)) continue;
              checked++;
              expect(after.has(key), `${scenario.name}: ${key} vanished when ${q.id} changed to ${JSON.stringify(alt)}, yet it does not cite ${q.id}`).toBe(true);
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
