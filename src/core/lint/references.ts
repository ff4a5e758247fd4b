import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import { suggest } from '../text/suggest.js';
import type { LoadedProgram } from '../model/loaded.js';
import { flagIdOf, type Catalog } from '../model/types.js';
import type { PathSegment } from '../yaml/source.js';
import { effectsSites } from './sites.js';

/** Agencies, resources and flags named by a program must exist; an action id means one action. */
export function lintReferences(lp: LoadedProgram, catalog: Catalog | undefined, catalogDir: string): Diagnostic[] {
  const { program, graph } = lp;
  const out: Diagnostic[] = [];
  const err = (path: PathSegment[], code: Diagnostic['code'], message: string) => out.push(lp.source.atPath(path, code, message));
  const flags = (program.flags ?? []).map((f) => f.id);
  let catalogMissingReported = false;
  const agency = (id: string, path: PathSegment[]) => {
    if (!catalog) return noCatalog(path);
    if (!catalog.agencies.has(id)) err(path, 'UNKNOWN_AGENCY', msg.unknownAgency(id, suggest(id, catalog.agencies.keys())));
  };
  const resource = (id: string, path: PathSegment[]) => {
    if (!catalog) return noCatalog(path);
    if (!catalog.resources.has(id)) err(path, 'UNKNOWN_RESOURCE', msg.unknownResource(id, suggest(id, catalog.resources.keys())));
  };
  const noCatalog = (path: PathSegment[]) => {
    if (!catalogMissingReported) err(path, 'NO_CATALOG', msg.noCatalog(catalogDir));
    catalogMissingReported = true;
  };

  const actions = new Map<string, string>();
  const checks = new Map<string, string>();
  const same = (map: Map<string, string>, id: string, body: object, kind: string, path: PathSegment[]) => {
    const key = JSON.stringify({ ...body, when: undefined });
    if (map.has(id) && map.get(id) !== key) err(path, 'DUPLICATE_ID', msg.duplicateItem(kind, id));
    else map.set(id, key);
  };
  for (const { effects, path } of effectsSites(program)) {
    effects.referrals?.forEach((r, k) => agency(r.agency, [...path, 'referrals', k, 'agency']));
    effects.resources?.forEach((r, k) => resource(r.resource, [...path, 'resources', k, 'resource']));
    effects.flags?.forEach((f, k) => {
      const id = flagIdOf(f);
      const at = typeof f === 'string' ? [...path, 'flags', k] : [...path, 'flags', k, 'flag'];
      if (!flags.includes(id)) err(at, 'UNKNOWN_FLAG', msg.unknownFlag(id, suggest(id, flags)));
    });
    effects.actions?.forEach((a, k) => same(actions, a.id, a, msg.action, [...path, 'actions', k, 'id']));
    effects.checklist?.forEach((c, k) => same(checks, c.id, c, msg.check, [...path, 'checklist', k, 'id']));
  }

  const seenFlags = new Set<string>();
  program.flags?.forEach((f, i) => {
    if (seenFlags.has(f.id)) err(['flags', i, 'id'], 'DUPLICATE_ID', msg.duplicateItem(msg.flag, f.id));
    seenFlags.add(f.id);
  });
  const seenTools = new Set<string>();
  program.tools?.forEach((tool, t) => {
    if (seenTools.has(tool.id)) err(['tools', t, 'id'], 'DUPLICATE_ID', msg.duplicateItem(msg.tool, tool.id));
    seenTools.add(tool.id);
    if (tool.kind === 'agencies') tool.agencies.forEach((id, k) => agency(id, ['tools', t, 'agencies', k]));
    if (tool.kind === 'resources') tool.resources.forEach((id, k) => resource(id, ['tools', t, 'resources', k]));
    if (tool.kind === 'flowchart' && !graph.byId.has(tool.start)) {
      err(['tools', t, 'start'], 'UNKNOWN_NODE', msg.unknownNode(tool.start, suggest(tool.start, graph.byId.keys())));
    }
  });
  return out;
}

/** All action and checklist ids a program can produce (scenarios may only expect those). */
export function definedItemIds(lp: LoadedProgram): { actions: Set<string>; checklist: Set<string> } {
  const actions = new Set<string>();
  const checklist = new Set<string>();
  for (const { effects } of effectsSites(lp.program)) {
    effects.actions?.forEach((a) => actions.add(a.id));
    effects.checklist?.forEach((c) => checklist.add(c.id));
  }
  return { actions, checklist };
}
