import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/yaml/source.js';
import { fixtures } from '../helpers/cli.js';
import { plain } from '../helpers/bin.js';
import { ENGLISH_ERROR, JAPANESE, printedDiagnostics, runCapped, STACK_FRAME, TIMEOUT_MS } from './capped.js';
import { tempDir } from '../helpers/temp.js';

// Every file of test/hardening/corpus/ through the built binary: lint for programs and catalogs,
// `run` for answers and session files. The expectations live beside the files in corpus.json.

const CORPUS = path.join(import.meta.dirname, 'corpus');
const FIXTURE_PROGRAMS = path.join(fixtures, 'programs');
const FIXTURE_CATALOG = path.join(FIXTURE_PROGRAMS, 'catalogs/catalog.yaml');
const MB = 1024 * 1024;
const DENSE = LIMITS.maxItems - 10;

interface Expected {
  code: string;
  line?: number;
  column?: number;
  /** A part of the message. */
  message?: string;
}

interface Entry {
  file?: string;
  generate?: string;
  kind: 'program' | 'catalog' | 'case';
  category: string;
  exit: number;
  diagnostics: Expected[];
  summary?: string;
  clean?: boolean;
  /** Only for files just under the item limit (see HEAP_MB_AT_ITEM_LIMIT). */
  heapMb?: number;
  note?: string;
}

const entries = (JSON.parse(fs.readFileSync(path.join(CORPUS, 'corpus.json'), 'utf8')) as { cases: Entry[] }).cases;

/** Case data in the corpus files: none of it may ever be printed. */
const CASE_DATA = /HIMITSU|秘密/;

/** Files written at test time: too big to commit, or not files at all. */
function generate(name: string, dir: string): string {
  // Whole lines only, up to `bytes`: a cut character would make it a different mistake.
  const fill = (file: string, bytes: number, line: string) => {
    const perChunk = Math.floor(MB / Buffer.byteLength(line));
    const fd = fs.openSync(path.join(dir, file), 'w');
    for (let left = Math.floor(bytes / Buffer.byteLength(line)); left > 0; left -= perChunk) fs.writeSync(fd, line.repeat(Math.min(left, perChunk)));
    fs.closeSync(fd);
    return file;
  };
  const write = (file: string, text: string) => (fs.writeFileSync(path.join(dir, file), text), file);
  switch (name) {
    case 'program-50mb':
      return fill('huge.yaml', 50 * MB, '  - { id: q_x, type: info, text: 大きすぎるファイル, next: q_x }\n');
    case 'case-50mb':
      return fill('huge-answers.yaml', 50 * MB, 'q_note: 秘密 HIMITSU-50MB\n');
    case 'case-huge-list':
      return fill('huge-list.yaml', 4.9 * MB, '- 秘密\n');
    // Just under LIMITS.maxItems, in the shapes that cost yaml the most memory or time per byte.
    case 'program-dense-flow':
      return write('dense-flow.yaml', `dense: [${'1,'.repeat(DENSE)}1]\n`);
    case 'program-dense-block':
      return write('dense-block.yaml', `dense:\n${'  - 1\n'.repeat(DENSE)}`);
    case 'program-dense-map':
      return write('dense-map.yaml', `dense:\n${Array.from({ length: DENSE }, (_, i) => `  k${i}: 1\n`).join('')}`);
    case 'case-dense-map':
      return write('dense-answers.yaml', `q_note:\n${Array.from({ length: DENSE }, (_, i) => `  k${i.toString(36)}: 秘密\n`).join('')}`);
    case 'program-over-items':
      return write('over-items.yaml', `dense: [${'1,'.repeat(3 * LIMITS.maxItems)}1]\n`);
    case 'case-missing':
      return 'no-such-answers.yaml';
    case 'case-directory':
      fs.mkdirSync(path.join(dir, 'answers-folder.yaml'));
      return 'answers-folder.yaml';
    default:
      throw new Error(`unknown generated case ${name}`);
  }
}

