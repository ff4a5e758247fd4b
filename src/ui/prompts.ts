import { checkbox, input, password, select, Separator } from '@inquirer/prompts';
import tty from 'node:tty';
import type { CommandContext } from '../cli/context.js';
import type { InterruptSignal } from '../cli/io.js';
import { engine } from '../messages/engine.js';
import { InputGate } from './input-gate.js';
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

const PROMPT_ERRORS = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

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

  /** Text between prompts (headers, help, results). */
  write(text: string): void {
    this.ctx.io.stdout.write(text.endsWith('\n') ? text : text + '\n');
  }

  get c() {
    return this.ctx.out;
  }

  /** Throws WalkInterrupted if a signal came while no prompt was open. */
  check(): void {
    if (this.signal) throw new WalkInterrupted(this.signal);
  }

  async select<T extends string>(message: string, items: ListItem<T>[], options: { default?: T; pageSize?: number } = {}): Promise<T> {
    const choices = items.map((i) => (i === 'separator' ? new Separator(' ') : i));
    const pageSize = options.pageSize ?? Math.min(Math.max(items.length, 7), 20);
    return this.run(() => select<T>({ message, choices, pageSize, loop: false, theme: this.theme, ...(options.default !== undefined ? { default: options.default } : {}) }, this.context()));
  }

  async checkbox<T extends string>(message: string, items: ListItem<T>[], validate: (values: T[]) => true | string): Promise<T[]> {
    const choices = items.map((i) => (i === 'separator' ? new Separator(' ') : i));
    const pageSize = Math.min(Math.max(items.length, 7), 20);
    return this.run(() =>
      checkbox<T>(
        // No a/i shortcuts: "select all" would tick 戻る and ヘルプ too.
        { message, choices, pageSize, loop: false, theme: this.theme, shortcuts: { all: null, invert: null }, validate: (picked) => validate(picked.map((p) => p.value)) },
        this.context(),
      ),
    );
  }

  /** `shown` turns the accepted text into what stays on screen (「１２」→「12日」). */
  async input(message: string, options: { default?: string; validate?: (value: string) => true | string; shown?: (value: string) => string } = {}): Promise<string> {
    const { shown } = options;
    return this.run(() =>
      input(
        {
          message,
          theme: this.theme,
          ...(options.default ? { default: options.default } : {}),
          ...(options.validate ? { validate: options.validate } : {}),
          ...(shown ? { transformer: (v: string, { isFinal }: { isFinal: boolean }) => (isFinal ? this.theme.style.answer(shown(v)) : v) } : {}),
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
      if (error instanceof Error && PROMPT_ERRORS.has(error.name)) throw new WalkInterrupted(this.signal ?? 'SIGINT');
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
