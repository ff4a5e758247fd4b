import { Separator } from '@inquirer/prompts';
import { cellWidth } from '../../core/text/width.js';
import { fillLines, stripEscapes, wrapStyled, wrapStyledLine } from '../../core/text/wrap.js';
import type { ListItem } from './prompts.js';
import type { themeFor } from './theme.js';

// Inquirer cuts long lines wherever the terminal width falls, leaving 。 at the start of a line.
// Everything a prompt shows is laid out here first, by cells and with 禁則 (util/wrap.ts), so
// each line already fits and inquirer has nothing left to cut.

type Theme = ReturnType<typeof themeFor>;

/**
 * A prompt's message and theme laid out for `width`: the message wrapped after 「? 」, the answer
 * echoed after it wrapped to what is left of the line (or whole on the next), help, errors and
 * key hints wrapped too. `selected` rewrites a checkbox's echoed choices (「（メニュー）」).
 */
export function promptLayout(message: string, width: number, base: Theme, keySeparator: string, selected?: (text: string) => string) {
  const lines = message.split('\n');
  const wrapped = lines.map((l, i) => (i === 0 ? wrapStyledLine(l, width, { first: 2 }) : wrapStyledLine(`  ${l}`, width))).join('\n');
  const last = wrapped.split('\n').pop()!;
  const used = (wrapped.includes('\n') ? 0 : 2) + cellWidth(last) + 1;
  const style = base.style;
  const after = (t: string) => {
    const plain = stripEscapes(t);
    if (used + cellWidth(plain) <= width) return t;
    if (2 + cellWidth(plain) <= width) return `\n  ${plain}`;
    return fillLines(plain, width - used, width - 2).join('\n  ');
  };
  const theme = {
    ...base,
    style: {
      ...style,
      answer: (t: string) => style.answer(after(t)),
      error: (t: string) => wrapStyled(style.error(t), width),
      description: (t: string) => style.description(wrapStyled(t, width)),
      keysHelpTip: (keys: [string, string][]) => keyLines(keys.map((k) => style.keysHelpTip([k])), keySeparator, width),
      renderSelectedChoices: (chosen: readonly { short: string }[]) => (selected ?? ((x: string) => x))(style.renderSelectedChoices(chosen)),
    },
  };
  return { message: wrapped, theme };
}

/** Choice names wrapped after the cursor (and check box): `prefix` cells. The echoed answer stays whole. */
export function wrapChoices<T extends string>(items: ListItem<T>[], prefix: number, width: number) {
  return items.map((i) => (i === 'separator' ? new Separator(' ') : { ...i, short: i.name, name: wrapStyledLine(i.name, width, { first: prefix }) }));
}

/** Key hints (「Enter 決定」) joined as long as they fit a line; a hint is never split. */
function keyLines(hints: string[], separator: string, width: number): string {
  const lines: string[] = [];
  for (const h of hints) {
    const last = lines[lines.length - 1];
    if (last !== undefined && cellWidth(last + separator + h) <= width) lines[lines.length - 1] = last + separator + h;
    else lines.push(h);
  }
  return lines.join('\n');
}
