import { describe, expect, it } from 'vitest';
import { CATALOG, edit, lintFolder, only, positionOf, PROGRAM } from './lint-helpers.js';

describe('a valid program', () => {
  it('has no diagnostics at all', () => {
    expect(lintFolder({ 'p.yaml': PROGRAM }).diagnostics).toEqual([]);
  });

  it('accepts a UTF-8 BOM and CRLF line ends', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PROGRAM.replace(/\n/g, '\r\n'))]);
    expect(lintFolder({ 'p.yaml': bytes }).diagnostics).toEqual([]);
  });

  it('accepts a full-width space that starts a line inside a block scalar', () => {
    const text = edit('    help: 学校に確かめます。\n    min: 0', '    help: |\n      　段落の頭の全角スペースは本文です。\n    min: 0');
    expect(lintFolder({ 'p.yaml': text }).diagnostics).toEqual([]);
  });
});

/** Each mistake, the code it must produce, and the text its position must point at. */
const cases: { name: string; text: string; code: string; at: string; nth?: number; message?: RegExp }[] = [
  {
    name: 'YAML syntax: an unclosed quote',
    text: edit('    text: 欠席日数は？', '    text: "欠席日数は？'),
    code: 'YAML_SYNTAX',
    at: '"欠席日数は？',
  },
  {
    name: 'a tab in the indentation',
    text: edit('    help: 学校に確かめます。\n    min: 0', '    help: 学校に確かめます。\n\tmin: 0'),
    code: 'TAB_INDENT',
    at: '\tmin',
    message: /タブ/,
  },
  {
    name: 'a full-width space in the indentation',
    text: edit('    min: 0', '  \u3000min: 0'),
    code: 'FULLWIDTH_INDENT',
    at: '\u3000min',
    message: /全角スペース/,
  },
  {
    name: 'a duplicate key',
    text: edit('    min: 0\n', '    min: 0\n    min: 1\n'),
    code: 'DUPLICATE_KEY',
    at: 'min: 1',
    message: /「min」/,
  },
  {
    name: 'a __proto__ key',
    text: edit('    min: 0\n', '    min: 0\n    __proto__: x\n'),
    code: 'FORBIDDEN_KEY',
    at: '__proto__',
  },
  {
    name: 'schema: an unknown key points at the key and suggests the right one',
    text: edit('        next: o_end\n      - value: bad', '        nxt: o_end\n      - value: bad'),
    code: 'SCHEMA',
    at: 'nxt',
    message: /「nxt」.*もしかして「next」/,
  },
  {
    name: 'schema: a question without help',
    text: edit('    text: 欠席日数は？\n    help: 学校に確かめます。\n', '    text: 欠席日数は？\n'),
    code: 'SCHEMA',
    at: 'id: q_days',
    message: /help/,
  },
  {
    name: 'schema: a wrong node type suggests the nearest',
    text: edit('    type: number', '    type: numbr'),
    code: 'SCHEMA',
    at: 'numbr',
    message: /もしかして「number」/,
  },
  {
    name: 'schema: a value of the wrong type',
    text: edit('    min: 0', '    min: ゼロ'),
    code: 'SCHEMA',
    at: 'ゼロ',
    message: /数/,
  },
  {
    name: 'schema: an id that is not ASCII',
    text: edit('  - id: q_days', '  - id: 欠席日数'),
    code: 'SCHEMA',
    at: '欠席日数\n',
    message: /英小文字/,
  },
  {
    name: 'schema: an impossible date',
    text: edit('revised: 2026-11-22', 'revised: 2026-13-40'),
    code: 'SCHEMA',
    at: '2026-13-40',
    message: /YYYY-MM-DD/,
  },
  {
    name: 'schema: the reserved option value unknown',
    text: edit('      - value: ok', '      - value: unknown'),
    code: 'SCHEMA',
    at: 'unknown',
    message: /予約語/,
  },
  {
    name: 'a next that names no node',
    text: edit('    next: o_end\n  - id: o_end', '    next: o_ned\n  - id: o_end'),
    code: 'UNKNOWN_NEXT',
    at: 'o_ned',
    message: /もしかして「o_end」/,
  },
  {
    name: 'a duplicate node id',
    text: edit('  - id: o_risk', '  - id: o_end'),
    code: 'DUPLICATE_ID',
    at: 'o_end',
    nth: 4,
  },
  {
    name: 'an id that is not the file name',
    text: edit('id: p\n', 'id: q\n'),
    code: 'ID_MISMATCH',
    at: 'q\n',
  },
  {
    name: 'a node nothing leads to',
    text: edit('        next: q_days\n', '        next: o_end\n'),
    code: 'UNREACHABLE',
    at: 'q_days',
    nth: 1,
  },
  {
    name: 'a cycle, named in walking order',
    text: edit('    next: o_end\n  - id: o_end', '    next: q_attend\n  - id: o_end'),
    code: 'CYCLE',
    at: 'q_attend\n  - id: o_end',
    message: /q_attend → q_days → q_attend/,
  },
  {
    name: 'a node that can never reach an outcome',
    text: edit(
      '        next: o_end\n      - value: bad',
      '        next: i_pre\n      - value: bad',
      edit('  - id: o_end', '  - id: i_pre\n    type: info\n    text: 前置き\n    next: i_one\n  - id: i_one\n    type: info\n    text: 輪\n    next: i_two\n  - id: i_two\n    type: info\n    text: 輪\n    next: i_one\n  - id: o_end'),
    ),
    code: 'NO_OUTCOME',
    at: 'i_pre',
    nth: 2,
  },
  {
    name: 'an unknown agency',
    text: edit('{ agency: gakkou,', '{ agency: gakou,'),
    code: 'UNKNOWN_AGENCY',
    at: 'gakou',
    message: /もしかして「gakkou」/,
  },
  {
    name: 'an unknown resource',
    text: edit('{ resource: shienkin,', '{ resource: sienkin,'),
    code: 'UNKNOWN_RESOURCE',
    at: 'sienkin',
  },
  {
    name: 'an unknown flag',
    text: edit('      flags: [risk]', '      flags: [risky]'),
    code: 'UNKNOWN_FLAG',
    at: 'risky',
  },
  {
    name: 'an unknown flag in a conditional flag',
    text: edit('      flags: [risk]', '      flags: [{ flag: riks, when: { answer: q_days, gte: 20 } }]'),
    code: 'UNKNOWN_FLAG',
    at: 'riks',
    message: /もしかして「risk」/,
  },
  {
    name: 'a conditional flag that reads a later question',
    text: edit('            - { resource: shienkin, reference: true }', '            - { resource: shienkin, reference: true }\n          flags: [{ flag: risk, when: { answer: q_days, gte: 20 } }]'),
    code: 'COND_NOT_BEFORE',
    at: 'q_days, gte: 20',
  },
  {
    name: 'schema: a misspelt key in a conditional flag, reported once',
    text: edit('      flags: [risk]', '      flags: [{ flg: risk }]'),
    code: 'SCHEMA',
    at: 'flg',
    message: /「flg」.*もしかして「flag」/,
  },
  {
    name: 'a condition on a question that does not exist',
    text: edit('{ answer: q_days, gte: 10 }', '{ answer: q_dayz, gte: 10 }'),
    code: 'COND_UNKNOWN_QUESTION',
    at: 'q_dayz',
  },
  {
    name: 'a condition on a question asked only later',
    text: edit(
      '            - { agency: gakkou, reason: 出席の確認, due: { weeks: 2 } }',
      '            - { agency: gakkou, reason: 出席の確認, due: { weeks: 2 }, when: { answer: q_days, gte: 3 } }',
    ),
    code: 'COND_NOT_BEFORE',
    at: 'q_days, gte: 3',
  },
  {
    name: 'a condition with a value outside the answer range',
    text: edit('{ answer: q_days, gte: 10 }', '{ answer: q_days, gte: 500 }'),
    code: 'COND_BAD_VALUE',
    at: '500',
  },
  {
    name: 'a condition with an option that does not exist',
    text: edit('{ answer: q_days, gte: 10 }', '{ answer: q_attend, is: good }'),
    code: 'COND_BAD_VALUE',
    at: 'good',
    message: /選べる値: ok, bad/,
  },
  {
    name: 'a condition that compares a choice with a number',
    text: edit('{ answer: q_days, gte: 10 }', '{ answer: q_attend, gte: 1 }'),
    code: 'COND_BAD_OPERATOR',
    at: 'gte: 1',
  },
  {
    name: 'a text made only of spaces',
    text: edit('    title: 見守り', '    title: "　 "'),
    code: 'EMPTY_TEXT',
    at: '"　 "',
  },
  {
    name: 'a question with no way on',
    text: edit('    next: o_end\n  - id: o_end', '  - id: o_end'),
    code: 'MISSING_NEXT',
    at: 'q_days',
    nth: 2,
  },
  {
    name: 'a scenario that answers a question that does not exist',
    text: PROGRAM + 'tests:\n  - name: t\n    answers: { q_atend: ok }\n    expect: { outcome: o_end }\n',
    code: 'SCENARIO_UNKNOWN_QUESTION',
    at: 'q_atend',
  },
  {
    name: 'a scenario answer that does not fit its question',
    text: PROGRAM + 'tests:\n  - name: t\n    answers: { q_attend: bad, q_days: 500 }\n    expect: { outcome: o_risk }\n',
    code: 'SCENARIO_BAD_VALUE',
    at: '500',
  },
];

