import { afterEach, describe, expect, it } from 'vitest';
import { Terminal } from '../crash/terminal.js';
import { plain, runBin } from '../helpers/bin.js';
import { tempHome } from './helpers.js';

// Issue 15, item 13: a mistyped program name or option gets 「もしかして …」 (exit 2).

describe('「もしかして」 for a mistyped program or option (built binary)', () => {
  it.each([
    [['show', 'koukosei'], 'プログラム「koukosei」が見つかりません。もしかして「koukousei」ですか？'],
    [['run', 'shingku', '--answers', 'x.yaml'], 'プログラム「shingku」が見つかりません。もしかして「shingaku」ですか？'],
    [['list', '--jsn'], '「--jsn」というオプションはありません。もしかして「--json」ですか？'],
    [['lint', '--wach'], '「--wach」というオプションはありません。もしかして「--watch」ですか？'],
  ])('ikusei %j', async (args, expected) => {
    const r = await runBin(args);
    expect(r.exitCode).toBe(2);
    expect(plain(String(r.stderr))).toContain(expected);
  }, 60_000);

  it('says nothing like it for a name far from every program', async () => {
    const r = await runBin(['show', 'zzzzzzzz']);
    expect(r.exitCode).toBe(2);
    expect(String(r.stderr)).toContain('[PROGRAM_NOT_FOUND]');
    expect(String(r.stderr)).not.toContain('もしかして');
  }, 60_000);

  let term: Terminal | undefined;
  afterEach(() => term?.kill());

  it('ikusei start with a mistyped program, in a terminal, before any question', async () => {
    term = new Terminal(['start', 'mnii'], { home: tempHome() });
    const { exitCode } = await term.exited;
    expect(exitCode).toBe(2);
    expect(term.output).toContain('プログラム「mnii」が見つかりません。もしかして「mini」ですか？');
    expect(term.output).not.toContain('ケース番号');
  }, 60_000);
});
