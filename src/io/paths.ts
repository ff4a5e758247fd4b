import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// This file is compiled to dist/io/paths.js and run from src/ under vitest: both sit one level
// below the package root, where programs/ and templates/ live.
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bundledProgramsDir = path.join(packageRoot, 'programs');
export const templatesDir = path.join(packageRoot, 'templates');

/** Where sessions and the config live: $IKUSEI_HOME, or ~/.ikusei. */
export function ikuseiHome(env: NodeJS.ProcessEnv): string {
  return env.IKUSEI_HOME && env.IKUSEI_HOME.trim() !== '' ? path.resolve(env.IKUSEI_HOME) : path.join(os.homedir(), '.ikusei');
}

let version: string | undefined;

/** The version of this ikusei (package.json), read once. */
export function ikuseiVersion(): string {
  return (version ??= (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version);
}