describe('each class of mistake is reported at its exact place', () => {
  it.each(cases)('$name', ({ text, code, at, nth, message }) => {
    const { diagnostics } = lintFolder({ 'p.yaml': text });
    const found = only(diagnostics, code);
    expect(found, JSON.stringify(diagnostics, null, 1)).not.toHaveLength(0);
    const where = positionOf(text, at, nth);
    expect(found.map((d) => [d.line, d.column])).toContainEqual([where.line, where.column]);
    const d = found.find((x) => x.line === where.line && x.column === where.column)!;
    expect(d.file).toBe('p.yaml');
    expect(d.severity).toBe('error');
    if (message) expect(d.message).toMatch(message);
    expect(d.frame?.some((f) => f.mark)).toBe(true);
  });
});

describe('flags given as an id or as { flag, when }', () => {
  it('reports a bad flag id once, not once per way of writing a flag', () => {
    const text = edit('      flags: [risk]', '      flags: [Risk]');
    const found = lintFolder({ 'p.yaml': text }).diagnostics;
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/英小文字/);
  });

  it('accepts both forms in one list', () => {
    const text = edit('      flags: [risk]', '      flags: [risk, { flag: risk, when: { answer: q_days, gte: 20 } }]');
    expect(lintFolder({ 'p.yaml': text }).diagnostics).toEqual([]);
  });
});

