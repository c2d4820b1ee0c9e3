/**
 * Reads a file read-only, in bounded chunks, without updating its access time where the OS allows.
 * Synchronous on purpose: it runs on a worker thread, where a blocking read costs nothing, and the
 * four promise round trips of an async open/stat/read/close cost more than reading a small file.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** What was read from a file. */
export type BoundedRead = { buffer: Buffer; size: number; capped: boolean };

const CHUNK = 1024 * 1024;

/** Opens read-only; tries O_NOATIME first (Linux, owner only) so the scan leaves access times alone. */
export const openReadOnly = (path: string | Buffer): number => {
  const noatime = (constants as Record<string, number>).O_NOATIME;
  // O_NONBLOCK keeps a FIFO that slipped past the walk from blocking the open.
  const base = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
  if (noatime) {
    try {
      return openSync(path, base | noatime);
    } catch (err) {
      // EPERM: not the owner, so O_NOATIME is refused; fall back to a plain read-only open.
      if ((err as NodeJS.ErrnoException).code !== 'EPERM') throw err;
    }
  }
  return openSync(path, base);
};

/** Fills `buffer` from `from` on, chunk by chunk, until full, end of file or the deadline; returns the part read. */
export const readInto = (fd: number, buffer: Buffer, from: number, deadline: number): Buffer => {
  let got = from;
  while (got < buffer.length && Date.now() <= deadline) {
    const bytesRead = readSync(fd, buffer, got, Math.min(CHUNK, buffer.length - got), got);
    if (bytesRead === 0) break; // shrank while we read
    got += bytesRead;
  }
  return buffer.subarray(0, got);
};

/**
 * Reads a regular file's head (`headBytes`), then, if `restLimit(head)` allows, up to that many bytes
 * in all. Refuses anything but a regular file (ENOTREG), so a device that slipped past the walk is never read.
 */
export const readHeadThenRest = (path: string | Buffer, headBytes: number, deadline: number, restLimit: (head: Buffer, size: number) => number): BoundedRead => {
  const fd = openReadOnly(path);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    const head = readInto(fd, Buffer.allocUnsafe(Math.min(stat.size, headBytes)), 0, deadline);
    const limit = Math.min(stat.size, restLimit(head, stat.size));
    if (limit <= head.length) return { buffer: head, size: stat.size, capped: stat.size > head.length };
    const full = Buffer.allocUnsafe(limit);
    head.copy(full);
    const buffer = readInto(fd, full, head.length, deadline);
    return { buffer, size: stat.size, capped: stat.size > buffer.length };
  } finally {
    closeSync(fd);
  }
};
