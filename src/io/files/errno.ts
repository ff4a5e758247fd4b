/**
 * The code of a failed system call (ENOENT, EEXIST, EACCES …), or undefined for an error without
 * one. Node's fs errors carry it as a string `code`; a caught value is `unknown` to the compiler.
 */
export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
