import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import type { LoadedProgram } from '../model/loaded.js';
import type { PathSegment } from '../yaml/source.js';

// `ikusei new` writes a scaffold whose prose is placeholders in full-width parentheses:
// 「（県の冊子の版。例：令和5年10月版）」. Left unfilled they reach the list, the chooser and the
// printed sheet. A placeholder is a line that is one parenthesised aside from its first character
// to its last; real prose opens with words (「学校（担任）と話す」), which is never flagged.

// Keys whose values are never printed: ids, trainer notes, machine data; scenarios are for `test`.
const NOT_PRINTED = new Set(['id', 'note', 'url', 'checked', 'kind', 'when', 'next', 'unknown_next', 'agency', 'resource', 'flag', 'value', 'start', 'window', 'tests', 'revised']);

/**
 * Unfilled scaffold placeholders in every printed field. An error in a program caseworkers use;
 * a warning in a draft (`draft: true`), which a trainer fills in step by step.
 */
export function lintPlaceholders(lp: LoadedProgram): Diagnostic[] {
  const severity = lp.program.draft ? 'warning' : 'error';
  const out: Diagnostic[] = [];
  const visit = (v: unknown, path: PathSegment[]) => {
    if (typeof v === 'string') {
      const line = v.split('\n').find(isPlaceholder);
      if (line !== undefined) out.push(lp.source.atPath(path, 'PLACEHOLDER', msg.placeholder(clip(line), lp.program.draft === true), severity === 'warning' ? { severity } : {}));
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!NOT_PRINTED.has(k)) visit(x, [...path, k]);
  };
  visit(lp.program, []);
  return out;
}

/** 「（…）」 from the first character to the last, the opening parenthesis closing only at the end. */
export function isPlaceholder(line: string): boolean {
  const s = line.trim();
  if (!s.startsWith('（') || !s.endsWith('）')) return false;
  let depth = 0;
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '（') depth++;
    else if (chars[i] === '）' && --depth === 0) return i === chars.length - 1;
  }
  return false;
}

/** The start of a long placeholder, enough to find it in the file. */
function clip(line: string): string {
  const chars = [...line.trim()];
  return chars.length > 24 ? `${chars.slice(0, 23).join('')}…` : chars.join('');
}