describe('Japanese text folded over lines', () => {
  it('warns where a folded block would put a space between Japanese sentences', () => {
    const text = edit('    title: 見守り', '    title: 見守り\n    text: >\n      次回訪問で確かめます。\n      学校にも聞きます。', edit('    text: 次回訪問で確かめます。\n  - id: o_risk', '  - id: o_risk'));
    const [d] = only(lintFolder({ 'p.yaml': text }).diagnostics, 'FOLDED_SPACE');
    expect(d?.severity).toBe('warning');
    expect([d?.line, d?.column]).toEqual(Object.values(positionOf(text, '>\n')));
  });

  it('accepts literal blocks and English folded text', () => {
    const literal = edit('    text: 次回訪問で確かめます。\n  - id: o_risk', '    text: |\n      次回訪問で確かめます。\n      学校にも聞きます。\n  - id: o_risk');
    const english = edit('    text: 次回訪問で確かめます。\n  - id: o_risk', '    text: >\n      Visit next time\n      and ask the school.\n  - id: o_risk');
    expect(lintFolder({ 'p.yaml': literal }).diagnostics).toEqual([]);
    expect(lintFolder({ 'p.yaml': english }).diagnostics).toEqual([]);
  });
});

describe('file-level problems', () => {
  it('a Shift_JIS file is not UTF-8, at the first bad byte', () => {
    // 「テスト」 in Shift_JIS on line 3, column 8.
    const bytes = Buffer.concat([Buffer.from('id: p\nnumber: III\ntitle: '), Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]), Buffer.from('\n')]);
    const [d] = only(lintFolder({ 'p.yaml': bytes }).diagnostics, 'NOT_UTF8');
    expect([d?.line, d?.column]).toEqual([3, 8]);
    expect(d?.message).toMatch(/UTF-8 ではありません/);
  });

  it('a UTF-16 file gets its own message', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PROGRAM, 'utf16le')]);
    const [d] = only(lintFolder({ 'p.yaml': bytes }).diagnostics, 'NOT_UTF8');
    expect(d?.message).toMatch(/UTF-16/);
  });

  it('an alias bomb is refused, at its first alias', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const text = levels.join('\n') + '\n';
    const [d] = only(lintFolder({ 'p.yaml': text }).diagnostics, 'ALIAS_LIMIT');
    expect([d?.line, d?.column]).toEqual([2, positionOf(text, '*a').column]);
  });

  it('deeply nested input is refused without overflowing the stack', () => {
    const text = 'x: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    const found = only(lintFolder({ 'p.yaml': text }).diagnostics, 'TOO_DEEP');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/入れ子が深すぎます/);
  });

  it('a file over 5 MB is refused before it is parsed', () => {
    const text = '# ' + 'x'.repeat(6 * 1024 * 1024) + '\n';
    expect(only(lintFolder({ 'p.yaml': text }).diagnostics, 'FILE_TOO_LARGE')).toHaveLength(1);
  });

  it('an empty file says so', () => {
    const [d] = lintFolder({ 'p.yaml': '# nothing\n' }).diagnostics;
    expect(d?.code).toBe('NOT_A_MAPPING');
  });
});

