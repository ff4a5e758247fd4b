import { choicesOf } from '../../core/engine/walk.js';
import { nodeLabel } from '../../core/model/labels.js';
import { engine } from '../../messages/engine.js';
import { walkMsg } from '../../messages/walk.js';
import { answerProblem, displayAnswer } from '../../core/model/answers.js';
import { UNKNOWN, type AnswerValue, type InfoNode, type MultiNode, type QuestionNode } from '../../core/model/types.js';
import { eraProblem, parseDateInput, parseNumberInput } from '../model/parse.js';
import type { ListChoice, ListItem, Ui } from './prompts.js';
import { terminalSafe } from '../../core/text/terminal-safe.js';

const q = walkMsg.question;

/**
 * One question on screen, with the same extra choices everywhere: ヘルプ (shown here, then the
 * question again), メモ and 戻る (handed back to the walk, which owns the session). わからない・未確認
 * is one of the answers where the program allows it.
 */
export type QuestionAction = { kind: 'answer'; value: AnswerValue } | { kind: 'back' } | { kind: 'memo'; draft?: AnswerValue };

export interface AskOptions {
  /** The answer given before (going back, review): pre-selected or offered as default. */
  current?: AnswerValue;
  canBack: boolean;
  memo?: string;
  progress: { current: number; estimate: number };
  /** Why this question is asked again (the program changed). */
  notice?: string;
  /** An answer pre-selected from the intake (never given for the caseworker), and why. */
  suggested?: { value: string; note: string };
}

type Token = `a:${string}` | 'x:help' | 'x:memo' | 'x:back' | 'x:none' | 'x:retype';

export async function askQuestion(ui: Ui, node: QuestionNode, options: AskOptions): Promise<QuestionAction> {
  const c = ui.c;
  ui.write('');
  ui.write(`${c.dim(q.progress(options.progress.current, options.progress.estimate))}  ${c.bold(nodeLabel(node))}`);
  if (options.notice) ui.write(c.yellow(options.notice));
  if (options.memo) ui.write(c.dim(q.memoLine(terminalSafe(options.memo, { multiline: true })))); // from the session file
  let current = options.current;
  for (;;) {
    const action = await (node.type === 'multi' ? askMulti(ui, node, current, options) : node.type === 'single' || node.type === 'yesno' ? askSingle(ui, node, current, options) : askInput(ui, node, current, options));
    if (action.kind !== 'help') return action;
    current = action.draft ?? current;
    showHelp(ui, node);
  }
}

type Internal = QuestionAction | { kind: 'help'; draft?: AnswerValue };

function extras(options: AskOptions): ListItem<Token>[] {
  return [
    'separator',
    { value: 'x:help', name: q.help },
    { value: 'x:memo', name: options.memo ? q.editMemo : q.memo },
    ...(options.canBack ? [{ value: 'x:back' as const, name: q.back }] : []),
  ];
}

function fromExtra(token: Token, draft?: AnswerValue): Internal | undefined {
  if (token === 'x:help') return { kind: 'help', ...(draft !== undefined ? { draft } : {}) };
  if (token === 'x:memo') return { kind: 'memo', ...(draft !== undefined ? { draft } : {}) };
  if (token === 'x:back') return { kind: 'back' };
  return undefined;
}

async function askSingle(ui: Ui, node: QuestionNode, current: AnswerValue | undefined, options: AskOptions): Promise<Internal> {
  const items: ListItem<Token>[] = [
    ...choicesOf(node).map((ch): ListChoice<Token> => ({ value: `a:${String(ch.value)}`, name: ch.label, ...(ch.help ? { description: ch.help } : {}) })),
    ...extras(options),
  ];
  const preselected = current !== undefined && !Array.isArray(current) ? String(current) : options.suggested?.value;
  if (current === undefined && options.suggested) ui.write(ui.c.dim(options.suggested.note));
  const token = await ui.select(node.text.trim(), items, preselected !== undefined ? { default: `a:${preselected}` } : {});
  return fromExtra(token) ?? { kind: 'answer', value: token.slice(2) };
}

