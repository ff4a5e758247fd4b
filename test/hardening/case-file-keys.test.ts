import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plain, runBin } from '../helpers/bin.js';
import { fixtures } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// The keys of an answers file are case data too (a caseworker may write 「山田メモ: …」): messages
// name the place (file:line:column) and say 項目名, never the key itself. yaml's English warning
// for a complex key (it printed the key) is silenced.

const SECRET = /HIMITSU|秘密/;

const FILES: Record<string, { text: string; place: string; message: RegExp }> = {
  'extra top-level key': {
    text: 'intake: { label: R7-1 }\nanswers:\n  q_attend: declining\n秘密HIMITSU: 1\n',
    place: 'a.yaml:4:1',
    message: /この項目名はここでは使えません。使える項目名: program, intake, /,
  },
  'complex key': { text: 'q_attend: declining\n? [秘密, HIMITSU]\n: 3\n', place: 'a.yaml:', message: /ANSWERS_INVALID/ },
  'duplicate key': { text: 'answers:\n  q_himitsu: 1\n  q_himitsu: 2\n', place: 'a.yaml:3:3', message: /同じ項目名が同じ場所に 2 回/ },
  'unknown question': { text: 'q_attend: declining\nq_himitsu_yamada: 1\n', place: 'a.yaml:2:1', message: /この質問（項目名）はこのプログラムにありません/ },
  'forbidden key': { text: 'answers:\n  q_attend: declining\n  __proto__: { HIMITSU: 1 }\n', place: 'a.yaml:3:3', message: /この項目名は安全のため使えません/ },
  'wrong kind of value': { text: 'answers:\n  q_attend: { HIMITSU: 1 }\n', place: 'a.yaml:2', message: /ANSWERS_INVALID|SCHEMA/ },
};

describe('keys of answers files in messages', () => {
  it.each(Object.entries(FILES))('%s: located, never printed, no English warning', { timeout: 60_000 }, async (_name, { text, place, message }) => {
    const dir = tempDir('ikusei-keys-');
    fs.writeFileSync(path.join(dir, 'a.yaml'), text);
    const r = await runBin(['run', 'mini', '--answers', 'a.yaml', '--programs', path.join(fixtures, 'programs')], { cwd: dir, env: { IKUSEI_HOME: path.join(dir, 'home') } });
    const stderr = plain(String(r.stderr));
    expect(r.exitCode, stderr).toBe(1);
    expect(stderr).toContain(place);
    expect(stderr).toMatch(message);
    expect(stderr + String(r.stdout)).not.toMatch(SECRET);
    expect(stderr).not.toMatch(/himitsu|Warning|stringified/i);
  });
});