describe('catalog checks', () => {
  it('warns about an entry no program uses, at its id', () => {
    const catalog = CATALOG.replace('resources:', `  - id: extra\n    name: 未使用\n    offers: x\n    when_to_refer: x\n    sources:\n      - { title: 出典, document: テスト, checked: 2026-11-01 }\nresources:`);
    const { diagnostics } = lintFolder({ 'p.yaml': PROGRAM, 'catalogs/c.yaml': catalog });
    const [d] = only(diagnostics, 'CATALOG_UNUSED');
    expect(d?.severity).toBe('warning');
    expect([d?.line, d?.column]).toEqual(Object.values(positionOf(catalog, 'extra')));
    expect(diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('does not judge usage when only one program file is linted', () => {
    const catalog = CATALOG.replace('resources:', `  - id: extra\n    name: 未使用\n    offers: x\n    when_to_refer: x\n    sources:\n      - { title: 出典, document: テスト, checked: 2026-11-01 }\nresources:`);
    const dir = lintFolder({ 'p.yaml': PROGRAM, 'catalogs/c.yaml': catalog }).dir;
    const { diagnostics } = lintFolder({ 'p.yaml': PROGRAM, 'catalogs/c.yaml': catalog }, [`${dir}/p.yaml`]);
    expect(only(diagnostics, 'CATALOG_UNUSED')).toEqual([]);
  });

  it('warns when a source was last checked more than 12 months ago', () => {
    const catalog = CATALOG.replace('{ title: 出典, document: テスト, kind: primary, checked: 2026-11-01 }', '{ title: 出典, document: テスト, kind: primary, checked: 2025-11-21 }');
    const [d] = only(lintFolder({ 'p.yaml': PROGRAM, 'catalogs/c.yaml': catalog }).diagnostics, 'CATALOG_STALE');
    expect(d?.severity).toBe('warning');
    expect([d?.line, d?.column]).toEqual(Object.values(positionOf(catalog, '2025-11-21')));
  });

  it('does not warn on the day 12 months are not yet over', () => {
    const catalog = CATALOG.replace('checked: 2026-11-01 }\nresources', 'checked: 2025-11-22 }\nresources');
    expect(only(lintFolder({ 'p.yaml': PROGRAM, 'catalogs/c.yaml': catalog }).diagnostics, 'CATALOG_STALE')).toEqual([]);
  });

  it('reports a duplicate id across catalog files at the second one', () => {
    const second = 'agencies:\n  - id: gakkou\n    name: 学校2\n    offers: x\n    when_to_refer: x\n    sources:\n      - { title: 出典, document: テスト, checked: 2026-11-01 }\n';
    const [d] = only(lintFolder({ 'p.yaml': PROGRAM, 'catalogs/d.yaml': second }).diagnostics, 'DUPLICATE_ID');
    expect(d?.file).toBe('catalogs/d.yaml');
    expect(d?.message).toMatch(/catalogs\/c\.yaml:2/);
  });

  it('reports schema errors in a catalog entry at the offending key', () => {
    const catalog = CATALOG.replace('    offers: 出席を一緒に見ます。', '    offer: 出席を一緒に見ます。');
    const found = only(lintFolder({ 'p.yaml': PROGRAM, 'catalogs/c.yaml': catalog }).diagnostics, 'SCHEMA');
    expect(found.map((d) => [d.line, d.column])).toContainEqual(Object.values(positionOf(catalog, 'offer:')));
  });
});
