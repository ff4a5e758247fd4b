import type { OutStream } from '../../app/io.js';

/**
 * A one-line progress bar on a terminal (stderr), redrawn at most every 100 ms; nothing at all
 * when stderr is not a terminal, so logs stay clean.
 */
export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: OutStream,
    private readonly total: number,
    private readonly label: (done: number, total: number, failed: number) => string,
  ) {}

  update(done: number, failed: number, force = false): void {
    if (!this.stream.isTTY) return;
    const now = Date.now();
    if (!force && now - this.last < 100 && done < this.total) return;
    this.last = now;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 30));
    const filled = Math.round((done / this.total) * width);
    this.stream.write(`\r\u001b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.label(done, this.total, failed)}`);
    this.shown = true;
  }

  /** Clears the bar so a message can be printed on a clean line. */
  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
