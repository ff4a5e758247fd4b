import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { plain } from '../helpers/bin.js';
import { fixtures } from '../helpers/cli.js';
import { ENGLISH_ERROR, HEAP_MB_AT_ITEM_LIMIT, printedDiagnostics, runCapped, STACK_FRAME, TIMEOUT_MS } from './capped.js';
import { tempDir } from '../helpers/temp.js';

// A file with a problem on every one of 100,000 lines: each is reported at its own line, and the
// run stays within the time bound (finding each key's place by a scan of its map made this
// quadratic: minutes for a file like this one).

const N = 100_000;

it('an answers file with 100,000 unknown questions gets 100,000 located messages, in bounded time', async () => {
  const cwd = tempDir('ikusei-many-');
  try {
    fs.writeFileSync(path.join(cwd, 'many.yaml'), Array.from({ length: N }, (_, i) => `q_x${i}: 秘密\n`).join(''));
    const r = await runCapped(['--programs', path.join(fixtures, 'programs'), 'run', 'mini', '--answers', 'many.yaml'], {
      cwd,
      home: path.join(cwd, 'home'),
      timeout: TIMEOUT_MS * 3,
      heapMb: HEAP_MB_AT_ITEM_LIMIT,
    });
    const stderr = plain(r.stderr);
    expect(r.timedOut).toBe(false);
    expect(r.exitCode, stderr.slice(-2000)).toBe(1);
    expect(stderr).not.toMatch(STACK_FRAME);
    expect(stderr).not.toMatch(ENGLISH_ERROR);
    expect(stderr).not.toMatch(/秘密/);
    const printed = printedDiagnostics(stderr);
    expect(printed).toHaveLength(N);
    expect(printed.every((d, i) => d.code === 'ANSWERS_INVALID' && d.line === i + 1 && d.column === 1 && d.message.includes("この質問（項目名）はこのプログラムにありません"))).toBe(true);
    expect(stderr.trimEnd().split('\n').pop()).toBe(`ikusei: many.yaml の回答に ${N} 件の問題があります。 [CASE_INVALID]`);
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}, TIMEOUT_MS * 4);
