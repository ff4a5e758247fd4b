import type { AnswerValue, OutcomeNode, ProgramNode, QuestionNode } from '../model/types.js';

/** One answer as the walk stores it: the value, an optional memo, and when it was given. */
export interface AnswerRecord {
  value: AnswerValue;
  memo?: string;
  /** ISO timestamp; the engine ignores it (it is for the session's audit trail). */
  at?: string;
}

export interface Intake {
  age?: number;
}

export interface EngineInput {
  intake?: Intake;
  /** Question id → answer. Info nodes count as seen when their id is present (any value). */
  answers: Readonly<Record<string, AnswerRecord | AnswerValue>>;
}

export interface EngineOptions {
  /** Pass info screens without waiting (non-interactive runs, scenarios). */
  skipInfo?: boolean;
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

export interface ActionItem {
  id: string;
  text: string;
  who?: string;
  due?: string;
  why?: string;
  because: Because[];
}

export interface ReferralItem {
  agency: string;
  /** Every distinct reason given for this agency along the path, in order. */
  reasons: string[];
  shares: string[];
  because: Because[];
}

export interface ResourceItem {
  resource: string;
  notes: string[];
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

export interface Result {
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

export type EngineState =
  | (StateBase & { status: 'asking'; current: QuestionNode | Extract<ProgramNode, { type: 'info' }> })
  | (StateBase & { status: 'done'; outcome: OutcomeNode })
  | (StateBase & { status: 'stuck'; stuck: { node: string; reason: 'missing-node' | 'no-next' | 'loop' } });

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
