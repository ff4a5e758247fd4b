import { Command, CommanderError, Option } from 'commander';
import { ExitCode, usageError, type ErrorCode, type ExitCodeValue, type IkuseiError } from '../core/diagnostics/errors.js';
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
export async function run(argv: string[], io: Io): Promise<ExitCodeValue> {
  // Made when a command runs, or when an error must be printed: help needs neither.
  let ctx: CommandContext | undefined;
  let exitCode: ExitCodeValue = ExitCode.OK;
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
    for (const o of spec.options ?? []) cmd.addOption(o.choices ? new Option(o.flags, o.description).choices(o.choices) : new Option(o.flags, o.description));
    const after = spec.after;
    if (after) cmd.addHelpText('after', () => wrapCells(after, width));
    for (const sub of spec.subcommands ?? []) define(cmd, sub);
    if (spec.load) {
      const load = spec.load;
      cmd.action(async (...params: unknown[]) => {
        const command = params[params.length - 1] as Command;
        const globals = command.optsWithGlobals<{ programs?: string; color?: boolean }>();
        await loadColors(io, globals.color === false);
        const [{ createContext }, { reportError }] = await Promise.all([import('../app/command-context.js'), import('./report.js')]);
        ctx = createContext(io, globals, reportError);
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
    const { reportError } = await import('./report.js');
    ctx ??= (await import('../app/command-context.js')).createContext(io, { color: !noColor }, reportError);
    if (error instanceof CommanderError) return ctx.report(commanderError(error, argv, (await import('../core/text/suggest.js')).suggest));
    return ctx.report(error);
  }
}

/** commander's English errors → Japanese usage errors (exit 2), reported like any other. */
function commanderError(error: CommanderError, argv: string[], suggest: typeof import('../core/text/suggest.js').suggest): IkuseiError {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const u = common.usage;
  const [code, message]: [ErrorCode, string] = (() => {
    switch (error.code) {
      case 'commander.unknownOption':
        // commander finds the nearest option of the command (showSuggestionAfterError, on by default).
        return ['USAGE_UNKNOWN_OPTION', u.unknownOption(quoted, /Did you mean (\S+?)\?/.exec(error.message)?.[1])];
      case 'commander.unknownCommand':
        return ['USAGE_UNKNOWN_COMMAND', u.unknownCommand(quoted, suggest(quoted, COMMANDS.map((c) => c.name)))];
      case 'commander.missingArgument':
        return ['USAGE_MISSING_ARGUMENT', u.missingArgument(quoted)];
      case 'commander.optionMissingArgument':
        return ['USAGE_MISSING_OPTION_VALUE', u.optionMissingArgument(quoted)];
      case 'commander.excessArguments':
        return ['USAGE_EXCESS_ARGUMENTS', u.excessArguments];
      case 'commander.invalidArgument': {
        // A value outside an option's choices (`--format xml`): commander says "option '--format <format>'
        // argument 'xml' is invalid. Allowed choices are …"; the choices are taken from the spec.
        const bad = /^error: option '([^']+)' argument '(.*)' is invalid\./.exec(error.message);
        const named = argv.find((a) => COMMANDS.some((c) => c.name === a));
        const option = bad && COMMANDS.find((c) => c.name === named)?.options?.find((o) => o.flags === bad[1]);
        if (bad && option?.choices) {
          const name = /--[\w-]+/.exec(option.flags)![0];
          return [name === '--format' ? 'USAGE_BAD_FORMAT' : 'USAGE_INVALID_ARGUMENT', cli.badChoice(name, bad[2]!, option.choices)];
        }
        return ['USAGE_INVALID_ARGUMENT', u.invalidArgument(error.message.replace(/^error: /, ''))];
      }
      default:
        return ['USAGE_OTHER', u.other(error.message.replace(/^error: /, ''))];
    }
  })();
  const command = ['ikusei', ...argv.filter((a) => COMMANDS.some((c) => c.name === a)).slice(0, 1)].join(' ');
  return usageError(code, message, u.seeHelp(command));
}
