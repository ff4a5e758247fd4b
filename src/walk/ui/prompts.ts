import { checkbox, input, password, select, Separator } from '@inquirer/prompts';
import tty from 'node:tty';
import type { CommandContext } from '../../app/context.js';
import type { InterruptSignal } from '../../app/io.js';
import { engine } from '../../messages/engine.js';
import { walkMsg } from '../../messages/walk.js';
import { wrapStyled, wrapStyledLine } from '../../core/text/wrap.js';
import { isPromptCancel } from '../../core/diagnostics/prompt-cancel.js';
import { InputGate } from './input-gate.js';
import { promptLayout, wrapChoices } from './layout.js';

const q = walkMsg.question;
import { themeFor } from './theme.js';

/**
 * The only module that talks to @inquirer/prompts: one place for Ctrl-C, signals and the
 * Japanese theme. Everything above it sees four small functions and one error.
 */

/** The walk was interrupted (Ctrl-C, SIGTERM, closed terminal): save, say how to resume, exit 130. */
export class WalkInterrupted extends Error {
  override readonly name = 'WalkInterrupted';
  constructor(readonly signal: InterruptSignal) {
    super(signal);
  }
}

export interface ListChoice<T extends string> {
  value: T;
  name: string;
  description?: string;
  disabled?: boolean | string;
  checked?: boolean;
}
export type ListItem<T extends string> = ListChoice<T> | 'separator';

export class Ui {
  private readonly abort = new AbortController();
  private signal?: InterruptSignal;
  private readonly cleanups: (() => void)[] = [];
  /** Every prompt reads through it, so keys typed ahead reach the next prompt (input-gate.ts). */
  private readonly gate: InputGate;
  readonly theme: ReturnType<typeof themeFor>;

  constructor(private readonly ctx: CommandContext) {
    this.theme = themeFor(ctx.out);
    this.gate = new InputGate(ctx.io.stdin);
    this.cleanups.push(() => this.gate.dispose());
    const stop = (signal: InterruptSignal) => {
      this.signal ??= signal;
      this.abort.abort();
    };
    const off = ctx.io.onInterrupt?.(stop);
    if (off) this.cleanups.push(off);
    // A closed terminal ends stdin (or fails it with EIO) around the time SIGHUP arrives.
    const onGone = () => stop('SIGHUP');
    ctx.io.stdin.on?.('error', onGone);
    ctx.io.stdin.on?.('end', onGone);
    this.cleanups.push(() => {
      ctx.io.stdin.off?.('error', onGone);
      ctx.io.stdin.off?.('end', onGone);
    });
    this.cleanups.push(guardRawMode(ctx.io.stdin, onGone));
  }

  /** Whether the terminal has been closed (then nothing can be written to it any more). */
  terminalGone(): boolean {
    const fd = (this.ctx.io.stdin as { fd?: number }).fd;
    return this.ctx.io.stdin.isTTY === true && typeof fd === 'number' && !tty.isatty(fd);
  }

  /** Text between prompts (headers, help, results), wrapped to the terminal with 禁則. */
  write(text: string): void {
    const wrapped = wrapStyled(text.endsWith('\n') ? text.slice(0, -1) : text, this.width());
    this.ctx.io.stdout.write(wrapped + '\n');
  }

  /** The terminal's width in cells (80 when it does not say). */
  width(): number {
    const columns = this.ctx.io.stdout.columns;
    return columns && columns > 0 ? Math.max(20, columns) : 80;
  }

  /** How many lines `text` takes on screen after `prefix` cells (a list entry after 「❯ 」). */
  linesOf(text: string, prefix = 0): number {
    return text.split('\n').reduce((n, l, i) => n + wrapStyledLine(l, this.width(), { first: i === 0 ? prefix : 0 }).split('\n').length, 0);
  }

  /** The terminal's height in lines (24 when it does not say). */
  rows(): number {
    const rows = (this.ctx.io.stdout as { rows?: number }).rows;
    return rows && rows > 0 ? rows : 24;
  }

  get c() {
    return this.ctx.out;
  }

  /** Throws WalkInterrupted if a signal came while no prompt was open. */
  check(): void {
    if (this.signal) throw new WalkInterrupted(this.signal);
  }

  async select<T extends string>(message: string, items: ListItem<T>[], options: { default?: T; pageSize?: number } = {}): Promise<T> {
    const choices = this.wrapChoices(items, 2);
    const pageSize = options.pageSize ?? this.pageSize(choices);
    const shown = this.layout(message);
    return this.run(() =>
      select<T>({ message: shown.message, choices, pageSize, loop: false, theme: shown.theme, ...(options.default !== undefined ? { default: options.default } : {}) }, this.context()),
    );
  }

