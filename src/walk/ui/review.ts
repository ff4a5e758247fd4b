import { walkMsg } from '../../messages/walk.js';
import type { DoneState } from '../model/result.js';
import { reviewEntries } from '../model/review.js';
import type { ListItem, Ui } from './prompts.js';
import { terminalSafe } from '../../core/text/terminal-safe.js';

const m = walkMsg.review;

/** What reviewStep returns for the intake line (no question id starts with 「:」). */
export const INTAKE = ':intake';

/**
 * The review screen: every answer on the path, one line each, with the question text and memo
 * shown under the highlighted line. Returns the question to change, or undefined to confirm.
 * The list is paged to fit the terminal; the count and 「↓ ほか N 件」 say when some answers are
 * below the page, so none is missed.
 */
export async function reviewStep(ui: Ui, state: DoneState, intake?: string): Promise<string | undefined> {
  const c = ui.c;
  const entries = reviewEntries(state);
  ui.write('');
  ui.write(c.bold(`━━ ${m.heading} ━━`));
  ui.write(c.dim(m.intro));
  // Answers and memos come from the session file: escaped for the terminal (terminal-safe.ts).
  const names = entries.map((e, i) => `${m.entry(i + 1, e.label, terminalSafe(e.answer))}${e.memo ? c.dim(m.withMemo) : ''}`);
  const descriptions = entries.map((e, i) => [m.position(i + 1, entries.length), e.text, e.memo ? `${walkMsg.result.memo}: ${terminalSafe(e.memo, { multiline: true })}` : ''].filter(Boolean).join('\n'));
  const message = m.message(entries.length);

  // Lines the prompt needs besides the list: the message, a blank, the longest description, the keys.
  const around = ui.linesOf(message, 2) + 1 + Math.max(2, ...descriptions.map((d) => ui.linesOf(d))) + 2;
  const heights = [1, ...(intake ? [ui.linesOf(intake, 2)] : []), 1, ...names.map((n) => ui.linesOf(n, 2))];
  const top = heights.length - names.length;
  const total = heights.reduce((a, b) => a + b, 0);
  const pageSize = Math.max(5, Math.min(total, ui.rows() - around - 1));
  // Entries wholly on the first page (the list opens at its top, on 「確定する」).
  let fits = 0;
  for (let used = heights.slice(0, top).reduce((a, b) => a + b, 0), i = 0; i < names.length && used + heights[i + top]! <= pageSize; i++) used += heights[i + top]!, fits++;
  const below = entries.length - fits;

  const items: ListItem<string>[] = [
    { value: '', name: c.green(m.confirm), ...(below > 0 ? { description: m.more(below) } : {}) },
    // The intake drives results too (the age above all): correctable here, like any answer.
    ...(intake ? [{ value: INTAKE, name: intake, description: m.intakeHelp }] : []),
    'separator',
    ...entries.map((e, i) => ({ value: e.question, name: names[i]!, description: descriptions[i]! })),
  ];
  const pick = await ui.select(message, items, { default: '', pageSize });
  return pick === '' ? undefined : pick;
}
