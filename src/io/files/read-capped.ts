import fs from 'node:fs';

/**
 * Reading a file named by a user or by another file, with a hard cap on the bytes read. A size
 * checked by stat() alone is not enough: /dev/zero and /proc files report size 0 and never end,
 * a FIFO blocks the open until someone writes, and a file can grow between stat() and read().
 * So the file is opened without blocking, must be a regular file once symlinks are followed
 * (fstat of the open descriptor, not of the name), and is read at most `maxBytes + 1` bytes.
 */

/** Why a read was refused; `code` fits the errno-like codes the fs messages already name. */
export class CappedReadError extends Error {
  override readonly name = 'CappedReadError';
  constructor(readonly code: 'ENOTREG' | 'EFBIG') {
    super(code);
  }
}

const CHUNK = 64 * 1024;

export function readFileCapped(file: string, maxBytes: number): Buffer {
  // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new CappedReadError('ENOTREG');
    if (stat.size > maxBytes) throw new CappedReadError('EFBIG');
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte past the cap tells a file that grew beyond it from one that ends there.
    while (total <= maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
    }
    if (total > maxBytes) throw new CappedReadError('EFBIG');
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** readFileCapped, undefined when the file is missing, unreadable or refused (for best-effort readers). */
export function tryReadFileCapped(file: string, maxBytes: number): Buffer | undefined {
  try {
    return readFileCapped(file, maxBytes);
  } catch {
    return undefined;
  }
}
