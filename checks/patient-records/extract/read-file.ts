/** Reads a file read-only, in bounded chunks, without updating its access time where the OS allows. */
import { constants, promises as fs } from 'node:fs';

/** What was read from a file. */
export type BoundedRead = { buffer: Buffer; size: number; capped: boolean };

const CHUNK = 1024 * 1024;

/** Opens read-only; tries O_NOATIME first (Linux, owner only) so the scan leaves access times alone. */
export const openReadOnly = async (path: string | Buffer): Promise<fs.FileHandle> => {
  const noatime = (constants as Record<string, number>).O_NOATIME;
  // O_NONBLOCK keeps a FIFO that slipped past the walk from blocking the open.
  const base = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
  if (noatime) {
    try {
      return await fs.open(path, base | noatime);
    } catch (err) {
      // EPERM: not the owner, so O_NOATIME is refused; fall back to a plain read-only open.
      if ((err as NodeJS.ErrnoException).code !== 'EPERM') throw err;
    }
  }
  return fs.open(path, base);
};

/** Reads at most `maxBytes` from the start of a regular file, chunk by chunk. Refuses anything but a regular file. */
export const readBounded = async (path: string | Buffer, maxBytes: number, deadline = Infinity): Promise<BoundedRead> => {
  const handle = await openReadOnly(path);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    const want = Math.min(stat.size, maxBytes);
    const buffer = Buffer.allocUnsafe(want);
    let got = 0;
    while (got < want && Date.now() <= deadline) {
      const { bytesRead } = await handle.read(buffer, got, Math.min(CHUNK, want - got), got);
      if (bytesRead === 0) break; // shrank while we read
      got += bytesRead;
    }
    return { buffer: buffer.subarray(0, got), size: stat.size, capped: stat.size > got };
  } finally {
    await handle.close();
  }
};

/** Reads the first `n` bytes (for format sniffing). */
export const readHead = async (path: string | Buffer, n = 8192): Promise<Buffer> => (await readBounded(path, n)).buffer;
