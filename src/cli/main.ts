import { ExitCode } from '../core/diagnostics/errors.js';
import { processIo } from '../app/io.js';
import { run } from './run.js';

/** Entry point of bin/ikusei.js: the only place that reads `process` and sets the exit code. */
export async function main(): Promise<void> {
  const io = processIo();
  // `ikusei list | head` closes the pipe early; that is not an error worth a message.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // An error that escapes run() (a callback, a stray promise) gets the same one-line Japanese
  // report as any other bug, never Node's stack trace with whatever data it carries.
  const crash = async (error: unknown) => {
    const [{ reportError }, { createContext }] = await Promise.all([import('./report.js'), import('../app/command-context.js')]);
    process.exitCode = createContext(io, {}, reportError).report(error);
    process.exit(process.exitCode ?? ExitCode.INTERNAL);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  process.exitCode = await run(process.argv.slice(2), io);
}
