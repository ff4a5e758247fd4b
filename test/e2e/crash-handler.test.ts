import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { fixtures } from '../helpers/cli.js';

describe('an error outside any command', () => {
  it('ends with the one-line Japanese bug report and exit 70, never a stack trace', { timeout: 30_000 }, async () => {
    const r = await runBin(['lint', '--watch', path.join(fixtures, 'programs')], {
      node: ['--import', path.join(fixtures, 'throw-later.mjs')],
      timeout: 20_000,
      env: { IKUSEI_TEST_SECRET: 'ケース-秘密-123', IKUSEI_THROW_AFTER_MS: '1500' },
    });
    expect(r.exitCode).toBe(70);
    expect(r.stderr).toContain('内部エラーが発生しました');
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+|Error:|ケース-秘密-123/);
  });
});
