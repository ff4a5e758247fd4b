import type { AuditEvent, SessionFile } from '../../core/case/types.js';
import type { AnswerValue } from '../../core/model/types.js';
import { own } from '../../core/text/own.js';

/**
 * Changes to a session, each recorded in its audit trail. A first answer is logged without its
 * value (the answer itself is in `answers`); a changed answer keeps both values, so the trail
 * shows what was corrected and when, as an office record should.
 */

/** The value info screens get in `answers` once the caseworker has read them. */
export const SEEN = 'seen';

const same = (a: AnswerValue | undefined, b: AnswerValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

export function note(session: SessionFile, event: AuditEvent, at: Date, question?: string): void {
  const iso = at.toISOString();
  session.audit.push({ at: iso, event, ...(question ? { question } : {}) });
  session.updatedAt = iso;
}

/** Sets an answer (and its memo). Returns whether anything changed. */
export function setAnswer(session: SessionFile, question: string, value: AnswerValue, memo: string | undefined, at: Date): boolean {
  const iso = at.toISOString();
  const old = own(session.answers, question);
  const memoChanged = (old?.memo ?? '') !== (memo ?? '');
  if (old && same(old.value, value) && !memoChanged) return false;
  if (!old) session.audit.push({ at: iso, event: 'answer', question });
  else if (!same(old.value, value)) session.audit.push({ at: iso, event: 'change', question, from: old.value, to: value });
  if (old && memoChanged) session.audit.push({ at: iso, event: 'memo', question });
  session.answers[question] = { value, ...(memo ? { memo } : {}), at: same(old?.value, value) && old ? old.at : iso };
  session.updatedAt = iso;
  return true;
}

/** A memo on a question already answered. */
export function setMemo(session: SessionFile, question: string, memo: string | undefined, at: Date): boolean {
  const old = own(session.answers, question);
  if (!old) return false;
  return setAnswer(session, question, old.value, memo, at);
}

export function markSeen(session: SessionFile, info: string, at: Date): boolean {
  if (own(session.answers, info)) return false;
  const iso = at.toISOString();
  session.answers[info] = { value: SEEN, at: iso };
  session.updatedAt = iso;
  return true;
}
