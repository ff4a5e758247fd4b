import { trainer } from '../../messages/trainer.js';
import { describeCondition } from '../../core/model/describe.js';
import { flagIdOf, type Condition, type Effects } from '../../core/model/types.js';
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

type Item = Record<string, unknown>;

/** How each effect list is keyed and which of its fields a trainer cares about. */
const LISTS: { key: keyof Effects; id: (x: unknown) => string; fields: string[]; summary: string }[] = [
  { key: 'actions', id: (x) => (x as Item).id as string, fields: ['text', 'who', 'due', 'why', 'when'], summary: 'text' },
  { key: 'referrals', id: (x) => (x as Item).agency as string, fields: ['reason', 'share', 'when'], summary: 'reason' },
  { key: 'resources', id: (x) => (x as Item).resource as string, fields: ['note', 'when'], summary: 'note' },
  { key: 'checklist', id: (x) => (x as Item).id as string, fields: ['text', 'when'], summary: 'text' },
  { key: 'flags', id: (x) => flagIdOf(x as string), fields: ['when'], summary: 'when' },
];

/**
 * The effects of one place (a node, an option, a yes/no branch) in both versions: items added,
 * removed, or edited field by field. `where` names the place: 「」, 「選択肢「休みがち」で」.
 */
export function diffEffects(out: Change[], owner: string, where: string, a: Effects | undefined, b: Effects | undefined, oldPath: PathSegment[], newPath: PathSegment[]): void {
  for (const list of LISTS) {
    const before = (a?.[list.key] ?? []) as unknown[];
    const after = (b?.[list.key] ?? []) as unknown[];
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
      for (const field of list.fields) {
        const fa = field === 'when' && typeof y === 'string' ? undefined : (y as Item)[field];
        const fb = field === 'when' && typeof x === 'string' ? undefined : (x as Item)[field];
        if (same(fa, fb)) continue;
        const place = fb !== undefined && typeof x !== 'string' ? [...at, field] : at;
        out.push({ group: 'effects', kind: 'changed', owner, what: `${where}${kind} ${id} の${w.fields[field] ?? field}`, ...opt('before', shown(fa)), ...opt('after', shown(fb)), path: place, side: 'new' });
      }
    });
    before.forEach((x, i) => {
      const id = list.id(x);
      if (newIndex.has(id)) return;
      out.push({ group: 'effects', kind: 'removed', owner, what: `${where}${kind} ${id}`, ...opt('before', summary(x, list.summary)), path: [...oldPath, 'effects', list.key, i], side: 'old' });
    });
  }
}

function summary(x: unknown, field: string): string | undefined {
  return typeof x === 'string' ? undefined : shown((x as Item)[field]);
}

export function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
