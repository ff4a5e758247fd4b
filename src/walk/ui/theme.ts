import type { ChalkInstance } from 'chalk';
import { walkMsg } from '../../messages/walk.js';

const q = walkMsg.question;

/**
 * Inquirer's look in ikusei's colours and words. Inquirer colours with node:util styleText, which
 * on Node 20 ignores NO_COLOR and pipes; styling every part with the command's chalk instance
 * keeps prompts as colourless as the rest of the output when colour is off.
 */
export function themeFor(c: ChalkInstance) {
  return {
    prefix: { idle: c.cyan('?'), done: c.green('✔') },
    icon: { cursor: '❯', checked: c.green('◉'), unchecked: '◯', disabledChecked: c.green('◉'), disabledUnchecked: '-' },
    style: {
      answer: (t: string) => c.cyan(t),
      message: (t: string) => c.bold(t),
      error: (t: string) => c.red(`> ${t}`),
      defaultAnswer: (t: string) => c.dim(`(${t})`),
      help: (t: string) => c.dim(t),
      highlight: (t: string) => c.cyan(t),
      key: (t: string) => c.cyan.bold(`<${t}>`),
      description: (t: string) => c.cyan(t),
      disabled: (t: string) => c.dim(t),
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${c.bold(q.keyNames[key] ?? key)} ${c.dim(key === 'space' ? q.spaceKey : (q.keys[action] ?? action))}`).join(c.dim(' • ')),
      renderSelectedChoices: (selected: readonly { short: string }[]) => selected.map((s) => s.short).join(q.choiceSeparator),
    },
    i18n: { disabledError: walkMsg.chooser.missing },
  };
}
