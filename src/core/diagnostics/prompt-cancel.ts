/**
 * Whether `error` is inquirer's way of saying the prompt was cancelled (Ctrl-C, an abort signal,
 * `cancel()`). By name, so that recognising one loads nothing: cli/ checks it on every failure.
 */
const PROMPT_CANCELS: ReadonlySet<string> = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

export function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && PROMPT_CANCELS.has(error.name);
}
