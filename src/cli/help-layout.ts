import type { Command, HelpConfiguration } from 'commander';
import { cli } from '../messages/cli.js';
import { cellWidth } from '../core/text/width.js';
import { fill } from '../core/text/wrap.js';
import type { OutStream } from '../app/io.js';

// commander lays help out by UTF-16 code units and breaks only at spaces: Japanese lines ran to
// 145 cells and broke 「2⏎つ」. These hooks measure terminal cells and break with the sheets'
// 禁則 rules (no line starts with 。、」 or small kana), keeping a number with the word after it.

/** The terminal's width, or 80 when the help goes to a pipe; capped so lines stay readable. */
export function helpWidth(stream: OutStream): number {
  const columns = stream.isTTY && stream.columns ? stream.columns : 80;
  return Math.max(40, Math.min(columns, 100));
}

/** commander's help, in Japanese words, laid out by cells in `width` columns. */
export function helpConfiguration(width: number): HelpConfiguration {
  return {
    helpWidth: width,
    minWidthToWrap: 12,
    sortSubcommands: false,
    styleTitle: (title: string) => cli.helpTitles[title] ?? title,
    displayWidth: cellWidth,
    // Our descriptions name an option's values in Japanese (「text（既定）または json」); commander would add
    // an English `(choices: "text", "json")` for options with choices().
    optionDescription: (option) => option.description,
    boxWrap: (text: string, max: number) => wrapCells(text, max, false), // commander indents the rest itself
    commandUsage: (cmd: Command) => [...ancestors(cmd), cmd.name()].join(' ') + ' ' + usageWords(cmd.usage()),
    subcommandTerm: (cmd: Command) =>
      [cmd.name(), cmd.options.length ? cli.usageWords['[options]'] : '', ...cmd.registeredArguments.map(argumentTerm)].filter(Boolean).join(' '),
  };
}

function ancestors(cmd: Command): string[] {
  const out: string[] = [];
  for (let p = cmd.parent; p; p = p.parent) out.unshift(p.name());
  return out;
}

function argumentTerm(arg: Command['registeredArguments'][number]): string {
  const name = arg.name() + (arg.variadic ? '...' : '');
  return arg.required ? `<${name}>` : `[${name}]`;
}

/** `[options] [command]` → the Japanese words (argument names stay as the README writes them). */
export function usageWords(usage: string): string {
  return usage.replace(/\[options\]|\[command\]/g, (w) => cli.usageWords[w] ?? w);
}

/**
 * Text wrapped to `width` cells, line by line. A line already short enough is left alone (examples
 * are laid out by hand). With `hanging`, a longer example line (`ikusei …␣␣説明`) continues under
 * its explanation, or puts the explanation on its own lines when the command takes half the
 * width; other lines continue two cells in from their own indent.
 */
export function wrapCells(text: string, width: number, hanging = true): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width, hanging))
    .join('\n');
}

function wrapLine(line: string, width: number, hanging: boolean): string {
  if (cellWidth(line) <= width) return line;
  const spaces = /^ */.exec(line)![0].length;
  const indent = Math.min(spaces, Math.floor(width / 2)); // a deep hand-made indent gives way
  const text = line.slice(spaces);
  if (!hanging) return fill(text, indent, indent, width);
  const example = /^(\S.*?\S)( {2,})(\S.*)$/.exec(text);
  if (!example) return fill(text, indent, indent + 2, width);
  const [, command, gap, explanation] = example as unknown as [string, string, string, string];
  const column = indent + cellWidth(command + gap);
  if (column <= width / 2) return ' '.repeat(indent) + command + gap + fill(explanation, column, column, width).slice(column);
  return fill(command, indent, indent + 2, width) + '\n' + fill(explanation, indent + 4, indent + 4, width);
}
