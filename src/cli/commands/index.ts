import { cli } from '../../messages/cli.js';
import { help } from '../../messages/help.js';
import type { CommandSpec } from './types.js';

export type { CommandModule, CommandSpec } from './types.js';

// The registry is built at every start, so it imports only the help texts; each command's code
// and messages load when it runs.
const w = help.walk;
const s = help.sheet;
const t = help.trainer;

/** The interactive walk and its sessions (start, resume, sessions [purge], run). */
const walkCommands: CommandSpec[] = [
  {
    name: 'start',
    description: w.start,
    args: [{ name: '[program]', description: w.startProgram }],
    options: [{ flags: '--encrypt', description: w.encrypt }],
    after: w.startAfter + w.encryptAfter,
    load: () => import('./start.js'),
  },
  {
    name: 'resume',
    description: w.resume,
    args: [{ name: '[id]', description: w.resumeId }],
    load: () => import('./resume.js'),
  },
  {
    name: 'sessions',
    description: w.sessions,
    options: [{ flags: '--json', description: w.sessionsJson }],
    subcommands: [
      {
        name: 'purge',
        description: help.purge.description,
        options: [
          { flags: '--older-than <age>', description: help.purge.olderThan },
          { flags: '--dry-run', description: help.purge.dryRun },
          { flags: '-y, --yes', description: help.purge.yes },
        ],
        after: help.purge.after,
        load: () => import('./sessions-purge.js'),
      },
    ],
    load: () => import('./sessions.js'),
  },
  {
    name: 'run',
    description: w.run,
    args: [{ name: '<program>', description: w.runProgram }],
    options: [
      { flags: '--answers <file>', description: w.runAnswers },
      { flags: '--json', description: w.runJson },
      { flags: '--save', description: w.runSave },
      { flags: '--date <YYYY-MM-DD>', description: s.options.date },
    ],
    after: w.runAfter,
    load: () => import('./run.js'),
  },
];

const drawing = [
  { flags: '--font <file>', description: s.options.font },
  { flags: '--font-bold <file>', description: s.options.fontBold },
  { flags: '--password [password]', description: s.options.password },
  { flags: '--password-file <file>', description: s.options.passwordFile },
  { flags: '--deterministic', description: s.options.deterministic },
  { flags: '--date <YYYY-MM-DD>', description: s.options.date },
  { flags: '--force', description: s.options.force },
];

/** PDF output (render, checklist, batch). */
const sheetCommands: CommandSpec[] = [
  {
    name: 'render',
    description: s.render.description,
    args: [{ name: '[input]', description: s.render.input }],
    options: [
      { flags: '-o, --output <file>', description: s.options.output },
      { flags: '--program <program>', description: s.options.program },
      { flags: '--template <template>', description: s.options.template },
      { flags: '--no-appendix', description: s.options.noAppendix },
      ...drawing,
    ],
    after: s.render.after,
    load: () => import('./render.js'),
  },
  {
    name: 'checklist',
    description: s.checklist.description,
    args: [{ name: '<program>', description: s.checklist.program }],
    options: [
      { flags: '--tool <id>', description: s.checklist.tool },
      { flags: '-o, --output <file>', description: s.options.output },
      { flags: '--from <input>', description: s.checklist.from },
      ...drawing,
    ],
    after: s.checklist.after,
    load: () => import('./checklist.js'),
  },
  {
    name: 'batch',
    description: s.batch.description,
    args: [{ name: '<inputs...>', description: s.batch.inputs }],
    options: [
      { flags: '-o, --output <folder>', description: s.batch.output },
      { flags: '--program <program>', description: s.options.program },
      { flags: '--template <template>', description: s.options.template },
      { flags: '--jobs <n>', description: s.batch.jobs },
      { flags: '--no-appendix', description: s.options.noAppendix },
      ...drawing,
    ],
    after: s.batch.after,
    load: () => import('./batch.js'),
  },
];

const programCommands: CommandSpec[] = [
  {
    name: 'list',
    description: cli.list.description,
    options: [{ flags: '--json', description: cli.list.json }],
    load: () => import('./list.js'),
  },
  {
    name: 'show',
    description: cli.show.description,
    args: [{ name: '<program>', description: cli.show.argument }],
    options: [{ flags: '--json', description: cli.show.json }],
    load: () => import('./show.js'),
  },
  {
    name: 'lint',
    description: cli.lint.description,
    args: [{ name: '[paths...]', description: cli.lint.paths }],
    options: [
      { flags: '--json', description: cli.lint.json },
      { flags: '--format <format>', description: cli.lint.format },
      { flags: '--watch', description: cli.lint.watch },
    ],
    load: () => import('./lint.js'),
  },
];

/** Tools for the trainers who maintain the programs. */
const trainerCommands: CommandSpec[] = [
  {
    name: 'test',
    description: t.test.description,
    args: [{ name: '[programs...]', description: t.test.programs }],
    options: [
      { flags: '--min-coverage <percent>', description: t.test.minCoverage },
      { flags: '--json', description: t.test.json },
      { flags: '--format <format>', description: t.test.format },
    ],
    after: t.test.after,
    load: () => import('./test.js'),
  },
  {
    name: 'graph',
    description: t.graph.description,
    args: [{ name: '<program>', description: t.graph.program }],
    options: [
      { flags: '--format <format>', description: t.graph.format },
      { flags: '-o, --output <file>', description: t.graph.output },
      { flags: '--start <node>', description: t.graph.start },
      { flags: '--tool <id>', description: t.graph.tool },
      { flags: '--paper <size>', description: t.graph.paper },
      { flags: '--orientation <orientation>', description: t.graph.orientation },
      { flags: '--force', description: t.graph.force },
    ],
    after: t.graph.after,
    load: () => import('./graph.js'),
  },
  {
    name: 'diff',
    description: t.diff.description,
    args: [
      { name: '<old>', description: t.diff.old },
      { name: '<new>', description: t.diff.new },
    ],
    options: [
      { flags: '--json', description: t.diff.json },
      { flags: '--format <format>', description: t.diff.format },
    ],
    after: t.diff.after,
    load: () => import('./diff.js'),
  },
  {
    name: 'new',
    description: t.new.description,
    args: [{ name: '<id>', description: t.new.id }],
    options: [
      { flags: '--number <number>', description: t.new.number },
      { flags: '--title <title>', description: t.new.title },
    ],
    after: t.new.after,
    load: () => import('./new.js'),
  },
];

/** Every command of ikusei, in the order `ikusei --help` lists them: the caseworker's first. */
export const COMMANDS: CommandSpec[] = [...walkCommands, ...sheetCommands, ...programCommands, ...trainerCommands];