async function askMulti(ui: Ui, node: MultiNode, current: AnswerValue | undefined, options: AskOptions): Promise<Internal> {
  const picked = new Set(Array.isArray(current) ? current.map((v) => `a:${v}`) : current === UNKNOWN ? [`a:${UNKNOWN}`] : []);
  const noneOffered = !node.options.some((o) => o.exclusive);
  if (noneOffered && Array.isArray(current) && current.length === 0) picked.add('x:none');
  // Only answers are check boxes; ヘルプ・メモ・戻る are behind 「?」 (a menu, as for typed answers).
  const items: ListItem<Token>[] = [
    ...choicesOf(node).map((ch): ListChoice<Token> => ({ value: `a:${String(ch.value)}`, name: ch.label, checked: picked.has(`a:${String(ch.value)}`), ...(ch.help ? { description: ch.help } : {}) })),
    ...(noneOffered ? [{ value: 'x:none' as const, name: q.none, checked: picked.has('x:none') }] : []),
  ];
  const toValue = (tokens: Token[]): AnswerValue => {
    const values = tokens.filter((t) => t.startsWith('a:')).map((t) => t.slice(2));
    return values.length === 1 && values[0] === UNKNOWN ? UNKNOWN : values;
  };
  ui.write(ui.c.dim(`${q.multiHint} ／ ${q.multiMenuHint}`));
  const { values: tokens, menu } = await ui.checkbox<Token>(node.text.trim(), items, (chosen) => {
    if (chosen.length === 0) return q.checkboxEmpty;
    if (chosen.includes('x:none') && chosen.length > 1) return engine.answer.exclusive(q.none);
    if (chosen.includes(`a:${UNKNOWN}`) && chosen.length > 1) return engine.answer.exclusive(engine.unknown);
    return answerProblem(node, toValue(chosen)) ?? true;
  });
  const value = toValue(tokens);
  if (!menu) return { kind: 'answer', value };
  const draft = tokens.length === 0 ? undefined : tokens.includes('x:none') ? [] : value;
  const token = await ui.select(q.menuMessage, [{ value: 'x:retype', name: q.rechoose }, ...extras(options)]);
  if (token === 'x:retype') return askMulti(ui, node, draft, options);
  return fromExtra(token, draft) ?? { kind: 'answer', value };
}

/** What a typed answer becomes: a number, an ISO date, or text as written. */
function typed(node: QuestionNode, raw: string): AnswerValue {
  if (node.type === 'number') return parseNumberInput(raw, node.unit);
  if (node.type === 'date') return parseDateInput(raw);
  return raw.trim();
}

/**
 * What is wrong with a typed answer. Typed numbers may be full-width (６, parse.ts), so the walk
 * says 数字 where an answers file, which needs a real number, says 半角数字.
 */
function typedProblem(node: QuestionNode, raw: string): string | undefined {
  const problem = answerProblem(node, typed(node, raw));
  return problem === engine.answer.notNumber ? q.notNumber : problem;
}

const isMenu = (raw: string) => /^[?？]?$/.test(raw.trim());

async function askInput(ui: Ui, node: QuestionNode, current: AnswerValue | undefined, options: AskOptions): Promise<Internal> {
  const hint = q.inputHint[node.type]!(node.type === 'number' ? node.unit : undefined);
  ui.write(ui.c.dim(`${hint} ／ ${q.menuHint}`));
  const before = current !== undefined && current !== UNKNOWN ? String(current) : undefined;
  const raw = await ui.input(node.text.trim(), {
    ...(before ? { default: before } : {}),
    validate: (v) => (isMenu(v) ? true : ((node.type === 'date' ? eraProblem(v) : undefined) ?? typedProblem(node, v) ?? true)),
    shown: (v) => (isMenu(v) ? q.menuShown : displayAnswer(node, typed(node, v))),
  });
  if (!isMenu(raw)) return { kind: 'answer', value: typed(node, raw) };
  const items: ListItem<Token>[] = [
    ...(node.unknown ? [{ value: `a:${UNKNOWN}` as const, name: engine.unknown }] : []),
    { value: 'x:retype', name: q.retype },
    ...extras(options),
  ];
  const token = await ui.select(q.menuMessage, items);
  if (token === 'x:retype') return askInput(ui, node, current, options);
  return fromExtra(token) ?? { kind: 'answer', value: UNKNOWN };
}

export function showHelp(ui: Ui, node: QuestionNode): void {
  const c = ui.c;
  ui.write('');
  ui.write(c.cyan.bold(q.helpHeading(nodeLabel(node))));
  for (const line of node.help.trim().split('\n')) ui.write(`  ${line}`);
  if (node.type === 'single' || node.type === 'multi') {
    for (const o of node.options) if (o.help) ui.write(c.dim(q.optionHelp(o.label, o.help)));
  }
  ui.write('');
}

/** An info screen: its text, then Enter (or 戻る). */
export async function showInfo(ui: Ui, node: InfoNode, canBack: boolean): Promise<'next' | 'back'> {
  const c = ui.c;
  ui.write('');
  ui.write(c.magenta.bold(`【${q.info}】${node.title ?? ''}`));
  for (const line of node.text.trim().split('\n')) ui.write(`  ${line}`);
  const items: ListChoice<'next' | 'back'>[] = [{ value: 'next', name: q.next }, ...(canBack ? [{ value: 'back' as const, name: q.back }] : [])];
  return ui.select(q.infoPrompt, items, { default: 'next' });
}

const MEMO_MAX = 200;

/** A short memo. Enter keeps the one there is; 「-」 alone removes it. */
export async function askMemo(ui: Ui, current: string | undefined): Promise<string | undefined> {
  const memo = await ui.input(current ? q.memoPromptEdit(MEMO_MAX) : q.memoPrompt(MEMO_MAX), {
    ...(current ? { default: current } : {}),
    validate: (v) => ([...v.trim()].length <= MEMO_MAX ? true : q.memoTooLong(MEMO_MAX)),
  });
  const t = memo.normalize('NFKC').trim();
  return t === '' || t === '-' ? undefined : memo.trim();
}
