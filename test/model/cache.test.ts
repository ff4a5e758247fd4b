import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadProgramFile } from '../../src/io/program/load.js';
import { fixtures, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

function setUp() {
  const root = tempDir('ikusei-cache-');
  const programs = path.join(root, 'programs');
  fs.cpSync(path.join(fixtures, 'programs'), programs, { recursive: true });
  return { root, programs, file: path.join(programs, 'mini.yaml'), cache: { dir: path.join(root, 'cache') } };
}

const entries = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []);

describe('the program cache', () => {
  it('stores a valid program once and then reads it instead of parsing', () => {
    const { file, cache } = setUp();
    const first = loadProgramFile(file, undefined, cache).program!;
    expect(entries(cache.dir)).toHaveLength(1);
    // Tamper with the entry: if the next load shows the change, it came from the cache.
    const entry = path.join(cache.dir, entries(cache.dir)[0]!);
    const stored = JSON.parse(fs.readFileSync(entry, 'utf8')) as { key: string; source: string; value: { data: object; folded: number[] } };
    expect(stored.value.data).toEqual(first.program);
    expect(`${stored.key}.json`).toBe(path.basename(entry));
    fs.writeFileSync(entry, JSON.stringify({ ...stored, value: { ...stored.value, data: { ...first.program, title: 'キャッシュから' } } }));
    const second = loadProgramFile(file, undefined, cache).program!;
    expect(second.program.title).toBe('キャッシュから');
    expect(second.hash).toBe(first.hash);
  });

  it('parses again when the file changes, and keeps both entries apart', () => {
    const { file, cache } = setUp();
    loadProgramFile(file, undefined, cache);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: テスト用ミニプログラム', 'title: 改訂版'));
    expect(loadProgramFile(file, undefined, cache).program!.program.title).toBe('改訂版');
    expect(entries(cache.dir)).toHaveLength(2);
  });

  it('ignores a damaged entry', () => {
    const { file, cache } = setUp();
    loadProgramFile(file, undefined, cache);
    fs.writeFileSync(path.join(cache.dir, entries(cache.dir)[0]!), '{"title": "切れ');
    expect(loadProgramFile(file, undefined, cache).program!.program.title).toBe('テスト用ミニプログラム');
  });

  it('never caches a program with errors', () => {
    const { file, cache } = setUp();
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    type: number', '    type: numbr'));
    expect(loadProgramFile(file, undefined, cache).diagnostics).not.toEqual([]);
    expect(entries(cache.dir)).toEqual([]);
  });

  it('still gives exact positions for a program read from the cache', () => {
    const { file, cache } = setUp();
    loadProgramFile(file, undefined, cache);
    const cached = loadProgramFile(file, undefined, cache).program!;
    const d = cached.source.atPath(['nodes', 1, 'id'], 'UNKNOWN_NODE', 'x');
    const line = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l === '  - id: q_days') + 1;
    expect([d.line, d.column]).toEqual([line, 9]);
  });

  it('caches catalogs the same way', () => {
    const { programs, cache } = setUp();
    const a = loadCatalog(programs, undefined, cache);
    const b = loadCatalog(programs, undefined, cache);
    expect([...b.catalog.agencies.keys()]).toEqual([...a.catalog.agencies.keys()]);
    expect(entries(cache.dir)).toHaveLength(1);
  });

  it('works without a writable cache folder', () => {
    const { root, file } = setUp();
    const blocked = path.join(root, 'blocked');
    fs.writeFileSync(blocked, 'not a folder');
    expect(loadProgramFile(file, undefined, { dir: path.join(blocked, 'cache') }).program?.program.id).toBe('mini');
  });
});

describe('opening a program for use', () => {
  it('remembers a clean lint verdict, and a changed program is linted again', async () => {
    const { root, programs, file } = setUp();
    const env = { IKUSEI_HOME: root };
    const answers = path.join(root, 'a.yaml');
    fs.writeFileSync(answers, 'answers: { q_attend: ok }\n');
    const run = () => runCli(['run', 'mini', '--answers', answers, '--programs', programs], { env });
    expect((await run()).code).toBe(1); // incomplete answers, but the program opened
    expect(entries(path.join(root, 'cache')).length).toBe(3); // program, catalog, verdict
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('        next: q_days', '        next: q_dayz'));
    const broken = await run();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/q_dayz/);
  });
});

describe('lint through the cache', () => {
  it('reports the same diagnostics, at the same places, as a fresh parse', async () => {
    const { programs, file, cache } = setUp();
    const { lintTargets } = await import('../../src/trainer/lint-targets.js');
    const lint = (withCache: boolean) =>
      lintTargets([programs], { cwd: programs, programsDir: programs, today: new Date('2026-11-22'), ...(withCache ? { cache } : {}) }).diagnostics;
    // A program with a warning that needs the YAML tree (folding) and one that needs the data.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    text: 次回訪問で様子を確かめます。', '    text: >\n      次回訪問で様子を\n      確かめます。'));
    const catalog = path.join(programs, 'catalogs/catalog.yaml');
    fs.writeFileSync(catalog, fs.readFileSync(catalog, 'utf8').replace('checked: 2026-11-01\n  - id: saposute', 'checked: 2024-01-01\n  - id: saposute'));
    const fresh = lint(false);
    // The two made here, among whatever else the fixture draws (its lint grows with the format).
    expect(fresh.map((d) => d.code).filter((c) => c === 'CATALOG_STALE' || c === 'FOLDED_SPACE').sort()).toEqual(['CATALOG_STALE', 'FOLDED_SPACE']);
    lint(true); // fills the cache
    expect(entries(cache.dir).length).toBe(2);
    expect(lint(true)).toEqual(fresh);
  });
});
