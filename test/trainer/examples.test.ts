import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { help } from '../../src/messages/help.js';
import type { Program } from '../../src/core/model/types.js';
import { runBin } from '../helpers/bin.js';
import { repoRoot, runCli, type CliResult } from '../helpers/cli.js';
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

  // Every example that needs no terminal is run as written, each in a fresh folder that holds the
  // repository's programs, templates and examples, and the case files examples name (below).
  it('run as written, with the case files and sessions they name, where they need no terminal', { timeout: 240_000 }, async () => {
    const base = tempDir('ikusei-examples-');
    const INTERACTIVE = new Set(['start', 'resume', 'new']);
    const commands = all.flatMap(({ where, line }) => line.split(/\s*&&\s*/).map((part) => ({ where, line: part })));
    const runnable = commands.filter(({ line }) => {
      const w = words(line);
      if (!w[0] || INTERACTIVE.has(w[0]) || w.includes('--watch') || w.includes('purge') || w.includes('--password')) return false;
      // Files the reader would have that are not set up here, or placeholders (<file>).
      return !w.some((x) => (/\.(ya?ml|json)$/.test(x) && !CASE_FILES[path.basename(x)] && !fs.existsSync(path.join(repoRoot, x))) || /^</.test(x));
    });
    expect(runnable.length).toBeGreaterThan(30);
    // The examples that need a case file or a session are among them, not skipped.
    for (const needed of [/render 回答\.yaml/, /render 20261122-1144/, /checklist III .*--from 20261122-1144/, /batch a\.yaml b\.yaml/, /render 計画書\.yaml/, /run III --answers kaitou\.yaml --save/, /diff \/tmp\/koukousei-old\.yaml/]) {
      expect(runnable.map((r) => r.line), String(needed)).toContainEqual(expect.stringMatching(needed));
    }
    const failed: string[] = [];
    for (const [n, { where, line }] of runnable.entries()) {
      const dir = path.join(base, String(n));
      fs.mkdirSync(dir);
      for (const name of ['programs', 'templates', 'examples']) fs.symlinkSync(path.join(repoRoot, name), path.join(dir, name));
      const home = path.join(dir, 'home');
      await setUpCases(dir, home, line);
      // An absolute path to a case file (/tmp/koukousei-old.yaml) is read from this folder instead.
      const argv = words(line).map((w) => (path.isAbsolute(w) && CASE_FILES[path.basename(w)] ? path.join(dir, path.basename(w)) : w));
      // batch starts worker threads from dist/: the built binary, as a user runs it.
      const r = argv[0] === 'batch' ? await binResult(argv, dir, home) : await runCli(argv, { cwd: dir, env: { IKUSEI_HOME: home } });
      if (r.code !== 0) failed.push(`${where}: ${line} → exit ${r.code}: ${r.stderr.split('\n')[0]}`);
    }
    expect(failed).toEqual([]);
  });
});

/** The case files examples name, as a reader would have them: the III answers example, and a filled 計画書. */
const III_ANSWERS = fs.readFileSync(path.join(repoRoot, 'examples/kaitou-koukousei.yaml'), 'utf8');
const CASE_FILES: Record<string, string> = {
  'kaitou.yaml': III_ANSWERS,
  '回答.yaml': III_ANSWERS,
  'a.yaml': III_ANSWERS,
  'b.yaml': III_ANSWERS.replace('label: R8-012', 'label: R8-013'),
  '計画書.yaml': fs.readFileSync(path.join(repoRoot, 'test/sheet/fixtures/oyako-kouryu.yaml'), 'utf8'),
  'koukousei-old.yaml': fs.readFileSync(path.join(repoRoot, 'programs/koukousei.yaml'), 'utf8'),
};

/** Writes the files an example names, and the session 20261122-1144… it refers to (a saved III walk). */
async function setUpCases(dir: string, home: string, line: string): Promise<void> {
  for (const word of words(line)) {
    const content = CASE_FILES[path.basename(word)];
    if (!content) continue;
    // The diff example names /tmp/koukousei-old.yaml: written in this example's folder instead.
    const file = path.isAbsolute(word) ? path.join(dir, path.basename(word)) : path.join(dir, word);
    fs.writeFileSync(file, content);
  }
  // `batch 回答/`: a folder of answers files.
  if (words(line)[0] === 'batch' && words(line)[1] === '回答/') {
    fs.mkdirSync(path.join(dir, '回答'));
    for (const name of ['a.yaml', 'b.yaml']) fs.writeFileSync(path.join(dir, '回答', name), CASE_FILES[name]!);
  }
  if (!words(line).some((w) => w.startsWith('20261122-1144'))) return;
  fs.writeFileSync(path.join(dir, 'kaitou.yaml'), III_ANSWERS);
  const saved = await runCli(['run', 'III', '--answers', 'kaitou.yaml', '--save'], { cwd: dir, env: { IKUSEI_HOME: home } });
  expect(saved.code, saved.stderr).toBe(0);
  // The same walk under the id the example shows (ids carry the time of their first save).
  const sessions = path.join(home, 'sessions');
  const [file] = fs.readdirSync(sessions).filter((f) => f.endsWith('.json'));
  const session = JSON.parse(fs.readFileSync(path.join(sessions, file!), 'utf8')) as { id: string };
  session.id = `20261122-1144-${session.id.slice(-4)}`;
  fs.writeFileSync(path.join(sessions, `${session.id}.json`), JSON.stringify(session, null, 2), { mode: 0o600 });
  fs.rmSync(path.join(sessions, file!));
}

async function binResult(argv: string[], cwd: string, home: string): Promise<CliResult> {
  const r = await runBin(argv, { cwd, env: { IKUSEI_HOME: home } });
  return { code: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}
