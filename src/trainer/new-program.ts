import fs from 'node:fs';
import path from 'node:path';
import { usageError } from '../diagnostics/errors.js';
import { trainer } from '../messages/trainer.js';
import { displayPath, programFiles } from '../model/load.js';
import { PROGRAM_NUMBERS, type ProgramNumber } from '../model/types.js';
import { templatesDir } from '../paths.js';
import { writeFileAtomic } from '../util/atomic.js';

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
export function createProgram(o: NewProgram): { file: string; number: ProgramNumber } {
  if (!ID.test(o.id)) throw usageError(m.badId(o.id), m.badIdHint);
  const file = path.join(o.programsDir, `${o.id}.yaml`);
  if (fs.existsSync(file)) throw usageError(m.exists(displayPath(file, o.cwd)), m.existsHint);
  const number = o.number === undefined ? freeNumber(o.programsDir) : parseNumber(o.number);
  const values: Record<string, string> = {
    id: o.id,
    number,
    // A YAML double-quoted scalar is JSON: any title (colons, quotes, #) stays one string.
    title: JSON.stringify(o.title ?? m.defaultTitle(o.id)),
    today: isoDay(o.today),
  };
  const text = fs.readFileSync(PROGRAM_TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (all, key: string) => values[key] ?? all);
  fs.mkdirSync(o.programsDir, { recursive: true });
  writeFileAtomic(file, text, 0o644);
  return { file, number };
}

/** The first program number no program in the folder uses yet (I when all are taken). */
function freeNumber(dir: string): ProgramNumber {
  const used = new Set(
    programFiles(dir).map((f) => /^number:\s*['"]?([IVX]+)['"]?\s*$/m.exec(fs.readFileSync(f, 'utf8'))?.[1]),
  );
  return PROGRAM_NUMBERS.find((n) => !used.has(n)) ?? 'I';
}

function parseNumber(raw: string): ProgramNumber {
  const n = /^[1-6]$/.test(raw) ? PROGRAM_NUMBERS[Number(raw) - 1]! : raw.toUpperCase();
  if (!(PROGRAM_NUMBERS as readonly string[]).includes(n)) throw usageError(m.badNumber(raw));
  return n as ProgramNumber;
}

/** YYYY-MM-DD of the local calendar day (toISOString would give yesterday's date before 9:00 in Japan). */
function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
