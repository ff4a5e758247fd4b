// Every problem ikusei finds in a file is a Diagnostic value: a code, a Japanese message and,
// where known, a place. Only the CLI's reporter turns them into text and exit codes.

export type Severity = 'error' | 'warning';

/** Codes are stable (scripts read them from `--format json`); messages may be reworded. */
export type DiagnosticCode =
  // reading the file
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'FILE_TOO_LARGE'
  | 'NOT_UTF8'
  // YAML syntax and safety
  | 'YAML_SYNTAX'
  | 'TAB_INDENT'
  | 'FULLWIDTH_INDENT'
  | 'DUPLICATE_KEY'
  | 'ALIAS_LIMIT'
  | 'FORBIDDEN_KEY'
  | 'TOO_DEEP'
  | 'NOT_A_MAPPING'
  | 'UNKNOWN_FILE_KIND'
  | 'CASE_FILE'
  // schema
  | 'SCHEMA'
  // program semantics
  | 'ID_MISMATCH'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_NUMBER'
  | 'PLACEHOLDER'
  | 'UNKNOWN_NEXT'
  | 'MISSING_NEXT'
  | 'UNUSED_NEXT'
  | 'UNREACHABLE'
  | 'NO_OUTCOME'
  | 'CYCLE'
  | 'UNKNOWN_AGENCY'
  | 'UNKNOWN_RESOURCE'
  | 'UNKNOWN_FLAG'
  | 'UNKNOWN_NODE'
  | 'COND_UNKNOWN_QUESTION'
  | 'COND_NOT_BEFORE'
  | 'COND_BAD_VALUE'
  | 'COND_BAD_OPERATOR'
  | 'EMPTY_TEXT'
  | 'FOLDED_SPACE'
  | 'CONTROL_CHAR'
  | 'MISSING_HELP'
  | 'BAD_RANGE'
  | 'SCENARIO_UNKNOWN_QUESTION'
  | 'SCENARIO_BAD_VALUE'
  | 'SCENARIO_BAD_EXPECT'
  | 'NO_CATALOG'
  // dates, owners and evidence (issue: a sheet a supervisor would sign)
  | 'NO_BASIS'
  | 'BAD_DUE'
  | 'NO_DUE'
  | 'UNKNOWN_WINDOW'
  | 'BAD_WINDOW'
  | 'SOURCE_KIND'
  | 'BAD_FISCAL_YEAR'
  | 'SECONDARY_ONLY'
  | 'AUTHOR_NOTE'
  // catalogs
  | 'CATALOG_UNUSED'
  | 'CATALOG_STALE'
  // other file kinds (templates, answers, sessions) add theirs here
  | 'TEMPLATE_INVALID'
  | 'ANSWERS_INVALID'
  | 'SESSION_INVALID'
  | 'CONFIG_INVALID';

/** One line of a code frame; `mark` holds the text before the marked span and the span itself. */
export interface FrameLine {
  line: number;
  text: string;
  mark?: { before: string; span: string };
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based, in UTF-16 code units like editors count. */
  column?: number;
  hint?: string;
  /** Omitted for files that hold case data: a frame would print it. */
  frame?: FrameLine[];
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.code.localeCompare(b.code)
  );
}
