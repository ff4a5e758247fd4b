import { trainer } from '../../messages/trainer.js';
import { describeCondition } from '../../core/model/describe.js';
import type { Condition, Effects } from '../../core/model/types.js';
import type { PathSegment } from '../../core/yaml/source.js';
import type { Change } from './types.js';

const w = trainer.diff.words;

/** Values as the report shows them: conditions in words, lists joined, nothing as 「（なし）」. */
export function shown(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => shown(x) ?? '').join('、');
  if (isCondition(v)) return describeCondition(v);
  return JSON.stringify(v);
}

function isCondition(v: unknown): v is Condition {
  return typeof v === 'object' && v !== null && ['all', 'any', 'not', 'answer', 'intake', 'flag'].some((k) => k in v);
}

export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A field of an effect item, by name: items are plain objects from YAML, and a flag may be a bare id. */
export function field(x: unknown, name: string): unknown {
  return typeof x === 'object' && x !== null ? Reflect.get(x, name) : undefined;
}

/** How each effect list is keyed and which of its fields a trainer cares about. */
const LISTS: { key: keyof Effects; id: (x: unknown) => unknown; fields: string[]; summary: string }[] = [
  { key: 'actions', id: (x) => field(x, 'id'), fields: ['text', 'who', 'due', 'why', 'when'], summary: 'text' },
  { key: 'referrals', id: (x) => field(x, 'agency'), fields: ['reason', 'share', 'when'], summary: 'reason' },
  { key: 'resources', id: (x) => field(x, 'resource'), fields: ['note', 'when'], summary: 'note' },
  { key: 'checklist', id: (x) => field(x, 'id'), fields: ['text', 'when'], summary: 'text' },
  { key: 'flags', id: (x) => (typeof x === 'string' ? x : field(x, 'flag')), fields: ['when'], summary: 'when' },
];

/**
 * The effects of one place (a node, an option, a yes/no branch) in both versions: items added,
 * removed, or edited field by field. `where` names the place: 「」, 「選択肢「休みがち」で」.
 */
export function diffEffects(out: Change[], owner: string, where: string, a: Effects | undefined, b: Effects | undefined, oldPath: PathSegment[], newPath: PathSegment[]): void {
  for (const list of LISTS) {
    const before: readonly unknown[] = a?.[list.key] ?? [];
    const after: readonly unknown[] = b?.[list.key] ?? [];
    const oldIndex = new Map(before.map((x, i) => [list.id(x), i]));
    const newIndex = new Map(after.map((x, i) => [list.id(x), i]));
    const kind = w.effects[list.key]!;
    after.forEach((x, i) => {
      const id = list.id(x);
      const at = [...newPath, 'effects', list.key, i];
      const j = oldIndex.get(id);
      if (j === undefined) {
        out.push({ group: 'effects', kind: 'added', owner, what: `${where}${kind} ${id}`, ...opt('after', summary(x, list.summary)), path: at, side: 'new' });
        return;
      }
      const y = before[j];
      for (const name of list.fields) {
        const fa = name === 'when' && typeof y === 'string' ? undefined : field(y, name);
        const fb = name === 'when' && typeof x === 'string' ? undefined : field(x, name);
        if (same(fa, fb)) continue;
        const place = fb !== undefined && typeof x !== 'string' ? [...at, name] : at;
        out.push({ group: 'effects', kind: 'changed', owner, what: `${where}${kind} ${id} の${w.fields[name] ?? name}`, ...opt('before', shown(fa)), ...opt('after', shown(fb)), path: place, side: 'new' });
      }
    });
    before.forEach((x, i) => {
      const id = list.id(x);
      if (newIndex.has(id)) return;
      out.push({ group: 'effects', kind: 'removed', owner, what: `${where}${kind} ${id}`, ...opt('before', summary(x, list.summary)), path: [...oldPath, 'effects', list.key, i], side: 'old' });
    });
  }
}

function summary(x: unknown, name: string): string | undefined {
  return typeof x === 'string' ? undefined : shown(field(x, name));
}

export function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
