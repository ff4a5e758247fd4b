import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { tempHome } from './helpers.js';

// The content writers' bar, checked the way CI runs it: the built binary over the bundled
// programs/ folder, every scenario passing and every node of every program visited.
describe('the bundled programs', () => {
  it('pass `ikusei test --min-coverage 100`', async () => {
    const r = await runBin(['test', '--min-coverage', '100'], { env: { IKUSEI_HOME: tempHome() } });
    const out = plain(r.stdout);
    expect(out, out).toContain('すべてのプログラムのノード網羅率が 100% 以上です。');
    expect(out).toMatch(/6 プログラム・シナリオ \d+ 件: 成功 \d+ 件、失敗 0 件/);
    expect(r.exitCode, out).toBe(0);
  }, 60_000);
});
