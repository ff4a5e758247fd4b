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
 * Which failure an IkuseiError is, one code per distinct failure. Codes are stable: tests, scripts
 * and support read them (printed as `[CODE]` after the message); messages may be reworded. Listed
 * in README.md (終了コード) with their exit codes.
 */
export type ErrorCode =
  // the command line (exit 2)
  | 'USAGE_UNKNOWN_COMMAND'
  | 'USAGE_UNKNOWN_OPTION'
  | 'USAGE_MISSING_ARGUMENT'
  | 'USAGE_MISSING_OPTION_VALUE'
  | 'USAGE_EXCESS_ARGUMENTS'
  | 'USAGE_INVALID_ARGUMENT'
  | 'USAGE_OTHER'
  | 'USAGE_MISSING_OPTION'
  | 'USAGE_MISSING_INPUT'
  | 'USAGE_CONFLICTING_OPTIONS'
  | 'USAGE_BAD_FORMAT'
  | 'USAGE_BAD_DATE'
  | 'USAGE_BAD_NUMBER'
  | 'USAGE_BAD_AGE'
  | 'USAGE_BAD_PAPER'
  | 'USAGE_BAD_ORIENTATION'
  | 'USAGE_BAD_PROGRAM_ID'
  | 'USAGE_BAD_PROGRAM_NUMBER'
  | 'USAGE_EMPTY_PASSWORD'
  | 'USAGE_NEED_TTY'
  | 'USAGE_FILE_NOT_FOUND'
  | 'USAGE_NOT_A_SESSION'
  // what the command names does not exist, or is in the way (exit 2)
  | 'PROGRAM_NOT_FOUND'
  | 'PROGRAM_NUMBER_TAKEN'
  | 'NO_PROGRAMS'
  | 'NODE_NOT_FOUND'
  | 'TOOL_NOT_FOUND'
  | 'NO_TOOLS'
  | 'TEMPLATE_NOT_FOUND'
  | 'TEMPLATE_NOT_SHEET'
  | 'CASE_NOT_FOUND'
  | 'CASE_NO_PROGRAM'
  | 'SESSION_NOT_FOUND'
  | 'NO_SESSIONS'
  | 'OUTPUT_EXISTS'
  | 'OUTPUT_IS_FOLDER'
  | 'BATCH_NO_INPUTS'
  | 'BATCH_DUPLICATE_NAME'
  // the input has problems (exit 1)
  | 'PROGRAM_INVALID'
  | 'TEMPLATE_INVALID'
  | 'CONFIG_INVALID'
  | 'ANSWERS_INVALID'
  | 'ANSWERS_MISSING'
  | 'CASE_INVALID'
  | 'CASE_WRONG_PROGRAM'
  | 'WALK_STUCK'
  | 'SESSION_INVALID'
  | 'SESSION_MISNAMED'
  | 'SESSION_COPY'
  | 'SESSION_FUTURE_VERSION'
  | 'ENCRYPTION_UNSUPPORTED'
  | 'ENCRYPTION_MALFORMED'
  // files, folders, fonts, locks and passphrases (exit 3)
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'WRITE_FAILED'
  | 'MKDIR_FAILED'
  | 'FOLDER_NOT_OWNED'
  | 'FOLDER_OPEN_TO_OTHERS'
  | 'SESSION_LOCKED'
  | 'SESSION_CHANGED'
  | 'PASSPHRASE_NEEDED'
  | 'PASSPHRASE_WRONG'
  | 'PASSPHRASE_GAVE_UP'
  | 'PURGE_FAILED'
  | 'FONT_NOT_FOUND'
  | 'FONT_UNREADABLE'
  | 'FONT_INVALID'
  | 'FONT_MISSING_GLYPHS'
  // exit 130
  | 'INTERRUPTED';

/**
 * An expected failure: a code (which failure), a Japanese message for the user, and the exit code.
 * Only cli/ prints it (cli/report.ts) and exits with `exitCode`; nothing else calls process.exit.
 * Messages never contain case data.
 */
export class IkuseiError extends Error {
  override readonly name = 'IkuseiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly exitCode: ExitCodeValue,
    readonly options: { hint?: string; diagnostics?: Diagnostic[] } = {},
  ) {
    super(message);
  }
}

export const usageError = (code: ErrorCode, message: string, hint?: string) => new IkuseiError(code, message, ExitCode.USAGE, { hint });
export const environmentError = (code: ErrorCode, message: string, hint?: string) => new IkuseiError(code, message, ExitCode.ENVIRONMENT, { hint });
export const problemsError = (code: ErrorCode, message: string, diagnostics: Diagnostic[] = [], hint?: string) =>
  new IkuseiError(code, message, ExitCode.PROBLEMS, { diagnostics, hint });
