import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { openFonts, resolveFontFiles } from '../../src/sheet/fonts.js';
import { TrueTypeSource } from '../../src/sheet/pdf/sfnt.js';
import { TrueTypeSubset } from '../../src/sheet/pdf/subset.js';
import { streams } from './helpers/pdf.js';
import { RISK_ANSWERS, SHEET_PROGRAMS, tempCase } from './helpers/setup.js';

describe('the bundled font (BIZ UDPGothic)', () => {
  it('has Japanese text but no ballot box, so check boxes must be drawn', async () => {
    const fonts = await openFonts(resolveFontFiles({}, '/nonexistent-home', '/'));
    for (const ch of 'あア漢ー・。「」①') expect(fonts.regular.has(ch.codePointAt(0)!), ch).toBe(true);
    expect(fonts.regular.has(0x2610)).toBe(false); // ☐
    expect(fonts.bold.name).toBe('BIZUDPGothic-Bold');
  });

  it('reads the character map and widths as fontkit does', async () => {
    const fonts = await openFonts(resolveFontFiles({}, '/nonexistent-home', '/'));
    const f = fonts.regular;
    for (const ch of 'あ漢Aa1、（𠮷') {
      const cp = ch.codePointAt(0)!;
      const theirs = f.fontkit.glyphForCodePoint(cp);
      expect(f.glyph(cp).id).toBe(theirs.id);
      expect(f.glyph(cp).advance).toBeCloseTo((theirs.advanceWidth * 1000) / f.fontkit.unitsPerEm, 6);
    }
  });
});

describe('the TrueType subsetter', () => {
  it('keeps each used glyph outline and renumbers glyphs from 1', async () => {
    const fonts = await openFonts(resolveFontFiles({}, '/nonexistent-home', '/'));
    const source = fonts.regular.ttf!;
    const subset = new TrueTypeSubset(source);
    const chars = [...'支援シートの確認（令和）'];
    const ids = chars.map((c) => subset.includeGlyph(fonts.regular.glyph(c.codePointAt(0)!).id));
    expect(ids[0]).toBe(1);
    const font = create(subset.encode());
    const original = create(fs.readFileSync(fonts.regular.file));
    expect(font.numGlyphs).toBe(new Set(ids).size + 1);
    chars.forEach((c, i) => {
      const old = original.getGlyph(fonts.regular.glyph(c.codePointAt(0)!).id);
      const now = font.getGlyph(ids[i]!);
      expect(now.path.toSVG(), c).toBe(old.path.toSVG());
      expect(now.advanceWidth).toBe(old.advanceWidth);
    });
    expect(new TrueTypeSource(subset.encode()).numGlyphs).toBe(font.numGlyphs);
  });
});

describe('missing glyphs', () => {
  it('stop the render with exit 3, naming the characters and where they are, and write nothing', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS.replace('q_date: 学校の予定がまだ決まっていません。', 'q_date: ☐ 予定は未定 ✔'));
    const r = await runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', 'a.pdf'], { cwd: t.dir, env: t.env });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('「☐」（U+2610）');
    expect(r.stderr).toContain('「✔」（U+2714）');
    expect(r.stderr).toContain('q_date のメモ');
    expect(r.stderr).not.toContain('予定は未定'); // the memo itself is case data
    expect(fs.existsSync(t.file('a.pdf'))).toBe(false);
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('--font and the config entry', () => {
  const BOLD = createRequire(import.meta.url).resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf');

  it('--font draws with another TTF; without a bold face headings use the same one', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    const r = await runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', 'a.pdf', '--font', BOLD], { cwd: t.dir, env: t.env });
    expect(r.code).toBe(0);
    const raw = fs.readFileSync(t.file('a.pdf')).toString('latin1');
    expect(new Set([...raw.matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]))).toEqual(new Set(['BIZUDPGothic-Bold']));
    expect(streams(t.file('a.pdf')).some((s) => s.includes(' 2 Tr '))).toBe(true); // bold: the same face, outlined
  });

  it('the config entry font is used when no --font is given (paths relative to IKUSEI_HOME)', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    fs.copyFileSync(BOLD, path.join(t.home, 'office.ttf'));
    fs.writeFileSync(path.join(t.home, 'config.json'), JSON.stringify({ font: 'office.ttf' }));
    const r = await runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', 'a.pdf'], { cwd: t.dir, env: t.env });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(t.file('a.pdf')).toString('latin1')).not.toContain('BIZUDPGothic-Regular');
  });

  it('a file that is not a font, or is missing, is an environment error (exit 3)', async () => {
    const t = tempCase();
    t.write('a.yaml', RISK_ANSWERS);
    t.write('not-a-font.ttf', 'hello');
    const bad = await runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', 'a.pdf', '--font', 'not-a-font.ttf'], { cwd: t.dir, env: t.env });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('[FONT_INVALID]');
    const missing = await runCli(['--programs', SHEET_PROGRAMS, 'render', 'a.yaml', '-o', 'a.pdf', '--font', 'nope.ttf'], { cwd: t.dir, env: t.env });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('[FONT_NOT_FOUND]');
  });
});
