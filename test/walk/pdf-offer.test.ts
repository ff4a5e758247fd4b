import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CaseInput } from '../../src/core/case/types.js';
import { answerShortRoute, enter, intake, miniPrograms, onlySession, pick, startCli, tempHome, waitFor } from './drive.js';

// The end of a walk calls the sheet area's renderCaseToPdf (src/sheet/api.ts). Here it is replaced
// by a recorder, so this test checks the walk's side of the contract, not the PDF itself.

const calls: { input: CaseInput; out: string; force?: boolean }[] = [];
vi.mock('../../src/sheet/api.js', () => ({
  renderCaseToPdf: async (_ctx: unknown, input: CaseInput, out: string, options?: { force?: boolean }) => {
    calls.push({ input, out, ...(options?.force !== undefined ? { force: options.force } : {}) });
    fs.writeFileSync(out, '%PDF-1.7\n', { mode: 0o600 });
    return { file: out, pages: 2 };
  },
}));

async function walkToEnd(home: string) {
  const walk = startCli(['start', 'mini', '--programs', miniPrograms], home);
  await intake('R7-8', '14');
  await answerShortRoute();
  pick('✔');
  return walk;
}

describe('the PDF offer', () => {
  it('renders the saved session to the file named, asking before it overwrites one', async () => {
    calls.length = 0;
    const home = tempHome();
    const walk = await walkToEnd(home);
    const id = onlySession(home).id;
    fs.writeFileSync(path.join(home, `支援シート-${id}.pdf`), 'old');

    await waitFor(/PDF をいま作りますか/);
    pick('はい');
    expect(await waitFor(/PDF の保存先/)).toContain(`(支援シート-${id}.pdf)`);
    enter();
    await waitFor(/すでにあります。上書きしますか/);
    pick('いいえ');
    await waitFor(/PDF の保存先/);
    enter('ケース.pdf');

    const { code, stdout } = await walk.done;
    expect(code).toBe(0);
    expect(stdout).toContain('支援シートを書き出しました: ケース.pdf（2 ページ）');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.out).toBe(path.join(home, 'ケース.pdf'));
    expect(calls[0]!.force).toBe(false);
    expect(calls[0]!.input).toMatchObject({ kind: 'session', programId: 'mini', intake: { label: 'R7-8', age: 14 } });
    expect(calls[0]!.input.session?.status).toBe('completed');
    expect(fs.readFileSync(path.join(home, `支援シート-${id}.pdf`), 'utf8')).toBe('old');
  }, 60_000);

  it('overwrites when the caseworker says so, and makes nothing when declined', async () => {
    calls.length = 0;
    let home = tempHome();
    let walk = await walkToEnd(home);
    fs.writeFileSync(path.join(home, 'a.pdf'), 'old');
    await waitFor(/PDF をいま作りますか/);
    pick('はい');
    await waitFor(/PDF の保存先/);
    enter('a.pdf');
    await waitFor(/上書きしますか/);
    pick('はい');
    expect((await walk.done).code).toBe(0);
    expect(calls.map((c) => c.force)).toEqual([true]);

    home = tempHome();
    walk = await walkToEnd(home);
    await waitFor(/PDF をいま作りますか/);
    pick('いいえ');
    const { code, stdout } = await walk.done;
    expect(code).toBe(0);
    expect(calls).toHaveLength(1);
    expect(stdout).toContain('あとで PDF にするには: ikusei render');
  }, 60_000);
});
