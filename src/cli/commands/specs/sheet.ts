import type { CommandSpec } from '../types.js';

/** PDF output (render, checklist, batch). */
export const sheetCommands: CommandSpec[] = [];
