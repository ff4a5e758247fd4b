import type { Diagnostic } from './diagnostic.js';

/** Exit codes, documented in README.md (終了コード). */
export const ExitCode = {
  OK: 0,
  /** The input was read but has problems: lint errors, failed scenarios, invalid answers. */
  PROBLEMS: 1,
  /** The command line was wrong: unknown option, unknown program, no terminal for a prompt. */
  USAGE: 2,
  /** A file or folder could not be read or written, or a needed resource (a font) is unusable. */
  ENVIRONMENT: 3,
  /** A bug in ikusei. */
  INTERNAL: 70,
  /** Interrupted by Ctrl-C, SIGTERM or a closed terminal (shell convention 128 + SIGINT). */
  INTERRUPTED: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An expected failure with a Japanese message for the user. The CLI's top level prints it and
 * exits with `exitCode`; nothing else calls process.exit. Messages never contain case data.
 */
export class IkuseiError extends Error {
  override readonly name = 'IkuseiError';
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
    readonly options: { hint?: string; diagnostics?: Diagnostic[] } = {},
  ) {
    super(message);
  }
}

export const usageError = (message: string, hint?: string) => new IkuseiError(message, ExitCode.USAGE, { hint });
export const environmentError = (message: string, hint?: string) => new IkuseiError(message, ExitCode.ENVIRONMENT, { hint });
export const problemsError = (message: string, diagnostics: Diagnostic[] = [], hint?: string) =>
  new IkuseiError(message, ExitCode.PROBLEMS, { diagnostics, hint });
