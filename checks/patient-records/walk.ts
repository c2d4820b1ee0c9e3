/**
 * Streams the files under the chosen roots without holding the tree in memory. Never follows symbolic
 * links (so no loops), never opens FIFOs, sockets or devices, stays on each root's volume, and keeps
 * file names that are not valid UTF-8 addressable (as bytes).
 */
import { lstatSync, promises as fs, readdirSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { skipDirReason, skipFileReason, type WalkRules } from './walk-rules.js';

/** A file to inspect. `fsPath` is what fs calls take (bytes when the name is not valid UTF-8); `path` is for people. */
export type WalkFile = { path: string; fsPath: string | Buffer; size: number; mtimeMs: number; dir: string };

/** What the walk reports, in order. */
export type WalkEvent =
  | { kind: 'file'; file: WalkFile }
  | { kind: 'dir'; path: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'problem'; path: string; problem: string; message: string };

type Pending = { display: string; fsPath: string | Buffer; depth: number; dev: number; volumeRoot: boolean };

const SEP = Buffer.from(path.sep);

const childPath = (parent: string | Buffer, name: Buffer, nameText: string, display: string): string | Buffer => {
  // Bytes that are not UTF-8 decode to U+FFFD; only then (or for a real U+FFFD) compare the bytes.
  const valid = !nameText.includes('\uFFFD') || Buffer.from(nameText, 'utf8').equals(name);
  // A valid name under a valid parent: the fs path is the display path (one string, not two).
  if (valid && typeof parent === 'string') return display;
  const base = typeof parent === 'string' ? Buffer.from(parent, 'utf8') : parent;
  return Buffer.concat(base.at(-1) === SEP[0] ? [base, name] : [base, SEP, name]);
};

/** Problem kind for an fs error code (what the report's errors[] say). */
export const problemOf = (err: unknown): { problem: string; message: string } => {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  if (code === 'EACCES' || code === 'EPERM') return { problem: 'unreadable', message: 'permission denied' };
  if (code === 'ENOENT') return { problem: 'vanished', message: 'deleted during the scan' };
  if (code === 'ELOOP') return { problem: 'symlink-loop', message: 'too many levels of symbolic links' };
  return { problem: 'unreadable', message: code ? `cannot read (${code})` : 'cannot read' };
};

const isVolumeRoot = (p: string): boolean => path.parse(p).root === p;

/** Walks the roots depth-first, yielding files as they are found. */
export async function* walk(roots: readonly string[], rules: WalkRules, signal?: AbortSignal): AsyncGenerator<WalkEvent> {
  const stack: Pending[] = [];
  for (const root of roots) {
    try {
      const real = await fs.realpath(root);
      const st = await fs.stat(real);
      if (st.isFile()) yield { kind: 'file', file: { path: real, fsPath: real, size: st.size, mtimeMs: st.mtimeMs, dir: path.dirname(real) } };
      else if (st.isDirectory()) stack.push({ display: real, fsPath: real, depth: 0, dev: st.dev, volumeRoot: isVolumeRoot(real) });
      else yield { kind: 'problem', path: root, problem: 'special-file', message: 'not a regular file or folder: not opened' };
    } catch (err) {
      yield { kind: 'problem', path: root, ...problemOf(err) };
    }
  }
  while (stack.length) {
    if (signal?.aborted) return;
    const dir = stack.pop() as Pending;
    yield { kind: 'dir', path: dir.display };
    let handle;
    try {
      handle = await fs.opendir(dir.fsPath as string, { encoding: 'buffer' as BufferEncoding, bufferSize: 128 });
    } catch (err) {
      yield { kind: 'problem', path: dir.display, ...problemOf(err) };
      continue;
    }
    const subdirs: Pending[] = [];
    // Files are stat'ed synchronously as they are met: cheaper on this thread than a promise through the thread pool each.
    const statFile = (display: string, fsPath: string | Buffer, name: string): WalkEvent | null => {
      let st: Stats;
      try {
        st = lstatSync(fsPath as string);
      } catch (err) {
        return { kind: 'problem', path: display, ...problemOf(err) };
      }
      // Some network file systems do not report entry types: the lstat decides.
      if (st.isDirectory()) {
        if (!skipDirReason(rules, display, name, dir.depth + 1, dir.volumeRoot)) subdirs.push({ display, fsPath, depth: dir.depth + 1, dev: dir.dev, volumeRoot: false });
        return null;
      }
      if (!st.isFile()) return { kind: 'problem', path: display, problem: 'special-file', message: 'not a regular file: not opened' };
      return { kind: 'file', file: { path: display, fsPath, size: st.size, mtimeMs: st.mtimeMs, dir: dir.display } };
    };
    try {
      for await (const dirent of handle as AsyncIterable<Dirent<Buffer>>) {
        if (signal?.aborted) break;
        const raw = dirent.name as unknown as Buffer;
        const name = raw.toString('utf8');
        const display = path.join(dir.display, name);
        const fsPath = childPath(dir.fsPath, raw, name, display);
        if (dirent.isSymbolicLink()) {
          yield { kind: 'skip', reason: 'symlink' };
          continue;
        }
        if (dirent.isFIFO() || dirent.isSocket() || dirent.isCharacterDevice() || dirent.isBlockDevice()) {
          yield { kind: 'problem', path: display, problem: 'special-file', message: 'FIFO, socket or device: not opened' };
          continue;
        }
        if (dirent.isDirectory()) {
          const reason = skipDirReason(rules, display, name, dir.depth + 1, dir.volumeRoot);
          if (reason) yield { kind: 'skip', reason: `folder-${reason}` };
          else subdirs.push({ display, fsPath, depth: dir.depth + 1, dev: dir.dev, volumeRoot: false });
          continue;
        }
        const reason = skipFileReason(rules, display, name);
        if (reason) {
          yield { kind: 'skip', reason };
          continue;
        }
        const ev = statFile(display, fsPath, name);
        if (ev) yield ev;
      }
    } catch (err) {
      yield { kind: 'problem', path: dir.display, ...problemOf(err) };
    }
    // Other volumes mounted inside a root are left alone unless they are roots themselves (allVolumes adds them).
    const subStats = await Promise.allSettled(subdirs.map((sub) => fs.lstat(sub.fsPath as string)));
    for (let i = subdirs.length - 1; i >= 0; i--) {
      const sub = subdirs[i] as Pending;
      const res = subStats[i] as PromiseSettledResult<Awaited<ReturnType<typeof fs.lstat>>>;
      if (res.status === 'rejected') yield { kind: 'problem', path: sub.display, ...problemOf(res.reason) };
      else if (res.value.dev !== dir.dev) yield { kind: 'skip', reason: 'folder-other-volume' };
      else stack.push(sub);
    }
  }
}

/**
 * Counts the files the walk would yield, for the progress total: one synchronous directory read at a time
 * (a fraction of the cost of the streaming walk, which must stat every file), yielding each folder's count so
 * the event loop keeps feeding the workers. Approximate on purpose: folders on other volumes are not excluded.
 */
export async function* countWalk(roots: readonly string[], rules: WalkRules, signal?: AbortSignal): AsyncGenerator<number> {
  const stack: { dir: string; depth: number; volumeRoot: boolean }[] = roots.map((r) => ({ dir: r, depth: 0, volumeRoot: isVolumeRoot(r) }));
  while (stack.length && !signal?.aborted) {
    const { dir, depth, volumeRoot } = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    let n = 0;
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!skipDirReason(rules, full, e.name, depth + 1, volumeRoot)) stack.push({ dir: full, depth: depth + 1, volumeRoot: false });
      } else if (e.isFile() && !skipFileReason(rules, full, e.name)) n++;
    }
    yield n;
    // Let the scan's own walk and the workers' answers through between folders.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
