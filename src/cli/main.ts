import { processIo } from './io.js';
import { run } from './run.js';

/** Entry point of bin/ikusei.js: the only place that reads `process` and sets the exit code. */
export async function main(): Promise<void> {
  // `ikusei list | head` closes the pipe early; that is not an error worth a message.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await run(process.argv.slice(2), processIo());
}
