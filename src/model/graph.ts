import type { PathSegment } from './yaml/source.js';
import type { Program, ProgramNode } from './types.js';

export type EdgeKind = 'route' | 'option' | 'yes' | 'no' | 'unknown' | 'next';

/** A possible move from one node to another, with the YAML path of the `next` that makes it. */
export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** The option value or branch for 'option'/'yes'/'no'; the rule index for 'route'. */
  label?: string;
  path: PathSegment[];
}

/** Every `next` a node can take, in the order the engine tries them. */
export function nodeEdges(node: ProgramNode, index: number): Edge[] {
  const base: PathSegment[] = ['nodes', index];
  const out: Edge[] = [];
  const add = (to: string | undefined, kind: EdgeKind, path: PathSegment[], label?: string) => {
    if (to !== undefined) out.push({ from: node.id, to, kind, path: [...base, ...path], ...(label !== undefined ? { label } : {}) });
  };
  if (node.type === 'outcome') return out;
  node.route?.forEach((r, i) => add(r.next, 'route', ['route', i, 'next'], String(i)));
  if (node.type === 'single') node.options.forEach((o, i) => add(o.next, 'option', ['options', i, 'next'], o.value));
  if (node.type === 'yesno') {
    add(node.yes?.next, 'yes', ['yes', 'next'], 'yes');
    add(node.no?.next, 'no', ['no', 'next'], 'no');
  }
  if (node.type !== 'info' && node.unknown) add(node.unknown_next, 'unknown', ['unknown_next']);
  add(node.next, 'next', ['next']);
  return out;
}

/** The program as a graph, with the analyses lint, the engine and the trainer tools share. */
export class ProgramGraph {
  readonly byId = new Map<string, ProgramNode>();
  readonly indexOf = new Map<string, number>();
  readonly edges: Edge[] = [];
  readonly out = new Map<string, Edge[]>();
  readonly start: string;

  constructor(readonly program: Program) {
    program.nodes.forEach((node, i) => {
      if (!this.byId.has(node.id)) {
        this.byId.set(node.id, node);
        this.indexOf.set(node.id, i);
      }
      const edges = nodeEdges(node, i);
      this.edges.push(...edges);
      if (!this.out.has(node.id)) this.out.set(node.id, edges);
    });
    this.start = program.start ?? program.nodes[0]?.id ?? '';
  }

  /** Distinct existing successors of a node. */
  successors(id: string): string[] {
    return [...new Set((this.out.get(id) ?? []).map((e) => e.to).filter((to) => this.byId.has(to)))];
  }

  reachableFrom(start: string | string[]): Set<string> {
    const seen = new Set<string>();
    const stack = (Array.isArray(start) ? start : [start]).filter((s) => this.byId.has(s));
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...this.successors(id));
    }
    return seen;
  }

  /** Nodes from which some outcome can be reached. */
  leadingToOutcome(): Set<string> {
    const preds = new Map<string, string[]>();
    for (const e of this.edges) if (this.byId.has(e.to)) preds.set(e.to, [...(preds.get(e.to) ?? []), e.from]);
    const good = new Set<string>();
    const stack = [...this.byId.values()].filter((n) => n.type === 'outcome').map((n) => n.id);
    while (stack.length) {
      const id = stack.pop()!;
      if (good.has(id)) continue;
      good.add(id);
      stack.push(...(preds.get(id) ?? []));
    }
    return good;
  }

  /**
   * Each cycle once, as node ids in walking order: Tarjan's strongly connected components,
   * iterative so that a 10,000-node chain does not overflow the call stack.
   */
  cycles(): string[][] {
    let counter = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const found: string[][] = [];
    for (const root of this.byId.keys()) {
      if (index.has(root)) continue;
      const work: { v: string; succ: string[]; i: number }[] = [];
      const enter = (v: string) => {
        index.set(v, counter);
        low.set(v, counter++);
        stack.push(v);
        onStack.add(v);
        work.push({ v, succ: this.successors(v), i: 0 });
      };
      enter(root);
      while (work.length) {
        const frame = work[work.length - 1]!;
        if (frame.i < frame.succ.length) {
          const w = frame.succ[frame.i++]!;
          if (!index.has(w)) enter(w);
          else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
          continue;
        }
        work.pop();
        const v = frame.v;
        const parent = work[work.length - 1];
        if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(v)!));
        if (low.get(v) !== index.get(v)) continue;
        const component = new Set<string>();
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.add(w);
        } while (w !== v);
        if (component.size > 1 || frame.succ.includes(v)) found.push(this.orderCycle(component));
      }
    }
    return found;
  }

  /** A walk around a strongly connected component, starting at its earliest node in the file. */
  private orderCycle(component: Set<string>): string[] {
    const first = [...component].sort((a, b) => this.indexOf.get(a)! - this.indexOf.get(b)!)[0]!;
    const path = [first];
    const seen = new Set(path);
    let cur = first;
    for (;;) {
      const next = this.successors(cur).find((s) => component.has(s) && (!seen.has(s) || s === first));
      if (!next || next === first) return path;
      path.push(next);
      seen.add(next);
      cur = next;
    }
  }

  private reach = new Map<string, Set<string>>();

  /** Whether an answer to `question` can exist when `node` is reached (memoised per question). */
  canPrecede(question: string, node: string): boolean {
    let r = this.reach.get(question);
    if (!r) {
      r = this.reachableFrom(this.successors(question));
      this.reach.set(question, r);
    }
    return r.has(node);
  }
}
