/**
 * The passphrase of this run, for encrypted session files.
 *
 * Readers of case files (src/io/case/read.ts) and the session store are called from many commands
 * without a context, so the passphrase lives here, bound to the environment of the command being
 * run: createContext() binds it, once per command (and once per batch worker thread, whose context
 * is rebuilt from a copy of the command's environment). IKUSEI_PASSPHRASE in that environment is
 * the one source: a passphrase typed at a prompt is put there too, so that batch workers get it
 * with the rest of the environment. Nothing here is written to disk or printed.
 */

export const PASSPHRASE_ENV = 'IKUSEI_PASSPHRASE';

let bound: NodeJS.ProcessEnv | undefined;

/** Called by createContext(): the environment whose IKUSEI_PASSPHRASE counts from now on. */
export function bindEnvironment(env: NodeJS.ProcessEnv): void {
  bound = env;
}

/** The passphrase, if one was given (an empty variable counts as none). */
export function currentPassphrase(): string | undefined {
  const p = bound?.[PASSPHRASE_ENV];
  return p ? p : undefined;
}

/** A passphrase typed at a prompt: from now on this run reads and writes with it. */
export function usePassphrase(passphrase: string): void {
  bound ??= {};
  bound[PASSPHRASE_ENV] = passphrase;
}