/** A temp folder laid out for the entry, and the command line that checks it. */
function prepare(entry: Entry): { cwd: string; home: string; args: string[]; shown: string } {
  // Until the file ends: the tests run concurrently, and vitest's global hooks cannot tell which one finished.
  const cwd = tempDir('ikusei-corpus-', { until: 'file' });
  const home = path.join(cwd, 'home');
  const name = entry.generate ? generate(entry.generate, cwd) : path.basename(entry.file!);
  const place = (rel: string) => {
    fs.mkdirSync(path.dirname(path.join(cwd, rel)), { recursive: true });
    if (entry.file) fs.copyFileSync(path.join(CORPUS, entry.file), path.join(cwd, rel));
    else if (rel !== name) fs.renameSync(path.join(cwd, name), path.join(cwd, rel));
    return rel;
  };
  switch (entry.kind) {
    case 'program': {
      fs.mkdirSync(path.join(cwd, 'catalogs'));
      fs.copyFileSync(FIXTURE_CATALOG, path.join(cwd, 'catalogs/catalog.yaml'));
      const shown = place(name);
      return { cwd, home, args: ['lint', shown], shown };
    }
    case 'catalog': {
      const shown = place(`catalogs/${name}`);
      return { cwd, home, args: ['lint', shown], shown };
    }
    case 'case': {
      const shown = entry.generate ? name : place(name);
      return { cwd, home, args: ['--programs', FIXTURE_PROGRAMS, 'run', 'mini', '--answers', shown], shown };
    }
  }
}

const title = (e: Entry) => `${e.category}: ${e.file ?? `(generated) ${e.generate}`}`;

describe('the bad-input corpus', () => {
  it('has at least 40 program/catalog files and the case files, each listed once in corpus.json', () => {
    const onDisk = ['programs', 'catalogs', 'cases'].flatMap((d) => fs.readdirSync(path.join(CORPUS, d)).map((f) => `${d}/${f}`)).sort();
    const listed = entries.flatMap((e) => (e.file ? [e.file] : [])).sort();
    expect(listed).toEqual(onDisk);
    expect(entries.filter((e) => e.kind !== 'case').length).toBeGreaterThanOrEqual(40);
    const categories = new Set(entries.map((e) => e.category));
    for (const c of ['yaml-syntax', 'wrong-type', 'unknown-key', 'missing-key', 'dangling-ref', 'cycle', 'unreachable', 'dead-end', 'indentation',
      'duplicate-key', 'duplicate-id', 'encoding', 'huge', 'deep', 'alias-bomb', 'proto', 'shape', 'binary', 'condition', 'impossible-value',
      'truncated', 'wrong-program', 'future-version', 'unknown-question']) {
      expect(categories, c).toContain(c);
    }
  });
});

