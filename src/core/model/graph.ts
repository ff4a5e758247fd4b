import type { PathSegment } from '../yaml/source.js';
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

const graphs = new WeakMap<Program, ProgramGraph>();

/**
 * The graph of a program, built once per program object and shared: the loader attaches it to a
 * LoadedProgram, and the engine, lint and the trainer tools get that same graph (and its memoised
 * analyses) for the same program, so no walk builds one again.
 */
export function graphOf(program: Program): ProgramGraph {
  let g = graphs.get(program);
  if (!g) graphs.set(program, (g = new ProgramGraph(program)));
  return g;
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

  private readonly succ = new Map<string, string[]>();

  /** Distinct existing successors of a node (computed once per node: every analysis walks them). */
  successors(id: string): string[] {
    let s = this.succ.get(id);
    if (!s) this.succ.set(id, (s = [...new Set((this.out.get(id) ?? []).map((e) => e.to).filter((to) => this.byId.has(to)))]));
    return s;
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

  private topo: Map<string, number> | undefined;

  /**
   * Position of each node in a topological order (Kahn's algorithm); nodes on a cycle have none.
   * In an acyclic tree a path from a to b passes only through nodes ordered between them.
   */
  topologicalIndex(): Map<string, number> {
    if (this.topo) return this.topo;
    const indegree = new Map<string, number>([...this.byId.keys()].map((id) => [id, 0]));
    for (const id of this.byId.keys()) for (const s of this.successors(id)) indegree.set(s, indegree.get(s)! + 1);
    const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
    const order = new Map<string, number>();
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      order.set(id, order.size);
      for (const s of this.successors(id)) {
        indegree.set(s, indegree.get(s)! - 1);
        if (indegree.get(s) === 0) queue.push(s);
      }
    }
    return (this.topo = order);
  }

  private readonly reach = new Map<string, boolean>();

  /** Whether a walk at `from` can still arrive at `to` (memoised: provenance asks the same pairs often). */
  reaches(from: string, to: string): boolean {
    if (from === to) return true;
    const key = `${from}\u0000${to}`;
    let r = this.reach.get(key);
    if (r === undefined) this.reach.set(key, (r = this.canPrecede(from, to)));
    return r;
  }

  /** Work done by canPrecede and canPrecedeMany (nodes searched, bitset words merged): what the complexity test counts. */
  work = 0;

  /**
   * canPrecede for many pairs at once, as lint asks one per condition. A search per pair was
   * quadratic when conditions all over a long tree refer to one early question (8,000 nodes: 26 s).
   * Here each node gets a bitset of the asked questions that can come before it, filled in one
   * pass in topological order for every 1,024 distinct questions: O(edges × questions / 32), and
   * linear when few questions are referred to, as in real programs.
   */
  canPrecedeMany(pairs: readonly (readonly [question: string, node: string])[]): boolean[] {
    const topo = this.topologicalIndex();
    const out = new Array<boolean>(pairs.length).fill(false);
    const asked = new Map<string, number[]>(); // question → indexes of its pairs
    pairs.forEach(([q, n], i) => {
      const [from, to] = [topo.get(q), topo.get(n)];
      if (from === undefined || to === undefined) out[i] = this.canPrecede(q, n); // on a cycle (lint reports it)
      else if (from < to) asked.set(q, [...(asked.get(q) ?? []), i]);
    });
    if (!asked.size) return out;
    const order: string[] = [];
    for (const [id, i] of topo) order[i] = id;
    const succ = order.map((id) => this.successors(id).map((s) => topo.get(s)!));
    const questions = [...asked.keys()];
    for (let c = 0; c < questions.length; c += 1024) {
      const chunk = questions.slice(c, c + 1024);
      const words = Math.ceil(chunk.length / 32);
      const bits = new Uint32Array(order.length * words);
      const own = new Map(chunk.map((q, k) => [topo.get(q)!, k]));
      let [first, last] = [Infinity, -Infinity]; // not Math.max(...): a question may be asked 100,000 times
      for (const [t, k] of own) {
        first = Math.min(first, t);
        for (const i of asked.get(chunk[k]!)!) last = Math.max(last, topo.get(pairs[i]![1])!);
      }
      for (let v = first; v < last; v++) {
        const k = own.get(v);
        if (k !== undefined) bits[v * words + (k >> 5)]! |= 1 << (k & 31);
        for (const u of succ[v]!) {
          for (let w = 0; w < words; w++) bits[u * words + w]! |= bits[v * words + w]!;
          this.work += words;
        }
        // A question's own bit says "answered here", which is not "answered before": it was only
        // needed to pass on to its successors.
        if (k !== undefined) bits[v * words + (k >> 5)]! &= ~(1 << (k & 31));
      }
      chunk.forEach((q, k) => {
        for (const i of asked.get(q)!) out[i] = ((bits[topo.get(pairs[i]![1])! * words + (k >> 5)]! >>> (k & 31)) & 1) === 1;
      });
    }
    return out;
  }

  /** Whether an answer to `question` can exist when `node` is reached: some path leads from one to the other. */
  canPrecede(question: string, node: string): boolean {
    const topo = this.topologicalIndex();
    const [from, to] = [topo.get(question), topo.get(node)];
    if (from !== undefined && to !== undefined) {
      if (from >= to) return false;
      // Search only between the two: linear in the part of the tree that lies between them.
      const seen = new Set<string>();
      const stack = [...this.successors(question)];
      while (stack.length) {
        const id = stack.pop()!;
        if (id === node) return true;
        if (seen.has(id) || (topo.get(id) ?? Infinity) > to) continue;
        seen.add(id);
        this.work++;
        stack.push(...this.successors(id));
      }
      return false;
    }
    return this.reachableFrom(this.successors(question)).has(node); // on a cycle (lint reports it)
  }
}
