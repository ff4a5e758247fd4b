import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWithCache } from '../../src/trainer/lint-cache.js';
import { lintTargets } from '../../src/trainer/lint-targets.js';
import { fixtures, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// The lint-report cache (src/trainer/lint-cache.ts): a kept report is used only for the very same
// files, day, version and paths; anything else, or a missing or damaged entry, checks again and
// gives exactly the report an uncached lint gives.

const today = new Date('2026-11-22T10:00:00+09:00');

function setUp() {
  const root = tempDir('ikusei-lint-cache-');
  const programs = path.join(root, 'programs');
  fs.cpSync(path.join(fixtures, 'programs'), programs, { recursive: true });
  // A problem lint reports, so the report is not empty.
  const file = path.join(programs, 'mini.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('        next: i_risk', '        next: i_nowhere'));
  const cache = { dir: path.join(root, 'home', 'cache') };
  fs.mkdirSync(path.dirname(cache.dir), { mode: 0o700 });
  return { root, programs, file, cache, options: { cwd: root, programsDir: programs, today, cache } };
}

const reports = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir) : []).filter((f) => fs.readFileSync(path.join(dir, f), 'utf8').includes('"diagnostics"'));

/** Rewrites the kept report so that a later lint shows whether it read it. */
function tamper(dir: string): void {
  const [name] = reports(dir);
  const file = path.join(dir, name!);
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { value: { diagnostics: { message: string }[] } };
  entry.value.diagnostics = [{ ...entry.value.diagnostics[0]!, message: 'キャッシュから' }];
  fs.writeFileSync(file, JSON.stringify(entry));
}

describe('the lint report cache', () => {
  it('keeps the report and gives the very same one back', async () => {
    const { cache, options } = setUp();
    const fresh = lintTargets([], options);
    expect(fresh.diagnostics.length).toBeGreaterThan(0);
    expect(await lintWithCache([], options)).toEqual(fresh);
    expect(reports(cache.dir)).toHaveLength(1);
    expect(await lintWithCache([], options)).toEqual(fresh);
    tamper(cache.dir);
    expect((await lintWithCache([], options)).diagnostics.map((d) => d.message)).toEqual(['キャッシュから']); // read, not re-checked
  });

  it('checks again when a program, a catalog or the set of files changes', async () => {
    const { programs, file, cache, options } = setUp();
    await lintWithCache([], options);
    tamper(cache.dir);
    fs.appendFileSync(file, '\n');
    expect(await lintWithCache([], options)).toEqual(lintTargets([], options));
    tamper(cache.dir);
    const catalog = path.join(programs, 'catalogs', 'catalog.yaml');
    fs.appendFileSync(catalog, '\n');
    expect(await lintWithCache([], options)).toEqual(lintTargets([], options));
    tamper(cache.dir);
    fs.copyFileSync(file, path.join(programs, 'second.yaml'));
    const withSecond = await lintWithCache([], options);
    expect(withSecond).toEqual(lintTargets([], options));
    expect(withSecond.files.some((f) => f.endsWith('second.yaml'))).toBe(true);
  });

  it('checks again on another day and for other paths', async () => {
    const { file, cache, options } = setUp();
    await lintWithCache([], options);
    tamper(cache.dir);
    const tomorrow = { ...options, today: new Date('2026-11-23T10:00:00+09:00') };
    expect(await lintWithCache([], tomorrow)).toEqual(lintTargets([], tomorrow));
    expect(await lintWithCache([file], options)).toEqual(lintTargets([file], options));
  });

  it('checks again when the kept report is damaged or gone, and works without a cache folder', async () => {
    const { root, cache, options } = setUp();
    const fresh = lintTargets([], options);
    await lintWithCache([], options);
    const [name] = reports(cache.dir);
    fs.writeFileSync(path.join(cache.dir, name!), '{"key": "切れ');
    expect(await lintWithCache([], options)).toEqual(fresh);
    fs.rmSync(cache.dir, { recursive: true });
    expect(await lintWithCache([], options)).toEqual(fresh);
    const blocked = path.join(root, 'blocked');
    fs.writeFileSync(blocked, 'not a folder');
    expect(await lintWithCache([], { ...options, cache: { dir: path.join(blocked, 'cache') } })).toEqual(fresh);
  });

  it('gives `ikusei lint` the same output with and without a kept report', async () => {
    const { root, programs } = setUp();
    const home = path.join(root, 'home');
    const env = { IKUSEI_HOME: home };
    const first = await runCli(['--programs', programs, 'lint', '--json'], { cwd: root, env });
    const second = await runCli(['--programs', programs, 'lint', '--json'], { cwd: root, env });
    expect(first.code).toBe(1);
    expect(second).toEqual(first);
  });
});

describe('show through the program cache', () => {
  it('shows a program parsed before from the cache, and the same outline as a first run', async () => {
    const { root, programs } = setUp();
    const file = path.join(programs, 'mini.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('next: i_nowhere', 'next: i_risk'));
    const env = { IKUSEI_HOME: path.join(root, 'home') };
    const first = await runCli(['show', file], { cwd: root, env });
    expect(first.code).toBe(0);
    expect(await runCli(['show', file], { cwd: root, env })).toEqual(first);
    const dir = path.join(root, 'home', 'cache');
    const entry = fs.readdirSync(dir).map((f) => path.join(dir, f)).find((f) => fs.readFileSync(f, 'utf8').includes('テスト用ミニプログラム'))!;
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace('テスト用ミニプログラム', 'キャッシュから'));
    expect((await runCli(['show', file], { cwd: root, env })).stdout).toContain('キャッシュから');
  });
});
