import type { AnswerValue } from '../../src/core/model/types.js';
import { DOWN, ENTER } from './terminal.js';

/**
 * How to answer each prompt of the test program `mini` (test/fixtures/programs/mini.yaml) in a
 * terminal, whatever the walk starts at (a new walk, or a resumed one at its cursor, which may be
 * a question answered before). Every answer keeps the walk on the same path (欠席 ≥ 10 at 16 goes
 * through the info screen), so the order of questions never changes.
 */

export interface Step {
  /** The prompt's text as inquirer shows it after "? ". */
  prompt: RegExp;
  /** The question (or info screen) the step answers; 'complete' for the review's confirmation. */
  question?: string;
  /** The keys to press, and the value the session must then hold. */
  answer: (rnd: { int: (lo: number, hi: number) => number }, screen: string) => { keys: string; value?: AnswerValue };
}

const NOTES = ['卒業したい', '部活を続けたい', '進学を考えている', 'まだ決めていない'];

export const INTAKE: Step[] = [
  { prompt: /ケース番号かイニシャル/, answer: () => ({ keys: 'R7-5' + ENTER }) },
  { prompt: /子どもの年齢または生年月日/, answer: () => ({ keys: '16' + ENTER }) },
  { prompt: /担当ケースワーカーの名前/, answer: () => ({ keys: '佐藤' + ENTER }) },
];

export const WALK: Step[] = [
  // Select prompts jump to the choice whose label starts with what is typed: right whatever the default.
  { prompt: /最近の出席状況はどうですか/, question: 'q_attend', answer: () => ({ keys: '欠' + ENTER, value: 'declining' }) },
  {
    prompt: /今年度の欠席日数は何日ですか/,
    question: 'q_days',
    answer: (r) => {
      const days = r.int(10, 60);
      return { keys: `${days}${ENTER}`, value: days };
    },
  },
  { prompt: /読んだら Enter で次へ/, question: 'i_risk', answer: () => ({ keys: ENTER, value: 'seen' }) },
  { prompt: /アルバイトをしていますか/, question: 'q_baito', answer: () => ({ keys: 'は' + ENTER, value: 'yes' }) },
  {
    prompt: /週に何時間働いていますか/,
    question: 'q_hours',
    answer: (r) => {
      const hours = r.int(0, 80);
      return { keys: `${hours}${ENTER}`, value: hours };
    },
  },
  // A checkbox resumed with お金 already ticked needs only Enter; space would untick it.
  { prompt: /本人や家族の心配ごとは/, question: 'q_worries', answer: (_r, screen) => ({ keys: (/◉ お金/.test(screen) ? '' : ' ') + ENTER, value: ['money'] }) },
  { prompt: /次に学校と話す日はいつですか/, question: 'q_date', answer: () => ({ keys: '2026-12-01' + ENTER, value: '2026-12-01' }) },
  {
    prompt: /本人の希望を書いてください/,
    question: 'q_note',
    answer: (r) => {
      const note = `${NOTES[r.int(0, NOTES.length - 1)]}${r.int(1, 999)}`;
      return { keys: note + ENTER, value: note };
    },
  },
  { prompt: /確定するか、直す回答を選んでください/, question: 'complete', answer: () => ({ keys: ENTER }) },
  { prompt: /支援シートの PDF をいま作りますか/, answer: () => ({ keys: DOWN + ENTER }) },
];

export const ALL_STEPS = [...INTAKE, ...WALK];
