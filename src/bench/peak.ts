// Runs one ikusei command in-process and reports the process's peak RSS on stderr, so the
// benchmark can measure memory without platform tools such as /usr/bin/time.
import { processIo } from '../cli/io.js';
import { run } from '../cli/run.js';

const io = processIo();
io.stdout = { write: () => true, isTTY: false };
const code = await run(process.argv.slice(2), io);
process.stderr.write(`PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
