import fs from 'node:fs';
import path from 'node:path';
import { usageError } from '../core/diagnostics/errors.js';
import { trainer } from '../messages/trainer.js';
import { programFiles } from '../io/program/load.js';
import { displayPath } from '../core/model/loaded.js';
import { isProgramNumber, PROGRAM_NUMBERS, type ProgramNumber } from '../core/model/types.js';
import { templatesDir } from '../io/paths.js';
import { writeFileAtomic } from '../io/files/atomic.js';
import { tryReadFileCapped } from '../io/files/read-capped.js';
import { LIMITS } from '../core/yaml/source.js';

const m = trainer.new;

export const PROGRAM_TEMPLATE = path.join(templatesDir, 'program', 'program.yaml');
const ID = /^[a-z][a-z0-9_-]*$/;

export interface NewProgram {
  id: string;
  programsDir: string;
  cwd: string;
  today: Date;
  number?: string;
  title?: string;
}

/**
 * Writes programs/<id>.yaml from templates/program/program.yaml: a small tree with every kind of
 * node, one passing scenario and comments that say what to write where. Never overwrites.
 */
export function createProgram(o: NewProgram): { file: string; number?: ProgramNumber } {
  if (!ID.test(o.id)) throw usageError('USAGE_BAD_PROGRAM_ID', m.badId(o.id), m.badIdHint);
  const file = path.join(o.programsDir, `${o.id}.yaml`);
  if (fs.existsSync(file)) throw usageError('OUTPUT_EXISTS', m.exists(displayPath(file, o.cwd)), m.existsHint);
  // Without --number it is a draft: a number would make it program I–VI for `start`, `show 1` and
  // the chooser (issue 15: it used to take the first free number, I when all six exist).
  const number = o.number === undefined ? undefined : parseNumber(o.number);
  if (number) {
    const holder = numberHolder(o.programsDir, number);
    if (holder) throw usageError('PROGRAM_NUMBER_TAKEN', m.numberTaken(number, displayPath(holder, o.cwd)), m.numberTakenHint);
  }
  const values: Record<string, string> = {
    id: o.id,
    number_line: number ? `number: ${number}` : m.draftLine,
    // A YAML double-quoted scalar is JSON: any title (colons, quotes, #) stays one string.
    title: JSON.stringify(o.title ?? m.defaultTitle(o.id)),
    today: isoDay(o.today),
  };
  const text = fs.readFileSync(PROGRAM_TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (all, key: string) => values[key] ?? all);
  fs.mkdirSync(o.programsDir, { recursive: true });
  writeFileAtomic(file, text, 0o644);
  return { file, number };
}

/** The program in the folder that already has this number (a draft's number does not count). */
function numberHolder(dir: string, number: ProgramNumber): string | undefined {
  return programFiles(dir).find((f) => {
    const text = tryReadFileCapped(f, LIMITS.maxBytes)?.toString('utf8') ?? '';
    return /^number:\s*['"]?([IVX]+)['"]?\s*$/m.exec(text)?.[1] === number && !/^draft:\s*true\b/m.test(text);
  });
}

function parseNumber(raw: string): ProgramNumber {
  const n: string = /^[1-6]$/.test(raw) ? PROGRAM_NUMBERS[Number(raw) - 1]! : raw.toUpperCase();
  if (!isProgramNumber(n)) throw usageError('USAGE_BAD_PROGRAM_NUMBER', m.badNumber(raw));
  return n;
}

/** YYYY-MM-DD of the local calendar day (toISOString would give yesterday's date before 9:00 in Japan). */
function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
