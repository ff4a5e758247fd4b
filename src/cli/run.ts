import { Command, CommanderError } from 'commander';
import { ExitCode } from '../core/diagnostics/errors.js';
import { cli } from '../messages/cli.js';
import { common } from '../messages/common.js';
import { ikuseiVersion } from '../io/paths.js';
import { COMMANDS, type CommandSpec } from './commands/index.js';
import type { CommandContext } from '../app/command-context.js';
import { helpConfiguration, helpWidth, wrapCells } from './help-layout.js';
import { loadColors, type Io } from '../app/io.js';

/**
 * The whole CLI as a function: argv and IO in, exit code out. Only main.ts touches `process`.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  // Made when a command runs, or when an error must be printed: help needs neither.
  let ctx: CommandContext | undefined;
  let exitCode: number = ExitCode.OK;
  const root = new Command('ikusei');
  const width = helpWidth(io.stdout);
  root
    .description(cli.description)
    .version(ikuseiVersion(), '-V, --version', cli.versionOption)
    .helpOption('-h, --help', cli.helpOption)
    .helpCommand(`help ${cli.usageWords['[command]']}`, cli.helpCommand)
    .option('--programs <dir>', cli.programsOption)
    .option('--no-color', cli.noColorOption)
    .addHelpText('after', () => wrapCells(cli.rootAfter, width))
    .configureHelp(helpConfiguration(width)) // inherited by every subcommand
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: () => undefined })
    .exitOverride();

  const define = (parent: Command, spec: CommandSpec) => {
    const cmd = parent.command(spec.name).description(spec.description).helpOption('-h, --help', cli.helpOption);
    for (const a of spec.args ?? []) cmd.argument(a.name, a.description);
    for (const o of spec.options ?? []) cmd.option(o.flags, o.description);
    const after = spec.after;
    if (after) cmd.addHelpText('after', () => wrapCells(after, width));
    for (const sub of spec.subcommands ?? []) define(cmd, sub);
    if (spec.load) {
      const load = spec.load;
      cmd.action(async (...params: unknown[]) => {
        const command = params[params.length - 1] as Command;
        const globals = command.optsWithGlobals<{ programs?: string; color?: boolean }>();
        await loadColors(io, globals.color === false);
        ctx = (await import('../app/command-context.js')).createContext(io, globals);
        const args = params.slice(0, -2).flatMap((a) => (a === undefined ? [] : Array.isArray(a) ? a.map(String) : [String(a)]));
        await (await import('./unlock.js')).unlockForCommand(ctx, spec.name, args, command.opts()); // passphrase prompt, on a terminal
        exitCode = await (await load()).run(ctx, args, command.opts());
      });
    }
  };
  for (const spec of COMMANDS) define(root, spec);

  if (argv.length === 0) {
    io.stdout.write(root.helpInformation());
    return ExitCode.OK;
  }
  try {
    await root.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError && ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return ExitCode.OK;
    // Modules only a failure needs are loaded here, not at every start.
    const noColor = argv.includes('--no-color');
    await loadColors(io, noColor);
    ctx ??= (await import('../app/command-context.js')).createContext(io, { color: !noColor });
    if (error instanceof CommanderError) return commanderError(error, argv, ctx, (await import('../core/text/suggest.js')).suggest);
    await (await import('../core/text/width.js')).loadWidth(); // errors may carry code frames
    return (await import('../app/report.js')).reportError(error, ctx);
  }
}

/** commander's English errors → Japanese, exit 2. Help and version are not errors. */
function commanderError(error: CommanderError, argv: string[], ctx: CommandContext, suggest: typeof import('../core/text/suggest.js').suggest): number {
  if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return ExitCode.OK;
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const u = common.usage;
  const message = (() => {
    switch (error.code) {
      case 'commander.unknownOption':
        // commander finds the nearest option of the command (showSuggestionAfterError, on by default).
        return u.unknownOption(quoted, /Did you mean (\S+?)\?/.exec(error.message)?.[1]);
      case 'commander.unknownCommand':
        return u.unknownCommand(quoted, suggest(quoted, COMMANDS.map((c) => c.name)));
      case 'commander.missingArgument':
        return u.missingArgument(quoted);
      case 'commander.optionMissingArgument':
        return u.optionMissingArgument(quoted);
      case 'commander.excessArguments':
        return u.excessArguments;
      case 'commander.invalidArgument':
        return u.invalidArgument(error.message.replace(/^error: /, ''));
      default:
        return u.other(error.message.replace(/^error: /, ''));
    }
  })();
  const command = ['ikusei', ...argv.filter((a) => COMMANDS.some((c) => c.name === a)).slice(0, 1)].join(' ');
  const c = ctx.err;
  ctx.io.stderr.write(`${c.bold(common.prefix)}: ${message}\n  ${c.cyan(common.hint)}: ${u.seeHelp(command)}\n`);
  return ExitCode.USAGE;
}
