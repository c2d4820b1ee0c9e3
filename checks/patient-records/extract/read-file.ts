/**
 * Reads a file read-only, in bounded chunks, without updating its access time where the OS allows.
 * Synchronous on purpose: it runs on a worker thread, where a blocking read costs nothing, and the
 * four promise round trips of an async open/stat/read/close cost more than reading a small file.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** What was read from a file; `sampled` when it is windows spread over the file rather than its start. */
export type BoundedRead = { buffer: Buffer; size: number; capped: boolean; sampled?: boolean };

/** How to read past the head: up to `limit` bytes from the start, or `windows` of whole lines spread over the file. */
export type ReadPlan = { limit: number; windows?: { count: number; bytes: number } };

const CHUNK = 1024 * 1024;
const NEWLINE = Buffer.from('\n');

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

/** Fills `buffer` from `from` on (file offset `at + from`), chunk by chunk, until full, end of file or the deadline; returns the part read. */
const readInto = (fd: number, buffer: Buffer, from: number, deadline: number, at = 0): Buffer => {
  let got = from;
  while (got < buffer.length && Date.now() <= deadline) {
    const bytesRead = readSync(fd, buffer, got, Math.min(CHUNK, buffer.length - got), at + got);
    if (bytesRead === 0) break; // shrank while we read
    got += bytesRead;
  }
  return buffer.subarray(0, got);
};

/** The part of a window from its first line start (except at the file start) to its last line end (except at EOF). */
const wholeLines = (window: Buffer, atStart: boolean, atEnd: boolean): Buffer => {
  const from = atStart ? 0 : window.indexOf(0x0a) + 1;
  const to = atEnd ? window.length : window.lastIndexOf(0x0a) + 1;
  return from > 0 && to <= from ? Buffer.alloc(0) : window.subarray(from, to > 0 ? to : window.length);
};

/**
 * Reads `count` windows of `bytes` spread evenly from the start to the end of the file, cut to whole
 * lines (a newline is never inside a UTF-8 character). The first window holds the head (and a table's header).
 */
const readWindows = (fd: number, size: number, count: number, bytes: number, deadline: number): Buffer => {
  const parts: Buffer[] = [];
  for (let i = 0; i < count && Date.now() <= deadline; i++) {
    const at = Math.floor((i * (size - bytes)) / (count - 1));
    const window = readInto(fd, Buffer.allocUnsafe(bytes), 0, deadline, at);
    const lines = wholeLines(window, at === 0, at + window.length >= size);
    // A window with no line end at all (one huge line) must not run into the next one.
    if (parts.length && parts.at(-1)?.at(-1) !== 0x0a) parts.push(NEWLINE);
    parts.push(lines);
  }
  return Buffer.concat(parts);
};

/**
 * Reads a regular file's head (`headBytes`), then what `plan(head, size)` asks for: more from the start,
 * or windows over the whole file. Refuses anything but a regular file (ENOTREG), so a device that
 * slipped past the walk is never read.
 */
export const readHeadThenRest = (path: string | Buffer, headBytes: number, deadline: number, plan: (head: Buffer, size: number) => ReadPlan): BoundedRead => {
  const fd = openReadOnly(path);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    const head = readInto(fd, Buffer.allocUnsafe(Math.min(stat.size, headBytes)), 0, deadline);
    const { limit: wanted, windows } = plan(head, stat.size);
    const limit = Math.min(stat.size, wanted);
    if (windows && stat.size > limit && windows.count > 1 && windows.count * windows.bytes < stat.size) {
      return { buffer: readWindows(fd, stat.size, windows.count, windows.bytes, deadline), size: stat.size, capped: true, sampled: true };
    }
    if (limit <= head.length) return { buffer: head, size: stat.size, capped: stat.size > head.length };
    const full = Buffer.allocUnsafe(limit);
    head.copy(full);
    const buffer = readInto(fd, full, head.length, deadline);
    return { buffer, size: stat.size, capped: stat.size > buffer.length };
  } finally {
    closeSync(fd);
  }
};
