import type { CommandSpec } from '../types.js';

/** The interactive walk and its sessions (start, resume, sessions, run). */
export const walkCommands: CommandSpec[] = [];
