import fs from 'node:fs';
import path from 'node:path';
import type { CommandContext } from '../app/command-context.js';
import { ExitCode, type ExitCodeValue } from '../core/diagnostics/errors.js';
import { trainer } from '../messages/trainer.js';
import { catalogHome } from '../io/program/catalog-home.js';

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
export async function watchLint(ctx: CommandContext, paths: string[], lintOnce: () => Promise<ExitCodeValue>, debounceMs = DEBOUNCE_MS): Promise<ExitCodeValue> {
  const dirs = watchedDirs(ctx, paths);
  const tty = ctx.io.stdout.isTTY === true;
  const c = ctx.out;
  if (tty) ctx.io.stdout.write(CLEAR);
  await lintOnce(); // a usage error (a path that does not exist) ends the command here
  ctx.io.stdout.write(c.dim(m.waiting) + '\n');

  return new Promise<ExitCodeValue>((resolve) => {
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
        ctx.report(error); // e.g. a file deleted mid-save: say so and keep watching
      }
      ctx.io.stdout.write(c.dim(m.waiting) + '\n');
      running = false;
      if (again) {
        again = false;
        void run();
      }
    };
    const onChange = (name: string | Buffer | null) => {
      const file = name === null ? '' : String(name);
      if (file && !/\.ya?ml$/i.test(file) && file !== 'catalogs') return; // editors' swap and temporary files
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        folders?.rearm(); // a folder replaced meanwhile (catalogs/ recreated, a checkout) is watched anew
        void run();
      }, debounceMs);
    };
    let folders: Folders | undefined;
    const stop = (code: ExitCodeValue) => {
      if (timer) clearTimeout(timer);
      folders?.close();
      removeInterrupt?.();
      ctx.io.stdout.write((tty ? '\n' : '') + m.stopped + '\n'); // after the terminal's ^C
      resolve(code);
    };
    const removeInterrupt = ctx.io.onInterrupt?.(() => stop(ExitCode.INTERRUPTED));
    folders = new Folders(dirs, onChange, () => stop(ExitCode.ENVIRONMENT));
  });
}

/**
 * The watched folders: each programs folder and its catalogs/, one non-recursive watcher each.
 * A folder's watcher sees every save into it, whether the editor writes the file in place or
 * writes a temporary file and renames it over the original (vim, emacs, JetBrains, `sed -i`).
 * A watcher on the file itself (or Node 20's recursive watch on Linux, which watches each file)
 * stays on the replaced file's old inode and misses every later save.
 */
class Folders {
  private readonly watchers = new Map<string, { watcher: fs.FSWatcher; ino: number }>();

  constructor(
    /** Each programs folder, with the folder whose catalogs/ its programs are checked against. */
    private readonly dirs: { dir: string; catalogs: string }[],
    private readonly onChange: (name: string | Buffer | null) => void,
    private readonly lost: () => void,
  ) {
    this.rearm();
  }

  /** Watches every folder not watched yet, or whose folder was replaced since (another inode). */
  rearm(): void {
    for (const { dir, catalogs } of this.dirs) {
      this.arm(dir, true);
      this.arm(path.join(catalogs, 'catalogs'), false);
    }
  }

  private arm(dir: string, required: boolean): void {
    const ino = inodeOf(dir);
    const current = this.watchers.get(dir);
    if (current && current.ino === ino) return;
    current?.watcher.close();
    this.watchers.delete(dir);
    if (ino === undefined) {
      if (required) this.lost(); // the programs folder itself is gone
      return;
    }
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(dir, (_event, name) => this.onChange(name));
    } catch {
      return; // removed just now: the next save looks again
    }
    // A folder deleted under its watcher: look again on the next save (a missing programs folder ends the watch).
    watcher.on('error', () => {
      watcher.close();
      if (this.watchers.get(dir)?.watcher === watcher) this.watchers.delete(dir);
      if (required && inodeOf(dir) === undefined) this.lost();
    });
    this.watchers.set(dir, { watcher, ino });
  }

  close(): void {
    for (const { watcher } of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}

function inodeOf(dir: string): number | undefined {
  try {
    const st = fs.statSync(dir);
    return st.isDirectory() ? st.ino : undefined;
  } catch {
    return undefined;
  }
}

/** The folders to watch: each path's programs folder (a catalog's is the folder above catalogs/). */
function watchedDirs(ctx: CommandContext, paths: string[]): { dir: string; catalogs: string }[] {
  const dirs = new Set<string>();
  for (const p of paths.length ? paths : [ctx.programsDir]) {
    const abs = path.resolve(ctx.io.cwd, p);
    let dir = fs.existsSync(abs) && fs.statSync(abs).isDirectory() ? abs : path.dirname(abs);
    if (path.basename(dir) === 'catalogs') dir = path.dirname(dir);
    if (fs.existsSync(dir)) dirs.add(dir);
  }
  return [...dirs].map((dir) => ({ dir, catalogs: catalogHome(dir, ctx.programsDir) }));
}
