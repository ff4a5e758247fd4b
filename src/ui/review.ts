import { walkMsg } from '../messages/walk.js';
import type { DoneState } from '../walk/result.js';
import { reviewEntries } from '../walk/review.js';
import type { ListItem, Ui } from './prompts.js';
import { terminalSafe } from '../util/terminal-safe.js';

const m = walkMsg.review;

/**
 * The review screen: every answer on the path, one line each, with the question text and memo
 * shown under the highlighted line. Returns the question to change, or undefined to confirm.
 */
export async function reviewStep(ui: Ui, state: DoneState): Promise<string | undefined> {
  const c = ui.c;
  const entries = reviewEntries(state);
  ui.write('');
  ui.write(c.bold(`━━ ${m.heading} ━━`));
  ui.write(c.dim(m.intro));
  const items: ListItem<string>[] = [
    { value: '', name: c.green(m.confirm) },
    'separator',
    ...entries.map((e, i) => ({
      value: e.question,
      // Answers and memos come from the session file: escaped for the terminal (terminal-safe.ts).
      name: `${m.entry(i + 1, e.label, terminalSafe(e.answer))}${e.memo ? c.dim(m.withMemo) : ''}`,
      description: [e.text, e.memo ? `${walkMsg.result.memo}: ${terminalSafe(e.memo, { multiline: true })}` : ''].filter(Boolean).join('\n'),
    })),
  ];
  const pick = await ui.select(m.message, items, { default: '', pageSize: Math.min(items.length, 20) });
  return pick === '' ? undefined : pick;
}
