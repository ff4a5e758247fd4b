// What commands import: the context and the program helpers. run.ts imports only
// command-context.ts so that `ikusei --help` does not load the YAML and schema stack.
export { createContext, type CommandContext } from './command-context.js';
export { openProgram, resolveProgramFile } from './programs.js';
