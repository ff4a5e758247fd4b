import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { help } from '../../src/messages/help.js';
import type { Program } from '../../src/core/model/types.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// Issue 15, item 3: `checklist --help` showed a tool id (dropout_check) that does not exist.
// Every example in the help texts and the README must name programs, tools, nodes and templates
// that exist, and use options the command has.

const programsDir = path.join(repoRoot, 'programs');
const programs = fs
  .readdirSync(programsDir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => parse(fs.readFileSync(path.join(programsDir, f), 'utf8')) as Program);
const NUMBERS = ['I', 'II', 'III', 'IV', 'V', 'VI'];

function program(ref: string): Program | undefined {
  const n = /^[1-6]$/.test(ref) ? NUMBERS[Number(ref) - 1] : ref.toUpperCase();
  return programs.find((p) => p.id === ref) ?? programs.find((p) => !p.draft && p.number === n);
}

/** Every string in the help texts, walked. */
function helpTexts(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v && typeof v === 'object') return Object.values(v).flatMap(helpTexts);
  return [];
}

/** `ikusei …` command lines of examples: in help texts and README code (blocks, indented lines, `$ ikusei`). */
function examples(): { where: string; line: string }[] {
  const out: { where: string; line: string }[] = [];
  for (const text of helpTexts(help)) {
    for (const l of text.split('\n')) if (/^\s+ikusei /.test(l)) out.push({ where: 'src/messages/help.ts', line: l.trim() });
  }
  fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const m = /^(?:\s{4,}|\$ |\s*`)(?:npx )?(ikusei [^`#]*)/.exec(l);
      if (m) out.push({ where: `README.md:${i + 1}`, line: m[1]!.trim() });
    });
  return out;
}

/** The words of a command line, up to where the example's own explanation begins (two spaces or more). */
function words(line: string): string[] {
  return line.split(/\s{2,}|（/)[0]!.trim().split(/\s+/).slice(1);
}

const PROGRAM_ARG = new Set(['start', 'run', 'checklist', 'graph', 'show', 'test']);

describe('examples in help and README', () => {
  const all = examples();

  it('finds the examples (help texts and README)', () => {
    expect(all.filter((e) => e.where.startsWith('src')).length).toBeGreaterThan(20);
    expect(all.filter((e) => e.where.startsWith('README')).length).toBeGreaterThan(30);
    expect(all.some((e) => e.line.startsWith('ikusei checklist III --tool'))).toBe(true);
  });

  it('name programs, tools and nodes that exist', () => {
    const problems: string[] = [];
    for (const { where, line } of all) {
      const [command, ...rest] = words(line);
      if (!command) continue;
      const named: Program[] = [];
      if (PROGRAM_ARG.has(command) && rest[0] && !rest[0].startsWith('-') && !/\.ya?ml$/.test(rest[0])) {
        const p = program(rest[0]);
        if (!p) problems.push(`${where}: ${line} — program ${rest[0]} does not exist`);
        else named.push(p);
      }
      const opt = (name: string) => {
        const i = rest.indexOf(name);
        return i >= 0 ? rest[i + 1] : undefined;
      };
      const programOpt = opt('--program');
      if (programOpt && !program(programOpt)) problems.push(`${where}: ${line} — program ${programOpt} does not exist`);
      const tool = opt('--tool');
      if (tool && !named.some((p) => p.tools?.some((t) => t.id === tool))) problems.push(`${where}: ${line} — tool ${tool} does not exist in ${named.map((p) => p.id).join(', ')}`);
      const start = opt('--start');
      if (start && !named.some((p) => p.nodes.some((n) => n.id === start))) problems.push(`${where}: ${line} — node ${start} does not exist`);
      const template = opt('--template');
      if (template && !/\.ya?ml$/.test(template) && !fs.existsSync(path.join(repoRoot, 'templates', `${template}.yaml`))) problems.push(`${where}: ${line} — template ${template} does not exist`);
    }
    expect(problems).toEqual([]);
  });

  // Every example that needs no case of its own (no 回答.yaml, no session id, no prompt) is run as
  // written, each in a fresh folder that holds the repository's programs, templates and examples.
  it('run as written where they need no case file, session or terminal', { timeout: 240_000 }, async () => {
    const base = tempDir('ikusei-examples-');
    const INTERACTIVE = new Set(['start', 'resume', 'new']);
    const commands = all.flatMap(({ where, line }) => line.split(/\s*&&\s*/).map((part) => ({ where, line: part })));
    const runnable = commands.filter(({ line }) => {
      const w = words(line);
      if (!w[0] || INTERACTIVE.has(w[0]) || w.includes('--watch') || w.includes('purge') || w.includes('--password')) return false;
      // Names of files the reader would have (回答.yaml, a.yaml, 旧.yaml …), folders, or session ids.
      return !w.some((x) => (/\.(ya?ml|json)$/.test(x) && !fs.existsSync(path.join(repoRoot, x))) || /^\d{8}|^[0-9a-f]{4,}$/.test(x) || /^<|\/$/.test(x));
    });
    expect(runnable.length).toBeGreaterThan(15);
    const failed: string[] = [];
    for (const [n, { where, line }] of runnable.entries()) {
      const dir = path.join(base, String(n));
      fs.mkdirSync(dir);
      for (const name of ['programs', 'templates', 'examples']) fs.symlinkSync(path.join(repoRoot, name), path.join(dir, name));
      const r = await runCli(words(line), { cwd: dir, env: { IKUSEI_HOME: path.join(dir, 'home') } });
      if (r.code !== 0) failed.push(`${where}: ${line} → exit ${r.code}: ${r.stderr.split('\n')[0]}`);
    }
    expect(failed).toEqual([]);
  });
});
