import type { SessionFile } from '../core/case/types.js';
import { problemsError } from '../core/diagnostics/errors.js';
import { evaluate } from '../core/engine/evaluate.js';
import { nodeLabel } from '../core/model/labels.js';
import type { EngineState } from '../core/engine/types.js';
import { nodeAfter, nodeBefore } from '../core/engine/walk.js';
import { walkMsg } from '../messages/walk.js';
import { answerProblem } from '../core/model/answers.js';
import type { LoadedProgram } from '../core/model/loaded.js';
import type { Catalog } from '../core/model/types.js';
import { markSeen, note, setAnswer, setMemo } from '../io/session/audit.js';
import type { Ui } from './ui/prompts.js';
import { askMemo, askQuestion, showInfo } from './ui/question.js';
import type { DoneState } from './model/result.js';
import { editIntake, intakeLine } from './ui/intake-edit.js';
import { INTAKE, reviewStep } from './ui/review.js';
import { engineInput, questionNumber, shownNodes } from './model/review.js';
import { own } from '../core/text/own.js';
import { ageText, suggestedAnswer } from './model/age.js';

export interface WalkSetup {
  ui: Ui;
  program: LoadedProgram;
  /** The catalogs: resources' application windows are dated on the interview date. */
  catalog?: Catalog;
  session: SessionFile;
  /** Writes the session; called after every change, so a kill loses nothing already answered. */
  save: () => void;
  now: () => Date;
  /** Where to begin (the node shown when the walk was interrupted). */
  startAt?: string;
  /** Start in review mode (a completed session reopened). */
  reviewing?: boolean;
}

/**
 * The walk: ask what the engine asks, keep every answer in the session, go back on 戻る, and end
 * with a review the caseworker confirms. The engine decides everything; this only keeps a focus
 * (which node is on screen) so that 戻る and review can show answered questions again.
 */
export async function walkToOutcome(w: WalkSetup): Promise<DoneState> {
  const { ui, program, session } = w;
  let focus = w.startAt;
  let reviewing = w.reviewing ?? false;
  const pendingMemos = new Map<string, string>();
  const evaluateNow = () => evaluate(program.program, engineInput(session), w.catalog ? { catalog: w.catalog } : {});

  for (;;) {
    ui.check();
    const state = evaluateNow();
    if (state.status === 'stuck') throw problemsError('WALK_STUCK', walkMsg.stuck(state.stuck.node), [], walkMsg.stuckHint);
    const node = (focus && shownNodes(state).find((n) => n.id === focus)) || (state.status === 'asking' ? state.current : undefined);
    focus = undefined;
    if (!node) {
      reviewing = true;
      const pick = await reviewStep(ui, state as DoneState, intakeLine(session.intake, engineInput(session).date ?? ''));
      if (pick === undefined) return state as DoneState;
      if (pick === INTAKE) {
        if (await editIntake(ui, session, w.now())) w.save();
        continue;
      }
      focus = pick;
      continue;
    }
    if (session.cursor !== node.id) {
      session.cursor = node.id;
      w.save();
    }
    const before = nodeBefore(state, node.id);
    const goBack = () => {
      note(session, 'back', w.now(), node.id);
      w.save();
      focus = before!.id;
    };

    if (node.type === 'info') {
      if ((await showInfo(ui, node, before !== undefined)) === 'back') goBack();
      else {
        if (markSeen(session, node.id, w.now())) w.save();
        focus = reviewing ? undefined : answeredAfter(evaluateNow(), node.id);
      }
      continue;
    }
    if (node.type === 'outcome') continue;

    const record = own(session.answers, node.id);
    const valid = record !== undefined && answerProblem(node, record.value) === undefined;
    let memo = record?.memo ?? pendingMemos.get(node.id);
    let current = valid ? record.value : undefined;
    const input = engineInput(session);
    const suggested = record ? undefined : suggestedAnswer(program.program, node, input.intake?.age, ageText(session.intake, input.date ?? ''));
    for (;;) {
      const action = await askQuestion(ui, node, {
        ...(current !== undefined ? { current } : {}),
        ...(suggested && current === undefined ? { suggested } : {}),
        ...(memo ? { memo } : {}),
        canBack: before !== undefined,
        progress: { current: questionNumber(state, node.id), estimate: state.progress.estimate },
        ...(record && !valid ? { notice: walkMsg.question.programChanged } : {}),
      });
      if (action.kind === 'memo') {
        memo = await askMemo(ui, memo);
        if (valid && setMemo(session, node.id, memo, w.now())) w.save();
        if (memo) pendingMemos.set(node.id, memo);
        else pendingMemos.delete(node.id);
        if (action.draft !== undefined) current = action.draft;
        continue;
      }
      if (action.kind === 'back') goBack();
      else {
        const changed = setAnswer(session, node.id, action.value, memo, w.now());
        if (changed) w.save();
        pendingMemos.delete(node.id);
        // Walking forward through answered questions is for 戻る; after the review or an answer
        // that a changed program refused, the engine's next open question follows.
        focus = reviewing || (record && !valid) ? undefined : answeredAfter(evaluateNow(), node.id);
        if (reviewing && changed && valid) ui.write(ui.c.green(walkMsg.review.changed(nodeLabel(node))));
      }
      break;
    }
  }
}

/** The next node after `id` if the caseworker has already been there (walking forward after 戻る). */
function answeredAfter(state: EngineState, id: string): string | undefined {
  const after = nodeAfter(state, id);
  if (!after) return undefined;
  return state.status === 'asking' && state.current.id === after.id ? undefined : after.id;
}
