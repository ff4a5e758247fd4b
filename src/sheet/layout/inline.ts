import type { FaceName } from '../pdf/document.js';
import type { FontFace, FontPair } from '../fonts.js';
import { fitUnits, splitByChars, tokenize, type Unit } from '../../core/text/linebreak.js';
import { COLOR, LINE, SIZE } from './styles.js';

/** A piece of a line's content, before layout. */
export type Atom =
  /** `nobreak` keeps the text on one line when it fits (a choice's label, 「令和　年　月　日」). */
  /** `minWidth` keeps room for a short value so the columns of a form line up, filled or blank. */
  | { kind: 'text'; text: string; face?: FaceName; size?: number; color?: string; where?: string; nobreak?: boolean; minWidth?: number }
  /** A check box drawn as a vector square (fonts lack ☐); sticks to the text after it. */
  | { kind: 'box'; checked: boolean; size?: number }
  /** Room left empty for handwriting, e.g. the year in 「令和　　年」. */
  | { kind: 'blank'; width: number; size?: number };

export interface Style {
  face: FaceName;
  size: number;
  color: string;
}

/** A positioned piece of a laid-out line. */
export type Run =
  | ({ kind: 'text'; x: number; width: number; text: string } & Style)
  | { kind: 'box'; x: number; width: number; size: number; checked: boolean }
  | { kind: 'blank'; x: number; width: number; size: number };

export interface Line {
  runs: Run[];
  width: number;
  height: number;
  /** The largest font size on the line (its baseline is placed from it). */
  size: number;
}

/** Characters the font does not have, with where they were met (for the error message). */
export class MissingGlyphs {
  readonly chars = new Map<string, Set<string>>();
  add(ch: string, where: string): void {
    const set = this.chars.get(ch) ?? new Set<string>();
    set.add(where);
    this.chars.set(ch, set);
  }
}

interface StyledUnit extends Unit {
  style: Style;
  atom: Atom;
}

const NEEDS_CLEANING = /[\u0000-\u001f\u007f\u200b\ufeff\u0300-\u036f\u3099\u309a]/;

/** Tabs become spaces, other control characters go, and composed kana are normalised (NFC). */
export function cleanText(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s; // the usual case: nothing to do, and NFC is not free
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\ufeff]/g, '');
}

/**
 * Lays out atoms into lines no wider than `width`, with 禁則 applied across atoms (a closing
 * bracket after a check box still may not start a line). `\n` in text forces a new line.
 */
export function layoutInline(atoms: Atom[], width: number, fonts: FontPair, missing: MissingGlyphs, where = ''): Line[] {
  const paragraphs: StyledUnit[][] = [[]];
  for (const atom of atoms) {
    if (atom.kind !== 'text') {
      const size = atom.size ?? SIZE.body;
      const w = atom.kind === 'box' ? size * 1.25 : atom.width;
      paragraphs[paragraphs.length - 1]!.push({ text: '', width: w, kind: 'object', glueAfter: atom.kind === 'box', style: { face: 'regular', size, color: COLOR.text }, atom });
      continue;
    }
    const style: Style = { face: atom.face ?? 'regular', size: atom.size ?? SIZE.body, color: atom.color ?? COLOR.text };
    const face = fonts[style.face];
    cleanText(atom.text)
      .split('\n')
      .forEach((para, i) => {
        if (i > 0) paragraphs.push([]);
        const whole = atom.nobreak || atom.minWidth !== undefined ? measure(face, para, style.size, missing, atom.where ?? where) : Infinity;
        const keep = atom.nobreak || (atom.minWidth !== undefined && whole <= atom.minWidth);
        for (const token of keep ? [para].filter(Boolean) : tokenize(para)) {
          const w = keep ? Math.max(whole, atom.minWidth ?? 0) : measure(face, token, style.size, missing, atom.where ?? where);
          paragraphs[paragraphs.length - 1]!.push({ text: token, width: w, kind: token === ' ' ? 'space' : 'text', glueAfter: false, style, atom });
        }
      });
  }
  const lines: Line[] = [];
  for (const units of paragraphs) {
    const split = (u: StyledUnit): StyledUnit[] => splitByChars(u, (c) => fonts[u.style.face].width(c, u.style.size)).map((p) => ({ ...u, ...p }));
    const fitted = units.length ? fitUnits(units, width, width, split) : [[]];
    for (const line of fitted) lines.push(toLine(line, atoms));
  }
  return lines;
}

/** Width of a string in points, noting every character the font does not have. */
function measure(face: FontFace, s: string, size: number, missing: MissingGlyphs, where: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const g = face.glyph(cp);
    if (g.id === 0) missing.add(String.fromCodePoint(cp), where);
    w += g.advance;
  }
  return (w * size) / 1000;
}

function toLine(units: StyledUnit[], atoms: Atom[]): Line {
  const runs: Run[] = [];
  let x = 0;
  let size = 0;
  for (const u of units) {
    size = Math.max(size, u.style.size);
    const last = runs[runs.length - 1];
    if (u.atom.kind === 'box') runs.push({ kind: 'box', x, width: u.width, size: u.style.size, checked: u.atom.checked });
    else if (u.atom.kind === 'blank') runs.push({ kind: 'blank', x, width: u.width, size: u.style.size });
    else if (last?.kind === 'text' && last.face === u.style.face && last.size === u.style.size && last.color === u.style.color) {
      last.text += u.text;
      last.width += u.width;
    } else runs.push({ kind: 'text', x, width: u.width, text: u.text, ...u.style });
    x += u.width;
  }
  if (size === 0) size = firstSize(atoms);
  return { runs, width: x, height: size * LINE, size };
}

function firstSize(atoms: Atom[]): number {
  const a = atoms[0];
  return a && a.kind !== 'blank' ? (a.size ?? SIZE.body) : SIZE.body;
}
