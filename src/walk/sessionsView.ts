import type { SessionFile } from '../core/case/types.js';
import { openProgramQuietly } from './model/programs.js';
import type { CommandContext } from '../app/context.js';
import { evaluate } from '../core/engine/evaluate.js';
import { privacyMsg } from '../messages/privacy.js';
import { walkMsg } from '../messages/walk.js';
import { isQuestion } from '../core/model/types.js';
import { engineInput } from './model/review.js';
import { terminalSafe } from '../core/text/terminal-safe.js';

const m = walkMsg.sessions;

export interface SessionRow {
  id: string;
  label: string;
  program: string;
  progress: string;
  updated: string;
  /** For --json: null when the program could not be loaded. */
  position: { current: number; estimate: number; answered: number; status: 'asking' | 'done' | 'stuck' } | null;
}

/**
 * One line of `ikusei sessions`. Progress needs the program (to estimate what is left); when it is
 * gone or broken the row still shows how many answers there are.
 */
export function sessionRow(ctx: CommandContext, s: SessionFile): SessionRow {
  const loaded = openProgramQuietly(ctx, s.program.id);
  let position: SessionRow['position'] = null;
  let progress = m.answered(Object.keys(s.answers).length);
  if (loaded) {
    const state = evaluate(loaded, engineInput(s));
    const answered = state.path.filter((p) => isQuestion(p.node) && p.answer).length;
    position = { ...state.progress, answered, status: state.status };
    progress = state.status === 'asking' ? m.progress(state.progress.current, state.progress.estimate) : state.status === 'done' ? m.toReview : progress;
  }
  if (s.status === 'completed') progress = m.completed;
  return {
    id: s.id,
    // Shown in tables and the resume chooser: a label is whatever the file says.
    label: terminalSafe(s.intake.label ?? m.noLabel),
    program: terminalSafe(`${s.program.number ? `${s.program.number} ` : ''}${s.program.title ?? s.program.id}`),
    progress,
    updated: localStamp(new Date(s.updatedAt)),
    position,
  };
}

/** A session this run cannot decrypt: the id and times are all there is to show. */
export function lockedRow(h: { id: string; status: SessionFile['status']; updatedAt: string }): SessionRow {
  const p = privacyMsg.sessions;
  return { id: h.id, label: p.encrypted, program: p.none, progress: h.status === 'completed' ? m.completed : p.inProgress, updated: localStamp(new Date(h.updatedAt)), position: null };
}

function localStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
