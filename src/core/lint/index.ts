import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedCatalog, LoadedProgram } from '../model/loaded.js';
import { staleSources } from './catalog.js';
import { lintConditions } from './conditions.js';
import { controlCharDiagnostics } from './control.js';
import { lintPlaceholders } from './placeholders.js';
import { lintProgramProvenance } from './provenance.js';
import { lintReferences } from './references.js';
import { lintScenarios } from './scenarios.js';
import { lintStructure } from './structure.js';
import { foldedDiagnostics, lintBlankTexts } from './text.js';

/** The semantic checks of one schema-valid program. */
export function lintProgram(lp: LoadedProgram, catalog: LoadedCatalog | undefined, today: Date): Diagnostic[] {
  const known = catalog?.exists ? catalog.catalog : undefined;
  return [
    ...lintStructure(lp),
    ...lintConditions(lp),
    ...lintReferences(lp, known, catalog?.dir ?? 'catalogs/'),
    ...lintScenarios(lp, known),
    ...lintBlankTexts(lp.program, lp),
    ...foldedDiagnostics(lp),
    ...controlCharDiagnostics(lp.program, lp),
    ...staleSources(lp.program.sources, lp, ['sources'], today),
    ...lintProgramProvenance(lp.program, lp, known),
    ...lintPlaceholders(lp),
  ];
}
