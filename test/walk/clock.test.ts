import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// One clock: the same case at the same instant gives the same dates on a machine set to UTC and
// on one set to Japan time. 2026-12-05 16:30 UTC is already 12月6日 in Japan.
const INSTANT = new Date('2026-12-05T16:30:00Z');
const ANSWERS = `program: mini
intake: { label: T-1, birth_date: 2010-12-06, caseworker: 山田 花子 }
answers: { q_attend: declining, q_days: 12, q_baito: "no", q_worries: [money], q_date: unknown, q_note: 続けたい }
`;

const saved = process.env.TZ;
afterEach(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

async function runIn(tz: string) {
  process.env.TZ = tz;
  const dir = tempDir('ikusei-clock-');
  try {
    fs.writeFileSync(path.join(dir, 'a.yaml'), ANSWERS);
    const r = await runCli(['--programs', path.join(fixtures, 'programs'), 'run', 'mini', '--answers', 'a.yaml', '--json'], { cwd: dir, now: INSTANT });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('one clock on a UTC and on a JST machine', () => {
  it('gives the same interview date, age, due dates and review date', async () => {
    const utc = await runIn('UTC');
    const jst = await runIn('Asia/Tokyo');
    expect(utc.date).toBe('2026-12-06');
    expect(jst).toEqual(utc);
    // The birthday is 12月6日 in Japan: the child has just turned 16 (which routes to the info screen).
    expect(utc.answers.map((a: { question: string }) => a.question)).toContain('q_days');
    expect(utc.result.flags.map((f: { id: string }) => f.id)).toContain('dropout_risk');
    expect(utc.result.referrals.find((x: { agency: string }) => x.agency === 'gakkou').dueDate).toBe('2026-12-20');
    expect(utc.outcome.review.date).toBe('2027-01-06');
  });
});
