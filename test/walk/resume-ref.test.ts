import { screen } from '@inquirer/testing/vitest';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { miniPrograms, startCli, tempHome, waitFor } from './drive.js';

// Issue 15 item 10: `resume 20261205` with three matching sessions said 見つかりません, and
// resume spoke of 回答ファイル although it takes none.

/** Three saved sessions the same day (ids share their first 13 characters), one label with escapes. */
async function threeSessions(home: string): Promise<string[]> {
  const labels = ['R7-1', 'R7-2', 'R7-\u001b[31m3'];
  for (const label of labels) {
    const file = path.join(home, `${labels.indexOf(label)}.yaml`);
    fs.writeFileSync(file, `intake: { label: ${JSON.stringify(label)}, age: 16 }\nanswers:\n  q_attend: ok\n`);
    const r = await runCli(['run', 'mini', '--programs', miniPrograms, '--answers', file, '--save'], { env: { IKUSEI_HOME: home } });
    expect(r.stdout + r.stderr).toMatch(/セッション \S+ に保存しました/); // part of a walk, saved to resume
  }
  return fs
    .readdirSync(path.join(home, 'sessions'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
}

describe('resume with the start of a session id', () => {
  it('says when several sessions match, lists them with ids and escaped labels, and resumes the one chosen', async () => {
    const home = tempHome();
    const ids = await threeSessions(home);
    expect(ids).toHaveLength(3);
    const prefix = ids[0]!.slice(0, 8);
    expect(ids.every((id) => id.startsWith(prefix))).toBe(true);

    const walk = startCli(['resume', prefix, '--programs', miniPrograms], home);
    const list = await waitFor(/続けるセッションを選んでください/);
    for (const id of ids) expect(list).toContain(id);
    expect(list).toContain('R7-1');
    expect(list).toContain('R7-\\u{1b}[31m3'); // a label is shown escaped, never as a colour code
    expect(list).not.toContain('\u001b[31m3');
    screen.keypress('enter');
    await waitFor(/欠席日数|アルバイト|どうしますか|確定するか|出席/);
    screen.keypress({ name: 'c', ctrl: true });
    const { stdout } = await walk.done;
    expect(stdout).toContain(`「${prefix}」で始まるセッションが 3 件あります。`);
  }, 60_000);

  it('takes a unique start of an id, and speaks of sessions only when nothing matches', async () => {
    const home = tempHome();
    await threeSessions(home);
    const r = await runCli(['resume', 'nothing-like-this', '--programs', miniPrograms], {
      env: { IKUSEI_HOME: home },
      tty: true,
      stdin: Object.assign(new (await import('node:stream')).PassThrough(), { isTTY: true }),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[SESSION_NOT_FOUND]');
    expect(r.stderr).not.toContain('回答ファイル');
  }, 60_000);
});
