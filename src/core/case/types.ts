import type { AnswerRecord, Intake } from '../engine/types.js';
import type { AnswerValue, ProgramNumber } from '../model/types.js';

/** The newest session file format this ikusei reads and writes. */
export const SESSION_FORMAT_VERSION = 1;

/** What the caseworker types at the start of a walk. `label` is a case number or initials. */
export interface CaseIntake extends Intake {
  label?: string;
  caseworker?: string;
}

export type AuditEvent = 'start' | 'answer' | 'change' | 'memo' | 'back' | 'resume' | 'program-changed' | 'complete' | 'intake';

/** The intake fields a caseworker can correct from the review (age covers the birth date). */
export type IntakeField = 'label' | 'age' | 'caseworker';

export interface AuditEntry {
  at: string;
  event: AuditEvent;
  /** With 'intake': which field was corrected, never its values (they are case data). */
  field?: IntakeField;
  question?: string;
  from?: AnswerValue;
  to?: AnswerValue;
}

/**
 * An answers file in its structured form (programs/schema/answers.schema.json); the flat form,
 * question id → answer alone, is read as `{ answers: ... }`. YAML's true/false mean yes/no.
 */
export interface AnswersFileData {
  program?: string;
  intake?: CaseIntake;
  date?: string;
  answers: Record<string, AnswerValue | boolean>;
  memos?: Record<string, string>;
}

/** $IKUSEI_HOME/sessions/<id>.json — see programs/schema/session.schema.json. */
export interface SessionFile {
  format: 'ikusei-session';
  version: number;
  id: string;
  program: { id: string; number?: ProgramNumber; title?: string; version: string; hash: string };
  /** The interview date (聞き取り日), Japan's calendar; older sessions have none (their creation day is used). */
  date?: string;
  intake: CaseIntake;
  status: 'in-progress' | 'completed';
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  cursor?: string;
  answers: Record<string, AnswerRecord & { at: string }>;
  audit: AuditEntry[];
  review?: { next?: string };
}

/** An answers file or a session, reduced to what the engine and the sheet need. */
export interface CaseInput {
  kind: 'answers' | 'session';
  /** Display path. */
  file: string;
  programId?: string;
  /** Set for sessions: the program hash when the answers were given. */
  programHash?: string;
  intake: CaseIntake;
  /** The interview date written in the file (`date:`), if any; see interview.ts. */
  date?: string;
  answers: Record<string, AnswerRecord>;
  session?: SessionFile;
}
