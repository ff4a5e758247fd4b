import type { PathSegment } from '../yaml/source.js';
import type { Condition, Effects, Program } from '../model/types.js';

/** Where a block of effects sits: its YAML path and the node whose answer triggers it. */
export interface EffectsSite {
  effects: Effects;
  path: PathSegment[];
  node: string;
}

/** Where a condition sits, and the node at which it is evaluated (none for printed tools). */
export interface ConditionSite {
  condition: Condition;
  path: PathSegment[];
  node?: string;
}

export function effectsSites(program: Program): EffectsSite[] {
  const out: EffectsSite[] = [];
  program.nodes.forEach((node, i) => {
    const at = (effects: Effects | undefined, ...rest: PathSegment[]) => {
      if (effects) out.push({ effects, path: ['nodes', i, ...rest, 'effects'], node: node.id });
    };
    at(node.effects);
    if (node.type === 'single' || node.type === 'multi') node.options.forEach((o, k) => at(o.effects, 'options', k));
    if (node.type === 'yesno') {
      at(node.yes?.effects, 'yes');
      at(node.no?.effects, 'no');
    }
  });
  return out;
}

export function conditionSites(program: Program): ConditionSite[] {
  const out: ConditionSite[] = [];
  program.nodes.forEach((node, i) => {
    if (node.type !== 'outcome') node.route?.forEach((r, k) => out.push({ condition: r.when, path: ['nodes', i, 'route', k, 'when'], node: node.id }));
  });
  for (const { effects, path, node } of effectsSites(program)) {
    for (const kind of ['actions', 'referrals', 'resources', 'checklist'] as const) {
      (effects[kind] ?? []).forEach((item, k) => {
        if (item.when) out.push({ condition: item.when, path: [...path, kind, k, 'when'], node });
      });
    }
    effects.flags?.forEach((f, k) => {
      if (typeof f !== 'string' && f.when) out.push({ condition: f.when, path: [...path, 'flags', k, 'when'], node });
    });
  }
  program.tools?.forEach((tool, t) => {
    if (tool.kind !== 'checklist') return;
    tool.sections.forEach((section, s) =>
      section.items.forEach((item, k) => {
        if (item.when) out.push({ condition: item.when, path: ['tools', t, 'sections', s, 'items', k, 'when'] });
      }),
    );
  });
  return out;
}
