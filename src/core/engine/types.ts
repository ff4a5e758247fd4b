import type { AnswerValue, Catalog, OutcomeNode, ProgramNode, QuestionNode } from '../model/types.js';
import type { DueInfo, WindowStatus } from './schedule.js';

export type { DueInfo, WindowStatus } from './schedule.js';

/** One answer as the walk stores it: the value, an optional memo, and when it was given. */
export interface AnswerRecord {
  value: AnswerValue;
  memo?: string;
  /** ISO timestamp; the engine ignores it (it is for the session's audit trail). */
  at?: string;
}

export interface Intake {
  age?: number;
  /** YYYY-MM-DD; when set and age is not, the age is counted on the interview date. */
  birth_date?: string;
}

export interface EngineInput {
  intake?: Intake;
  /** Question id → answer. Info nodes count as seen when their id is present (any value). */
  answers: Readonly<Record<string, AnswerRecord | AnswerValue>>;
  /** The interview date (聞き取り日), YYYY-MM-DD in Japan. Due dates, windows and the review date count from it. */
  date?: string;
}

export interface EngineOptions {
  /** Pass info screens without waiting (non-interactive runs, scenarios). */
  skipInfo?: boolean;
  /** The catalogs: their resources' windows (申請期間 …) are dated on the interview date. */
  catalog?: Catalog;
}

/** Why a result item is there: an answer on the path (or the child's age from the intake). */
export interface Because {
  /** A question id, or 'intake.age'. */
  question: string;
  /** The question's short title (or text). */
  label: string;
  value: AnswerValue;
  /** The answer as the caseworker saw it (option label, 令和 date, number with unit). */
  display: string;
}

/** Who acts and by when. `who` is as the program wrote it (担当CW when it names nobody). */
interface Owned {
  who?: string;
  due?: DueInfo;
  /** Listed for reference only: nobody needs to act now. */
  reference?: boolean;
}

export interface ActionItem extends Owned {
  id: string;
  text: string;
  why?: string;
  because: Because[];
}

export interface ReferralItem extends Owned {
  agency: string;
  /** Every distinct reason given for this agency along the path, in order. */
  reasons: string[];
  shares: string[];
  because: Because[];
}

export interface ResourceItem extends Owned {
  resource: string;
  notes: string[];
  /** The resource's windows (申請期間 …) as they stand on the interview date. */
  windows: WindowStatus[];
  because: Because[];
}

export interface ChecklistItem {
  id: string;
  text: string;
  because: Because[];
}

export interface FlagItem {
  id: string;
  because: Because[];
}

/** An item answered 「わからない・未確認」: it goes to the sheet's 要確認事項. */
export interface UnknownItem {
  question: string;
  label: string;
  text: string;
  memo?: string;
}

/** When to look at the case again, and why that soon when a risk rule chose it. */
export interface Review {
  /** YYYY-MM-DD; absent without an interview date. */
  date?: string;
  /** 「3か月後」「1週間後」 */
  interval: string;
  why?: string;
  because: Because[];
}

export interface Result {
  /** The interview date the dates were computed from. */
  date?: string;
  review?: Review;
  actions: ActionItem[];
  referrals: ReferralItem[];
  resources: ResourceItem[];
  checklist: ChecklistItem[];
  flags: FlagItem[];
  unknowns: UnknownItem[];
}

/** A node the walk passed, with the answer given there (questions) — in walking order. */
export interface Step {
  node: ProgramNode;
  answer?: AnswerRecord;
  /** The answer as shown to people; set for questions. */
  display?: string;
}

/** An answer the engine did not use: its question is off the current path, or it does not fit. */
export interface IgnoredAnswer {
  question: string;
  reason: 'off-path' | 'invalid' | 'not-a-question';
  /** For 'invalid': why (never repeats the value). */
  problem?: string;
}

/** Where a walk stands: asking a question, at its outcome, or stuck. */
export type WalkStop =
  | { status: 'asking'; current: QuestionNode | Extract<ProgramNode, { type: 'info' }> }
  | { status: 'done'; outcome: OutcomeNode }
  | { status: 'stuck'; stuck: { node: string; reason: 'missing-node' | 'no-next' | 'loop' } };

export type EngineState = StateBase & WalkStop;

interface StateBase {
  path: Step[];
  result: Result;
  ignored: IgnoredAnswer[];
  progress: Progress;
}

/** 「質問 5 / 約 12」: the question being asked and an estimate of how many there will be. */
export interface Progress {
  /** 1-based number of the current question (answered questions + 1 while asking). */
  current: number;
  /** Estimated total of questions on this walk. */
  estimate: number;
}
