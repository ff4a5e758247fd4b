import { help } from '../../messages/help.js';
import type { OptionSpec } from './types.js';

const o = help.sheet.options;

/** The drawing options of render, checklist and batch (each lists them after its own). */
export const DRAWING_OPTIONS: OptionSpec[] = [
  { flags: '--font <file>', description: o.font },
  { flags: '--font-bold <file>', description: o.fontBold },
  { flags: '--password [password]', description: o.password },
  { flags: '--password-file <file>', description: o.passwordFile },
  { flags: '--deterministic', description: o.deterministic },
  { flags: '--date <YYYY-MM-DD>', description: o.date },
  { flags: '--force', description: o.force },
];

/** What DRAWING_OPTIONS and `-o, --output` give a command. */
export interface DrawFlags {
  output?: string;
  font?: string;
  fontBold?: string;
  /** Settled by resolvePdfPassword (pdf-password.ts) before drawOptions is called. */
  password?: string | boolean;
  passwordFile?: string;
  deterministic?: boolean;
  force?: boolean;
  date?: string;
  /** commander's --no-appendix (render and batch) */
  appendix?: boolean;
}
