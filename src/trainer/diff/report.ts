import type { ChalkInstance } from 'chalk';
import { trainer } from '../../messages/trainer.js';
import type { LoadedProgram } from '../../core/model/loaded.js';
import { GROUPS, type Change } from './types.js';

const m = trainer.diff;

export interface Sides {
  old: LoadedProgram;
  new: LoadedProgram;
  oldFile: string;
  newFile: string;
}

/** Where a change is: file and line in the new version (or the old one, for removals). */
export function placeOf(c: Change, s: Sides): { file: string; line: number } {
  const lp = c.side === 'new' ? s.new : s.old;
  const { line } = lp.source.lineCounter.linePos(lp.source.rangeOf(c.path, 'value').start);
  return { file: c.side === 'new' ? s.newFile : s.oldFile, line };
}

const CONTEXT = 12;
const SHORT = 36;

/**
 * Two versions of a text with what they share cut down to a little context on each side, so a
 * one-word edit in a long help text shows as that word: 「…学校に確かめます。」 → 「…学校と確かめます。」.
 */
export function elide(before: string, after: string): [string, string] {
  const a = [...before];
  const b = [...after];
  if (a.length + b.length <= SHORT * 2) return [before, after];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const cut = (xs: string[]) => {
    const start = Math.max(0, p - CONTEXT);
    const end = Math.min(xs.length, xs.length - s + CONTEXT);
    return `${start > 0 ? '…' : ''}${xs.slice(start, end).join('')}${end < xs.length ? '…' : ''}`;
  };
  return [cut(a), cut(b)];
}

export function diffText(changes: Change[], s: Sides, c: ChalkInstance): string {
  const lines = [m.heading(s.oldFile, s.newFile, changes.length)];
  if (!changes.length) return [...lines, m.none].join('\n') + '\n';
  for (const group of GROUPS) {
    const mine = changes.filter((x) => x.group === group);
    if (!mine.length) continue;
    lines.push('', c.bold(m.group(m.groups[group]!, mine.length)));
    for (const x of mine) {
      const at = placeOf(x, s);
      const place = c.dim(x.side === 'new' ? `${at.file}:${at.line}` : m.oldPlace(`${at.file}:${at.line}`));
      const kind = x.kind === 'added' ? c.green(m.kinds.added) : x.kind === 'removed' ? c.red(m.kinds.removed) : c.yellow(m.kinds.changed);
      const subject = subjectOf(x);
      lines.push(`  ${kind} ${subject}${inline(x)}  ${place}`);
      if (x.kind === 'changed' && (x.added?.length || x.removed?.length)) {
        if (x.added?.length) lines.push(`      ${m.listAdded}: ${x.added.join('、')}`);
        if (x.removed?.length) lines.push(`      ${m.listRemoved}: ${x.removed.join('、')}`);
      } else if (x.kind === 'changed' && !fitsInline(x)) {
        const [b, a] = elide(oneLine(x.before ?? m.nothing), oneLine(x.after ?? m.nothing));
        lines.push(`      ${m.beforeLabel}: ${b}`, `      ${m.afterLabel}: ${a}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** 「q_attend の本文（text）」「ツール shinro-flow の項目」「q_attend 選択肢 health」. */
export function subjectOf(x: Change): string {
  const who = x.label ?? x.owner ?? '';
  if (!who) return x.what;
  return x.what ? `${who} ${x.what}` : who;
}

/** Line breaks inside a text shown as ⏎, so each change stays on its own lines. */
function oneLine(s: string): string {
  return s.replace(/\r?\n/g, '⏎');
}

function fitsInline(x: Change): boolean {
  return [...(x.before ?? '')].length + [...(x.after ?? '')].length <= SHORT;
}

function inline(x: Change): string {
  if (x.kind === 'added') return x.after ? `: ${oneLine(x.after)}` : '';
  if (x.kind === 'removed') return x.before ? `: ${oneLine(x.before)}` : '';
  if (x.added?.length || x.removed?.length) return '';
  return fitsInline(x) ? `: ${x.before ?? m.nothing} → ${x.after ?? m.nothing}` : '';
}

/** `--format json`: every change with its group, kind, words and place. */
export function diffJson(changes: Change[], s: Sides) {
  const counts = Object.fromEntries(GROUPS.map((g) => [g, changes.filter((x) => x.group === g).length]));
  return {
    old: s.oldFile,
    new: s.newFile,
    total: changes.length,
    counts,
    changes: changes.map((x) => {
      const at = placeOf(x, s);
      return {
        group: x.group,
        kind: x.kind,
        owner: x.owner ?? null,
        what: x.what,
        subject: subjectOf(x),
        before: x.before ?? null,
        after: x.after ?? null,
        ...(x.added ? { added: x.added, removed: x.removed ?? [] } : {}),
        file: at.file,
        line: at.line,
        side: x.side,
      };
    }),
  };
}
