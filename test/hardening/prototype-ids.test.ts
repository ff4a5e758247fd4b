import path from 'node:path';
import '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../src/core/diagnostics/diagnostic.js';
import { evaluate } from '../../src/core/engine/evaluate.js';
import { loadCatalog, loadProgramFile } from '../../src/io/program/load.js';
import { CATALOG, lintFolder, PROGRAM } from '../model/lint-helpers.js';
import { enter, intake, pick, startCli, tempHome, waitFor } from '../walk/drive.js';

// Ids are looked up in maps, never in plain objects: a node id `constructor` passed lint and then
// trapped the walk (`{}[id]` found Object.prototype's). Every Object.prototype name, in every kind
// of id, either works like any other id or is refused by lint with a located message.

const NAMES = Object.getOwnPropertyNames(Object.prototype);
const CLEAN_REFUSALS = new Set(['SCHEMA', 'FORBIDDEN_KEY']);

const KINDS: Record<string, (name: string) => { program: string; catalog: string; answers: Record<string, unknown>; expect: (state: ReturnType<typeof evaluate>) => void }> = {
  'node id': (name) => ({
    program: PROGRAM.replaceAll('q_days', name),
    catalog: CATALOG,
    answers: { q_attend: 'bad', [name]: 12 },
    expect: (s) => expect(s).toMatchObject({ status: 'done', outcome: { id: 'o_risk' } }),
  }),
  'option value': (name) => ({
    program: PROGRAM.replace('value: bad', `value: ${name}`),
    catalog: CATALOG,
    answers: { q_attend: name, q_days: 3 },
    expect: (s) => expect(s).toMatchObject({ status: 'done', outcome: { id: 'o_end' } }),
  }),
  'flag id': (name) => ({
    program: PROGRAM.replaceAll('risk', name).replace(`o_${name}`, 'o_risk').replace(`o_${name}`, 'o_risk'),
    catalog: CATALOG,
    answers: { q_attend: 'bad', q_days: 12 },
    expect: (s) => expect(s.result.flags.map((f: { id: string }) => f.id)).toEqual([name]),
  }),
  'agency id': (name) => ({
    program: PROGRAM.replace('agency: gakkou', `agency: ${name}`),
    catalog: CATALOG.replace('id: gakkou', `id: ${name}`),
    answers: { q_attend: 'bad', q_days: 3 },
    expect: (s) => expect(JSON.stringify(s.result.referrals)).toContain(name),
  }),
  'resource id': (name) => ({
    program: PROGRAM.replace('resource: shienkin', `resource: ${name}`),
    catalog: CATALOG.replace('id: shienkin', `id: ${name}`),
    answers: { q_attend: 'bad', q_days: 3 },
    expect: (s) => expect(JSON.stringify(s.result.resources)).toContain(name),
  }),
};

describe.each(Object.keys(KINDS))('Object.prototype names as a %s', (kind) => {
  it.each(NAMES)('%s works like any id, or lint refuses it cleanly', (name) => {
    const c = KINDS[kind]!(name);
    const { dir, diagnostics } = lintFolder({ 'p.yaml': c.program, 'catalogs/c.yaml': c.catalog });
    if (hasErrors(diagnostics)) {
      const errors = diagnostics.filter((d) => d.severity === 'error');
      for (const d of errors) {
        expect(CLEAN_REFUSALS, `${d.code}: ${d.message}`).toContain(d.code);
        expect(d.line).toBeGreaterThan(0);
      }
      return;
    }
    const loaded = loadProgramFile(path.join(dir, 'p.yaml'), dir).program!;
    expect(loadCatalog(dir, dir).diagnostics).toEqual([]);
    c.expect(evaluate(loaded.program, { answers: c.answers as never, intake: {} }));
  });
});

describe('the interactive walk with an info screen named constructor', () => {
  it('marks it seen and goes on (it used to show it again forever)', { timeout: 60_000 }, async () => {
    const program = PROGRAM.replace('        next: q_days\n', '        next: constructor\n').replace(
      '  - id: q_days\n',
      '  - id: constructor\n    type: info\n    title: 確認\n    text: 学校に確かめます。\n    next: q_days\n  - id: q_days\n',
    );
    const { dir, diagnostics } = lintFolder({ 'p.yaml': program });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const home = tempHome();
    const walk = startCli(['start', 'p', '--programs', dir], home);
    await intake();
    await waitFor(/出席状況は/);
    pick('休みがち');
    await waitFor(/読んだら Enter/);
    enter();
    expect(await waitFor(/欠席日数は/)).toContain('欠席日数は');
    walk.signal('SIGINT');
    await walk.done;
  });
});
