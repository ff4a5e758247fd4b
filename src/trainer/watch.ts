import fs from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../cli/command-context.js';
import { reportError } from '../cli/report.js';
import { ExitCode } from '../diagnostics/errors.js';
import { trainer } from '../messages/trainer.js';

const m = trainer.watch;

/** Editors save in bursts (temporary file, rename, touch): one run per burst. */
export const DEBOUNCE_MS = 200;

/** Erase the screen and the scrollback, then home the cursor (a fresh page per run). */
const CLEAR = '\u001b[2J\u001b[3J\u001b[H';

/**
 * `ikusei lint --watch`: lints once, then again each time a YAML file in the watched folders is
 * saved, until Ctrl-C (exit 130). The folders are the programs folders of the paths given (with
 * their catalogs/, so a catalog edit re-lints the programs that use it).
 */
export async function watchLint(ctx: CommandContext, paths: string[], lintOnce: () => Promise<number>, debounceMs = DEBOUNCE_MS): Promise<number> {
  const dirs = watchedDirs(ctx, paths);
  const tty = ctx.io.stdout.isTTY === true;
  const c = ctx.out;
  if (tty) ctx.io.stdout.write(CLEAR);
  await lintOnce(); // a usage error (a path that does not exist) ends the command here
  ctx.io.stdout.write(c.dim(m.waiting) + '\n');

  return new Promise<number>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let running = false;
    let again = false;
    const run = async () => {
      if (running) {
        again = true; // a save during a run: run once more when it ends
        return;
      }
      running = true;
      if (tty) ctx.io.stdout.write(CLEAR);
      ctx.io.stdout.write(c.dim(m.changed(ctx.io.now())) + '\n');
      try {
        await lintOnce();
      } catch (error) {
        reportError(error, ctx); // e.g. a file deleted mid-save: say so and keep watching
      }
      ctx.io.stdout.write(c.dim(m.waiting) + '\n');
      running = false;
      if (again) {
        again = false;
        void run();
      }
    };
    const onChange = (_event: string, name: string | Buffer | null) => {
      const file = name === null ? '' : String(name);
      if (file && !/\.ya?ml$/i.test(file)) return; // editors' swap and temporary files
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), debounceMs);
    };
    const watchers = dirs.map((dir) => fs.watch(dir, { recursive: true }, onChange));
    const stop = (code: number) => {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      removeInterrupt?.();
      ctx.io.stdout.write((tty ? '\n' : '') + m.stopped + '\n'); // after the terminal's ^C
      resolve(code);
    };
    for (const w of watchers) w.on('error', () => stop(ExitCode.ENVIRONMENT));
    const removeInterrupt = ctx.io.onInterrupt?.(() => stop(ExitCode.INTERRUPTED));
  });
}

/** The folders to watch: each path's programs folder (a catalog's is the folder above catalogs/). */
function watchedDirs(ctx: CommandContext, paths: string[]): string[] {
  const dirs = new Set<string>();
  for (const p of paths.length ? paths : [ctx.programsDir]) {
    const abs = path.resolve(ctx.io.cwd, p);
    let dir = fs.existsSync(abs) && fs.statSync(abs).isDirectory() ? abs : path.dirname(abs);
    if (path.basename(dir) === 'catalogs') dir = path.dirname(dir);
    if (fs.existsSync(dir)) dirs.add(dir);
  }
  // A folder inside another is already watched through it.
  return [...dirs].filter((d) => ![...dirs].some((o) => o !== d && d.startsWith(o + path.sep)));
}