/** Runs one entry and checks everything the corpus promises about it. */
async function check(entry: Entry, timeout: number): Promise<void> {
  const kind = entry.kind;
  const { cwd, home, args, shown } = prepare(entry);
  // The working folder as the test left it; IKUSEI_HOME (home/) is checked on its own.
  const listing = () => fs.readdirSync(cwd, { recursive: true }).map(String).filter((f) => !/^home(\/|$)/.test(f)).sort();
  const before = listing();
  try {
    const r = await runCapped(args, { cwd, home, timeout, ...(entry.heapMb ? { heapMb: entry.heapMb } : {}) });
    const stdout = plain(r.stdout);
    const stderr = plain(r.stderr);
    const all = `${stdout}\n${stderr}`;
    const context = `${args.join(' ')}\n--- stdout\n${stdout.slice(0, 3000)}\n--- stderr\n${stderr.slice(0, 3000)}`;

    // Bounded: neither the heap cap nor the timeout ended it, and the exit code is the documented one.
    expect(r.timedOut, `timed out after ${timeout} ms\n${context}`).toBe(false);
    expect(r.signal ?? null, context).toBeNull();
    expect(r.exitCode, context).toBe(entry.exit);
    expect(all, context).not.toMatch(STACK_FRAME);
    expect(all, context).not.toMatch(ENGLISH_ERROR);
    // Readable: a message is a few lines, not the file echoed back.
    expect(all.length, context).toBeLessThan(50_000);
    for (const line of all.split('\n')) expect(line.length, `a printed line of ${line.length} characters\n${context}`).toBeLessThanOrEqual(400);

    // lint prints its report on stdout; other commands print problems on stderr.
    const report = kind === 'case' ? stderr : stdout;
    const printed = printedDiagnostics(report);
    for (const d of printed) {
      expect(d.message, context).toMatch(JAPANESE);
      if (d.place !== undefined && d.code !== 'CATALOG_STALE') expect(d.place, context).toBe(shown);
    }
    for (const want of entry.diagnostics) {
      const found = printed.find(
        (d) =>
          d.code === want.code &&
          (want.line === undefined || (d.line === want.line && d.column === want.column)) &&
          (want.message === undefined || d.message.includes(want.message)),
      );
      expect(found, `expected ${JSON.stringify(want)}\n${context}`).toBeDefined();
    }
    // The corpus keeps dozens of broken copies of one program III side by side: that they share
    // a number is the folder's doing, not the file's (DUPLICATE_NUMBER is tested in test/trainer/drafts).
    if (entry.clean) expect(printed.filter((d) => d.code !== 'CATALOG_STALE' && d.code !== 'DUPLICATE_NUMBER'), context).toEqual([]);

    // A closing line says, in Japanese, what happened: lint's summary, or the error's `ikusei: …`.
    const closing =
      kind !== 'case' ? [stdout.trimEnd().split('\n').pop() ?? ''] : r.exitCode === 0 ? [stdout.trimEnd().split('\n')[0] ?? ''] : stderr.split('\n').filter((l) => l.startsWith('ikusei: '));
    expect(closing.length, context).toBe(1);
    expect(closing[0], context).toMatch(JAPANESE);
    if (entry.summary) expect(closing[0], context).toContain(entry.summary);

    if (kind === 'case') {
      // Case data stays private: no value, memo or label from the file, and no code frame
      // (a frame would print the file's lines).
      expect(all, context).not.toMatch(CASE_DATA);
      expect(stderr, context).not.toMatch(/^\s*>?\s*\d+ \|/m);
      if (entry.exit !== 0) expect(stdout, context).toBe('');
    }
    // Checking a file writes nothing beside it, no session and no temporary file; what ikusei
    // keeps in its home (a cache of parsed programs) holds no case data.
    expect(listing(), context).toEqual(before);
    const kept = fs.existsSync(home) ? fs.readdirSync(home, { recursive: true }).map(String) : [];
    expect(kept.filter((f) => /^sessions|\.tmp$/.test(path.basename(f)) || f.startsWith('sessions')), context).toEqual([]);
    for (const f of kept.filter((f) => fs.statSync(path.join(home, f)).isFile())) {
      expect(fs.readFileSync(path.join(home, f), 'utf8'), `${f}\n${context}`).not.toMatch(CASE_DATA);
    }
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

// Files of 200,000 lines take seconds each even when all is well: one at a time, with more time.
const big = (e: Entry) => e.category === 'huge';

describe.concurrent.each(['program', 'catalog', 'case'] as const)('%s files through the built binary', (kind) => {
  it.each(entries.filter((e) => e.kind === kind && !big(e)).map((e) => [title(e), e] as const))('%s', (_name, entry) => check(entry, TIMEOUT_MS), TIMEOUT_MS * 2);
});

describe('huge files through the built binary, one at a time', () => {
  it.each(entries.filter(big).map((e) => [title(e), e] as const))('%s', (_name, entry) => check(entry, TIMEOUT_MS * 3), TIMEOUT_MS * 4);
});
