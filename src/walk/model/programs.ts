import { loadProgramFile, programFiles } from '../../io/program/load.js';
import { displayPath } from '../../core/model/loaded.js';
import { PROGRAM_NUMBERS, type Program, type ProgramNumber } from '../../core/model/types.js';
import { resolveProgramFile, type CommandContext } from '../../app/context.js';
import { programCache } from '../../app/programs.js';

/** A program as the chooser lists it. */
export interface ProgramEntry {
  number: ProgramNumber;
  id: string;
  file: string;
  title: string;
  /** One line: the subtitle, else the first sentence of the summary. */
  line: string;
}

/**
 * The programs of a folder that load (schema-valid), in order I–VI. Lint problems are not checked
 * here: opening the chosen program does that, with located messages.
 */
export function programEntries(ctx: CommandContext): ProgramEntry[] {
  const { programsDir: dir, io: { cwd } } = ctx;
  const out: ProgramEntry[] = [];
  for (const file of programFiles(dir)) {
    const p = loadProgramFile(file, cwd, programCache(ctx)).program?.program;
    // A draft (a trainer's training program) is opened by id or path only, never offered to a caseworker.
    if (!p || p.draft || p.number === undefined) continue;
    const first = p.summary.trim().split(/(?<=。)/)[0]!.trim();
    out.push({ number: p.number, id: p.id, file: displayPath(file, cwd), title: p.title, line: p.subtitle ?? first });
  }
  return out.sort((a, b) => PROGRAM_NUMBERS.indexOf(a.number) - PROGRAM_NUMBERS.indexOf(b.number) || a.id.localeCompare(b.id));
}

const quiet = new Map<string, Program | null>();

/** A program by id for listings: undefined (not an error) when it is missing or does not load. */
export function openProgramQuietly(ctx: CommandContext, id: string): Program | undefined {
  const key = `${ctx.programsDir}\u0000${id}`;
  if (!quiet.has(key)) {
    try {
      quiet.set(key, loadProgramFile(resolveProgramFile(ctx, id), ctx.io.cwd, programCache(ctx)).program?.program ?? null);
    } catch {
      quiet.set(key, null);
    }
  }
  return quiet.get(key) ?? undefined;
}
