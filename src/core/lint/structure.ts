import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import { suggest } from '../text/suggest.js';
import { type LoadedProgram } from '../model/loaded.js';
import { programIdOf } from '../model/ids.js';
import type { ProgramNode } from '../model/types.js';
import type { PathSegment } from '../yaml/source.js';

/** Ids, routing and the shape of the tree: every walk must end at an outcome. */
export function lintStructure(lp: LoadedProgram): Diagnostic[] {
  const { program, graph } = lp;
  const out: Diagnostic[] = [];
  const err = (path: PathSegment[], code: Diagnostic['code'], message: string, target: 'key' | 'value' = 'value') =>
    out.push(lp.source.atPath(path, code, message, { target }));

  const expected = programIdOf(lp.path);
  if (program.id !== expected) err(['id'], 'ID_MISMATCH', msg.idMismatch(program.id, expected));

  const ids = [...graph.byId.keys()];
  program.nodes.forEach((node, i) => {
    const first = graph.indexOf.get(node.id)!;
    if (first !== i) {
      const { line } = lp.source.lineCounter.linePos(lp.source.rangeOf(['nodes', first, 'id'], 'value').start);
      err(['nodes', i, 'id'], 'DUPLICATE_ID', msg.duplicateNode(node.id, line));
    }
    missingNext(node, i, err);
    if (node.type === 'number' && node.min !== undefined && node.max !== undefined && node.min > node.max) {
      err(['nodes', i, 'min'], 'BAD_RANGE', msg.badRange(node.min, node.max));
    }
    if (node.type === 'single' || node.type === 'multi') {
      const seen = new Set<string>();
      node.options.forEach((o, k) => {
        if (seen.has(o.value)) err(['nodes', i, 'options', k, 'value'], 'DUPLICATE_ID', msg.duplicateOption(o.value));
        seen.add(o.value);
      });
    }
  });

  if (program.start !== undefined && !graph.byId.has(program.start)) {
    err(['start'], 'UNKNOWN_NODE', msg.unknownStart(program.start, suggest(program.start, ids)));
  }
  for (const e of graph.edges) {
    if (!graph.byId.has(e.to)) err(e.path, 'UNKNOWN_NEXT', msg.unknownNext(e.to, suggest(e.to, ids)));
  }
  // Shape checks only make sense once every `next` names a node.
  if (out.some((d) => d.code === 'UNKNOWN_NEXT' || d.code === 'UNKNOWN_NODE')) return out;

  const reachable = graph.reachableFrom(graph.start);
  const toOutcome = graph.leadingToOutcome();
  const cycles = graph.cycles();
  const inCycle = new Set(cycles.flat());
  program.nodes.forEach((node, i) => {
    if (graph.indexOf.get(node.id) !== i) return;
    if (!reachable.has(node.id)) err(['nodes', i, 'id'], 'UNREACHABLE', msg.unreachable(node.id));
    else if (!toOutcome.has(node.id) && !inCycle.has(node.id)) err(['nodes', i, 'id'], 'NO_OUTCOME', msg.noOutcome(node.id));
  });
  for (const cycle of cycles) {
    const last = cycle[cycle.length - 1]!;
    const closing = graph.out.get(last)!.find((e) => e.to === cycle[0])!;
    err(closing.path, 'CYCLE', msg.cycle(cycle));
  }
  return out;
}

function missingNext(node: ProgramNode, i: number, err: (path: PathSegment[], code: Diagnostic['code'], message: string, target?: 'key' | 'value') => void) {
  if (node.type === 'outcome' || node.type === 'info') return; // info requires next in the schema
  const base: PathSegment[] = ['nodes', i];
  if (node.next === undefined) {
    if (node.type === 'single') {
      node.options.forEach((o, k) => {
        if (o.next === undefined) err([...base, 'options', k, 'value'], 'MISSING_NEXT', msg.missingNextOption(o.value));
      });
    } else if (node.type === 'yesno') {
      if (node.yes?.next === undefined) err([...base, ...(node.yes ? ['yes'] : ['id'])], 'MISSING_NEXT', msg.missingNextBranch('はい'), node.yes ? 'key' : 'value');
      if (node.no?.next === undefined) err([...base, ...(node.no ? ['no'] : ['id'])], 'MISSING_NEXT', msg.missingNextBranch('いいえ'), node.no ? 'key' : 'value');
    } else {
      err([...base, 'id'], 'MISSING_NEXT', msg.missingNext);
    }
    if (node.unknown && node.unknown_next === undefined) err([...base, 'unknown'], 'MISSING_NEXT', msg.missingUnknownNext, 'key');
  }
}
