import fs from 'node:fs';
import path from 'node:path';
import { hasErrors } from '../core/diagnostics/diagnostic.js';
import { problemsError, usageError } from '../core/diagnostics/errors.js';
import { common } from '../messages/common.js';
import { lintProgram } from '../core/lint/index.js';
import { loadCatalog, loadProgramFile, programFiles } from '../io/program/load.js';
import { displayPath, type LoadedCatalog, type LoadedProgram } from '../core/model/loaded.js';
import { programIdOf } from '../core/model/ids.js';
import { PROGRAM_NUMBERS } from '../core/model/types.js';
import { cacheKey, readCache, writeCache, type Cache } from '../io/program/cache.js';
import { schemasHash } from '../io/schema/registry.js';
import { ikuseiVersion } from '../io/paths.js';
import { catalogHome } from '../io/program/catalog-home.js';
import { suggest } from '../core/text/suggest.js';
import { tryReadFileCapped } from '../io/files/read-capped.js';
import { LIMITS } from '../core/yaml/source.js';
import type { CommandContext } from './command-context.js';

// Kept apart from command-context.ts so that `ikusei --help` does not load the YAML and schema stack.

/**
 * A program named by id (koukousei), number (III or 3) or path. An unknown name is a usage
 * error that lists the names that exist.
 */
export function resolveProgramFile(ctx: CommandContext, ref: string): string {
  const asPath = path.resolve(ctx.io.cwd, ref);
  if (/[\\/]|\.ya?ml$/i.test(ref) && fs.existsSync(asPath) && fs.statSync(asPath).isFile()) return asPath;
  const files = programFiles(ctx.programsDir);
  const byId = files.find((f) => programIdOf(f) === ref);
  if (byId) return byId;
  const number = /^[1-6]$/.test(ref) ? PROGRAM_NUMBERS[Number(ref) - 1] : ref.toUpperCase();
  // The name is compared as text, never put into a pattern: `show '('` must be "not found".
  if ((PROGRAM_NUMBERS as readonly string[]).includes(number ?? '')) {
    // A draft never answers to a number: `show 1` and `start I` reach program I, not a trainer's copy.
    const byNumber = files.find((f) => {
      const text = tryReadFileCapped(f, LIMITS.maxBytes)?.toString('utf8') ?? '';
      return programNumberOf(text) === number && !isDraft(text);
    });
    if (byNumber) return byNumber;
  }
  const ids = files.map(programIdOf);
  throw usageError('PROGRAM_NOT_FOUND', common.unknownProgram(ref, suggest(ref, ids)), common.unknownProgramHint(ids));
}

/** Whether a program file says `draft: true` at its top level (read like the number, without parsing). */
function isDraft(text: string): boolean {
  return /^draft:\s*['"]?true['"]?\s*(#.*)?$/m.test(text);
}

/** The `number:` a program file declares at its top level, read without parsing the YAML. */
function programNumberOf(text: string): string | undefined {
  return /^number:\s*['"]?([IVX]+)['"]?\s*$/m.exec(text)?.[1];
}

/** Loads a program for use (walk, render): any error in it or its catalog stops the command. */
export function openProgram(ctx: CommandContext, ref: string): { program: LoadedProgram; catalog: LoadedCatalog } {
  const file = resolveProgramFile(ctx, ref);
  const shown = displayPath(file, ctx.io.cwd);
  const cache = programCache(ctx);
  const loaded = loadProgramFile(file, ctx.io.cwd, cache);
  const catalog = loadCatalog(catalogHomeFor(ctx, file), ctx.io.cwd, cache);
  if (loaded.program && !catalog.diagnostics.length && readCache(cache, verdictKey(loaded.program, catalog))) {
    return { program: loaded.program, catalog }; // linted clean before, with these very contents
  }
  const problems = loaded.program
    ? [...catalog.diagnostics, ...lintProgram(loaded.program, catalog, ctx.io.now())]
    : loaded.diagnostics;
  if (!loaded.program || hasErrors(problems)) {
    throw problemsError('PROGRAM_INVALID', common.programHasErrors(shown), problems.filter((d) => d.severity === 'error'), common.programHasErrorsHint(shown));
  }
  writeCache(cache, verdictKey(loaded.program, catalog), { clean: true });
  return { program: loaded.program, catalog };
}

/** The programs folder whose catalogs a program file is checked against (see model/catalog-home.ts). */
export function catalogHomeFor(ctx: CommandContext, file: string): string {
  return catalogHome(path.dirname(file), ctx.programsDir);
}

/** Parsed programs and lint verdicts, kept in $IKUSEI_HOME/cache (see model/cache.ts). */
export function programCache(ctx: CommandContext): Cache {
  return { dir: path.join(ctx.home, 'cache') };
}

/** Lint's verdict depends on the program, its catalogs and the checks themselves (the version). */
function verdictKey(program: LoadedProgram, catalog: LoadedCatalog): string {
  const catalogs = catalog.files.map((f) => `${f.path}\0${JSON.stringify(f.data)}`);
  return cacheKey('lint-clean', program.hash, ...catalogs, schemasHash(), ikuseiVersion());
}