  /**
   * Several answers at once. Actions are not choices here (they would be drawn as checkboxes and
   * echoed as answers): 「?」 ends the prompt with `menu` set and the ticks so far, for the caller's
   * menu of ヘルプ・メモ・戻る.
   */
  async checkbox<T extends string>(message: string, items: ListItem<T>[], validate: (values: T[]) => true | string): Promise<{ values: T[]; menu: boolean }> {
    const choices = this.wrapChoices(items, 3);
    const pageSize = this.pageSize(choices);
    let menu = false;
    const shown = this.layout(message, { selected: (text) => (menu ? q.menuShown : text) });
    const values = await this.run(
      () => {
        const answer = checkbox<T>(
          // No a/i shortcuts: "select all" and "invert" are not how a caseworker answers.
          { message: shown.message, choices, pageSize, loop: false, theme: shown.theme, shortcuts: { all: null, invert: null }, validate: (picked) => menu || validate(picked.map((p) => p.value)) },
          this.context(),
        );
        // Registered after the prompt's own key handler: 「?」 means nothing to it, then this
        // submits what is ticked, which validate lets through as a draft.
        const onKey = (s: string | undefined) => {
          if (menu || (s !== '?' && s !== '？')) return;
          menu = true;
          this.gate.emit('keypress', '\r', { name: 'return', sequence: '\r', ctrl: false, meta: false, shift: false });
        };
        this.gate.on('keypress', onKey);
        return answer.finally(() => this.gate.off('keypress', onKey));
      },
      ['\r', '\n', '?', '？'],
    );
    return { values, menu };
  }

  /** `shown` turns the accepted text into what stays on screen (「１２」→「12日」). */
  async input(message: string, options: { default?: string; validate?: (value: string) => true | string; shown?: (value: string) => string } = {}): Promise<string> {
    const { shown } = options;
    const laid = this.layout(message);
    return this.run(() =>
      input(
        {
          message: laid.message,
          theme: laid.theme,
          ...(options.default ? { default: options.default } : {}),
          ...(options.validate ? { validate: options.validate } : {}),
          ...(shown ? { transformer: (v: string, { isFinal }: { isFinal: boolean }) => (isFinal ? laid.theme.style.answer(shown(v)) : v) } : {}),
        },
        this.context(),
      ),
    );
  }

  /** A passphrase: nothing of it is shown, not even its length. `hidden` replaces what is typed. */
  async password(message: string, hidden: string, validate?: (value: string) => true | string): Promise<string> {
    const theme = { ...this.theme, style: { ...this.theme.style, maskedText: hidden } };
    return this.run(() => password({ message, mask: false, toggleMask: false, theme, ...(validate ? { validate } : {}) }, this.context()));
  }

  /** はい／いいえ as a two-line list: clearer than inquirer's (y/N) for people who do not type English. */
  async confirm(message: string, defaultValue: boolean): Promise<boolean> {
    const items: ListChoice<'yes' | 'no'>[] = [
      { value: 'yes', name: engine.yes },
      { value: 'no', name: engine.no },
    ];
    return (await this.select(message, items, { default: defaultValue ? 'yes' : 'no' })) === 'yes';
  }

  close(): void {
    for (const c of this.cleanups.splice(0)) c();
  }

  private layout(message: string, options: { selected?: (text: string) => string } = {}) {
    return promptLayout(message, this.width(), this.theme, this.c.dim(' • '), options.selected);
  }

  private wrapChoices<T extends string>(items: ListItem<T>[], prefix: number) {
    return wrapChoices(items, prefix, this.width());
  }

  /** Lines for a list: all of it when it fits the terminal under the question, else what does. */
  private pageSize(choices: ({ name: string } | Separator)[]): number {
    const lines = choices.reduce((n, c) => n + ('name' in c ? c.name.split('\n').length : 1), 0);
    return Math.max(5, Math.min(lines, this.rows() - 10));
  }

  private context() {
    return { input: this.gate as unknown as NodeJS.ReadableStream, output: this.ctx.io.stdout as unknown as NodeJS.WritableStream, signal: this.abort.signal };
  }

  private async run<T>(prompt: () => Promise<T>, submitKeys?: readonly string[]): Promise<T> {
    this.check();
    try {
      const answer = prompt();
      this.gate.open(submitKeys);
      return await answer;
    } catch (error) {
      if (isPromptCancel(error)) throw new WalkInterrupted(this.signal ?? 'SIGINT');
      throw error;
    } finally {
      this.gate.closed();
    }
  }
}

/**
 * readline switches raw mode off when it closes; on a terminal that is gone that fails with EIO,
 * which readline re-throws as an uncaught error (a stack trace, a crash). Skip the switch then.
 */
function guardRawMode(stdin: CommandContext['io']['stdin'], onGone: () => void): () => void {
  const s = stdin as typeof stdin & { setRawMode?: (mode: boolean) => unknown; fd?: number };
  const original = s.setRawMode;
  if (typeof original !== 'function' || typeof s.fd !== 'number') return () => undefined;
  const fd = s.fd;
  s.setRawMode = function (this: unknown, mode: boolean) {
    if (tty.isatty(fd)) return original.call(this, mode);
    onGone();
    return this;
  };
  return () => {
    s.setRawMode = original;
  };
}
