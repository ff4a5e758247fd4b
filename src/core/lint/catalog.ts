import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { lint as msg } from '../../messages/lint.js';
import type { CatalogFile, LoadedProgram } from '../model/loaded.js';
import type { Source } from '../model/types.js';
import type { PathSegment, YamlSource } from '../yaml/source.js';
import { controlCharDiagnostics } from './control.js';
import { foldedDiagnostics } from './text.js';
import { effectsSites } from './sites.js';
import { lintCatalogProvenance } from './provenance.js';

/** The programs are reviewed every year, so a source not checked for 12 months is flagged. */
export const STALE_AFTER_MONTHS = 12;

export function staleSources(sources: readonly Source[] | undefined, file: { readonly source: YamlSource }, path: PathSegment[], today: Date): Diagnostic[] {
  const limit = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - STALE_AFTER_MONTHS, today.getUTCDate()));
  const out: Diagnostic[] = [];
  sources?.forEach((s, i) => {
    if (new Date(`${s.checked}T00:00:00Z`) < limit) {
      out.push(file.source.atPath([...path, i, 'checked'], 'CATALOG_STALE', msg.catalogStale(s.checked, STALE_AFTER_MONTHS), { severity: 'warning' }));
    }
  });
  return out;
}

export function lintCatalogFile(file: CatalogFile, today: Date): Diagnostic[] {
  const out: Diagnostic[] = [...foldedDiagnostics(file), ...controlCharDiagnostics(file.data, file), ...lintCatalogProvenance(file.data, file)];
  for (const key of ['agencies', 'resources'] as const) {
    file.data[key]?.forEach((entry, i) => out.push(...staleSources(entry.sources, file, [key, i, 'sources'], today)));
  }
  return out;
}

/** Catalog entries no program refers to (only meaningful when every program was loaded). */
export function lintUnused(files: readonly CatalogFile[], programs: readonly LoadedProgram[]): Diagnostic[] {
  const used = { agencies: new Set<string>(), resources: new Set<string>() };
  for (const lp of programs) {
    for (const { effects } of effectsSites(lp.program)) {
      effects.referrals?.forEach((r) => used.agencies.add(r.agency));
      effects.resources?.forEach((r) => used.resources.add(r.resource));
    }
    for (const tool of lp.program.tools ?? []) {
      if (tool.kind === 'agencies') tool.agencies.forEach((id) => used.agencies.add(id));
      if (tool.kind === 'resources') tool.resources.forEach((id) => used.resources.add(id));
    }
  }
  const out: Diagnostic[] = [];
  for (const file of files) {
    for (const key of ['agencies', 'resources'] as const) {
      file.data[key]?.forEach((entry, i) => {
        if (!used[key].has(entry.id)) {
          const kind = key === 'agencies' ? msg.agency : msg.resource;
          out.push(file.source.atPath([key, i, 'id'], 'CATALOG_UNUSED', msg.catalogUnused(kind, entry.id), { severity: 'warning' }));
        }
      });
    }
  }
  return out;
}
