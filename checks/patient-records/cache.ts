/**
 * The incremental re-scan cache: one JSON line per file, keyed by path, size and modified time (and the
 * scanner's settings). It holds only what the report may hold (redacted verdicts), never file content.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { FileVerdict } from './inspect-file.js';

/** Bump when extractors or detectors change what a verdict would say. */
export const CACHE_VERSION = 'pr-22';
const FILE_NAME = 'patient-records-cache.jsonl';

/** What is remembered per file: a redacted verdict, or a corrupt-file problem (both stable while the file is unchanged). */
export type CachedOutcome = { ok: true; result: FileVerdict } | { ok: false; problem: 'corrupt'; message: string };

type Line = { p: string; s: number; m: number; k: string; o: CachedOutcome };

/** The cache of one scan: look-ups against the previous scan, and the entries to keep for the next. */
export type ScanCache = {
  get: (filePath: string, size: number, mtimeMs: number) => CachedOutcome | null;
  put: (filePath: string, size: number, mtimeMs: number, outcome: CachedOutcome) => void;
  /** Writes the cache: entries seen now, plus old entries outside this scan's roots. */
  save: (roots: readonly string[]) => Promise<void>;
  hits: () => number;
  /** Files the previous scan saw under these roots (0 when there was none). */
  previousCount: (roots: readonly string[]) => number;
};

const PATH_END = '","s":';

/**
 * What is worth keeping of an outcome: a file that is not listed keeps only what the report counts (format,
 * bytes read, protection, notes), not its detector counts, so the cache stays small and quick to read back.
 */
export const slimOutcome = (o: CachedOutcome): CachedOutcome => {
  if (!o.ok || o.result.verdict.category) return o;
  return { ok: true, result: { ...o.result, verdict: { category: null, identifiers: {}, healthContext: {}, estimatedPatients: 0, samples: [] } } };
};

/**
 * The path of a cache line without parsing the whole line (the verdict is parsed only on a hit). Lines start
 * `{"p":"...","s":`; inside a JSON string every quote is escaped, so the first `","s":` ends the path.
 */
export const pathOf = (line: string): string | null => {
  if (!line.startsWith('{"p":"')) return null;
  const end = line.indexOf(PATH_END, 6);
  if (end < 0) return null;
  const inner = line.slice(6, end);
  // Without a backslash the JSON string is its own text (most paths): no parse needed.
  if (!inner.includes('\\')) return inner;
  try {
    return JSON.parse(line.slice(5, end + 1)) as string;
  } catch {
    return null;
  }
};

const under = (p: string, roots: readonly string[]): boolean => roots.some((r) => p === r || p.startsWith(r.endsWith(path.sep) ? r : r + path.sep));

/** Opens (or starts) the cache in `dir`. A missing or unreadable cache file just means a cold scan. */
export const openCache = async (dir: string, settingsKey: string): Promise<ScanCache> => {
  const key = `${CACHE_VERSION}|${settingsKey}`;
  const keyJson = JSON.stringify(key);
  const file = path.join(dir, FILE_NAME);
  // Raw lines, parsed only on a hit: cheaper than holding 100,000 parsed objects.
  const previous = new Map<string, string>();
  // A line that could not be read back: the next save rewrites the file without it.
  let torn = false;
  const keep = (line: string) => {
    if (!line) return;
    const p = pathOf(line);
    // A torn last line from an interrupted save has no path (or no end): skip it.
    if (p !== null && line.endsWith('}')) previous.set(p, line);
    else torn = true;
  };
  try {
    // Split by hand in 1 MB chunks: several times quicker than readline on 100,000 lines.
    let carry = '';
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      const text = carry + (chunk as string);
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        keep(text.slice(start, nl));
        start = nl + 1;
      }
      carry = text.slice(start);
    }
    keep(carry);
  } catch {
    // No cache yet.
  }
  // Entries of this scan go to the temp file as they come (in batches), so memory does not grow with the tree.
  const tmp = `${file}.${process.pid}.tmp`;
  let handle: fs.FileHandle | null = null;
  let batch: string[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    if (!batch.length) return writing;
    const text = `${batch.join('\n')}\n`;
    batch = [];
    writing = writing.then(async () => {
      if (!handle) {
        await fs.mkdir(dir, { recursive: true, mode: 0o700 });
        handle = await fs.open(tmp, 'w', 0o600);
      }
      await handle.write(text);
    });
    return writing;
  };
  const add = (raw: string) => {
    batch.push(raw);
    if (batch.length >= 1000) void flush().catch(() => undefined);
  };
  // Entries answered from the cache stay as they are in `previous`; only their paths are noted.
  const hitPaths = new Set<string>();
  let puts = 0;
  const countUnder = (roots: readonly string[]): number => {
    let n = 0;
    for (const p of previous.keys()) if (under(p, roots)) n++;
    return n;
  };
  return {
    get: (p, s, m) => {
      const raw = previous.get(p);
      if (!raw) return null;
      // Size, time and settings are compared as the text they were written as; only the outcome is parsed.
      const end = raw.indexOf(PATH_END, 6);
      const middle = `${PATH_END}${JSON.stringify(s)},"m":${JSON.stringify(m)},"k":${keyJson},"o":`;
      if (!raw.startsWith(middle, end)) return null;
      const outcome = JSON.parse(raw.slice(end + middle.length, -1)) as CachedOutcome;
      hitPaths.add(p);
      return outcome;
    },
    put: (p, s, m, o) => {
      puts++;
      add(JSON.stringify({ p, s, m, k: key, o: slimOutcome(o) } satisfies Line));
    },
    save: async (roots) => {
      // Every file under the roots answered from the cache and nothing new: the file on disk is already right.
      if (puts === 0 && !torn && hitPaths.size === countUnder(roots)) return;
      try {
        // Old entries outside this scan's roots are kept (this scan cannot have seen them); those under them
        // are kept when this scan met them unchanged, and dropped when their file changed or is gone.
        for (const [p, raw] of previous) if (!under(p, roots) || hitPaths.has(p)) add(raw);
        await flush();
        if (!handle) {
          await fs.mkdir(dir, { recursive: true, mode: 0o700 });
          handle = await fs.open(tmp, 'w', 0o600);
        }
      } finally {
        await (handle as fs.FileHandle | null)?.close();
        handle = null;
      }
      await fs.rename(tmp, file);
    },
    hits: () => hitPaths.size,
    previousCount: countUnder,
  };
};
