import { EventEmitter } from 'node:events';
import { StringDecoder } from 'node:string_decoder';

type Source = NodeJS.ReadableStream & { setRawMode?: (mode: boolean) => unknown };

/**
 * The one input every prompt of a walk reads, in front of the terminal. Inquirer opens a fresh
 * readline per prompt: keys typed ahead (「TA-1⏎16⏎」 in one burst) reached the first prompt in
 * one chunk, which took 「TA-1⏎」 and dropped the rest while it closed. Here keys wait in a queue
 * and are handed over one answer at a time: up to and including an Enter, then the rest only once
 * that prompt has closed and the next one reads (or, after a refused answer, to the same prompt).
 *
 * To readline this looks like a raw-mode terminal stream (data, setRawMode, pause/resume); it is
 * not marked as a TTY, because inquirer throws away what a TTY delivered before a prompt's first
 * render (stale keys), and these keys are the caseworker's, on purpose.
 */
export class InputGate extends EventEmitter {
  private queue = '';
  private readonly decoder = new StringDecoder('utf8');
  private reading = false;
  /** Bumped when a prompt opens or closes: a pending hand-over for an older prompt is dropped. */
  private generation = 0;
  /** An answer was handed over; wait to see whether the prompt closes or refuses it. */
  private holding = false;
  private submitKeys: readonly string[] = ['\r', '\n'];
  private readonly onData = (chunk: Buffer | string) => {
    this.queue += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    this.pump();
  };
  private readonly onEnd = () => this.emit('end');
  private readonly onError = (e: unknown) => this.emit('error', e);

  constructor(private readonly source: Source) {
    super();
    source.on('end', this.onEnd);
    source.on('error', this.onError);
  }

  /** A prompt is reading from now on. `submitKeys` end one answer (Enter; ? too in a checkbox). */
  open(submitKeys: readonly string[] = ['\r', '\n']): void {
    this.submitKeys = submitKeys;
    this.generation++;
    this.holding = false;
    if (!this.reading) {
      this.reading = true;
      this.source.on('data', this.onData);
      this.source.resume();
    }
    const generation = this.generation;
    process.nextTick(() => generation === this.generation && this.pump());
  }

  /** The prompt has closed: keys wait (in the queue, or the terminal's buffer) for the next one. */
  closed(): void {
    this.generation++;
    this.holding = false;
    if (this.reading) {
      this.reading = false;
      this.source.off('data', this.onData);
      this.source.pause();
    }
  }

  dispose(): void {
    this.closed();
    this.source.off('end', this.onEnd);
    this.source.off('error', this.onError);
  }

  // What readline calls on its input.
  setRawMode(mode: boolean): this {
    this.source.setRawMode?.(mode);
    return this;
  }
  pause(): this {
    return this;
  }
  resume(): this {
    return this;
  }
  get isRaw(): boolean {
    return (this.source as { isRaw?: boolean }).isRaw === true;
  }

  private pump(): void {
    if (!this.reading || this.holding || this.queue === '') return;
    let end = this.queue.length;
    for (const key of this.submitKeys) {
      const i = this.queue.indexOf(key);
      if (i >= 0) end = Math.min(end, i + key.length);
    }
    if (end < this.queue.length && this.queue[end - 1] === '\r' && this.queue[end] === '\n') end++; // CRLF is one Enter
    const part = this.queue.slice(0, end);
    this.queue = this.queue.slice(end);
    const submitted = this.submitKeys.some((k) => part.endsWith(k));
    if (submitted) {
      this.holding = true;
      // The prompt validates and closes in microtasks; a prompt still open after them refused the
      // answer and reads on. (setImmediate runs after every pending microtask.)
      const generation = this.generation;
      setImmediate(() => {
        if (generation !== this.generation) return;
        this.holding = false;
        this.pump();
      });
    }
    this.emit('data', Buffer.from(part, 'utf8'));
  }
}
