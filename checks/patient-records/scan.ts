/**
 * The file scan: stream the walk, answer from the cache when a file is unchanged, otherwise inspect it
 * on the worker pool, with a bounded number of files in flight (memory stays flat whatever the tree).
 */
import type { PatientRecords } from '../../reports/schema.js';
import type { ProgressSink, ScanOptions } from '../types.js';
import { openCache, type ScanCache } from './cache.js';
import type { FileOutcome } from './inspect-file.js';
import { createPool, poolThreads, type InspectPool } from './pool.js';
import { containerKind, createRecords } from './records.js';
import { countWalk, walk, type WalkFile } from './walk.js';
import { compilePatterns, type WalkRules } from './walk-rules.js';

/** What one scan needs; `pool` may be injected (tests). */
export type ScanInput = {
  roots: readonly string[];
  options: ScanOptions;
  progress: ProgressSink;
  signal: AbortSignal;
  checkId: string;
  pool?: InspectPool;
};

const PROGRESS_EVERY_MS = 250;
const ETA_AFTER_MS = 2_000;
/** Files above this size are inspected at most one per worker at a time (see bigTurn in scanFiles). */
const BIG_FILE_BYTES = 2 << 20;
/** Big files waiting their turn at most; past it the walk waits. */
const BIG_QUEUE = 64;

/**
 * Tasks in flight, at most `limit`. One waiter at a time (the walk), woken by the task that frees a place:
 * racing every task in flight for each new file (Promise.race) left a reaction per task per file to collect.
 */
export const createGate = (limit: number) => {
  let active = 0;
  let room: (() => void) | null = null;
  let idle: (() => void) | null = null;
  const settle = () => {
    active--;
    if (room && active < limit) {
      room();
      room = null;
    }
    if (idle && active === 0) {
      idle();
      idle = null;
    }
  };
  return {
    /** Counts a task until it settles. */
    track: (task: Promise<unknown>): void => {
      active++;
      task.then(settle, settle);
    },
    full: (): boolean => active >= limit,
    /** Resolves when a place is free. */
    room: (): Promise<void> => (active < limit ? Promise.resolve() : new Promise<void>((resolve) => (room = resolve))),
    /** Resolves when every task has settled. */
    drained: (): Promise<void> => (active === 0 ? Promise.resolve() : new Promise<void>((resolve) => (idle = resolve))),
  };
};

/** Counts files under the roots (no stat, no content) so progress can show a total and an ETA. */
const countFiles = async (roots: readonly string[], rules: WalkRules, signal: AbortSignal): Promise<number> => {
  let n = 0;
  for await (const found of countWalk(roots, rules, signal)) n += found;
  return n;
};

/** Runs the scan and returns the evidence. Cancelling `signal` stops it cleanly with `partial: true`. */
export const scanFiles = async (input: ScanInput): Promise<PatientRecords> => {
  const { roots, options, signal } = input;
  const rules: WalkRules = { include: compilePatterns(options.include), exclude: compilePatterns(options.exclude) };
  const records = createRecords(roots);
  const cache: ScanCache | null = options.cacheDir ? await openCache(options.cacheDir, `max=${options.maxFileBytes}`) : null;
  // Workers start on the first file the cache cannot answer: a re-scan of an unchanged tree needs none.
  let pool: InspectPool | null = input.pool ?? null;
  const threads = input.pool?.threads ?? poolThreads(options.workers);
  const started = Date.now();
  // The total for the ETA: the previous scan's count when the cache has one, else a quick name-only walk.
  let total: number | null = cache?.previousCount(roots) || null;
  if (total === null) void countFiles(roots, rules, signal).then((n) => (total = signal.aborted ? null : n), () => undefined);
  let done = 0;
  let bytes = 0;
  let folder = roots[0] ?? '';
  let lastProgress = 0;
  const progress = (force = false) => {
    const now = Date.now();
    if (!force && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    // No estimate from the first seconds: worker start-up and the first folders would make it wild.
    const settled = done >= 20 && now - started >= ETA_AFTER_MS;
    const eta = total && settled ? Math.max(0, Math.round(((total - done) * (now - started)) / done / 1000)) : null;
    input.progress({ kind: 'files', checkId: input.checkId, filesDone: done, filesTotal: total, bytesDone: bytes, currentFolder: folder, etaSeconds: eta });
  };

  const finish = (file: WalkFile, out: FileOutcome, fromCache = false) => {
    records.outcome(file, out);
    // Only stable answers are remembered: unreadable, vanished or timed-out files are tried again next time.
    // An answer from the cache is already there (the cache keeps the entries it was asked for).
    if (cache && !fromCache && (out.ok || out.problem === 'corrupt')) cache.put(file.path, file.size, file.mtimeMs, out.ok ? out : { ok: false, problem: 'corrupt', message: out.message });
    done++;
    bytes += out.ok ? out.result.bytesRead : 0;
    progress();
  };

  // Enough in flight for the pool to send small files in batches of 16 to every worker, with several batches queued
  // each: a main thread busy walking or collecting garbage must not leave a worker waiting.
  const inFlight = createGate(threads * 96);
  const bigWaiting = createGate(BIG_QUEUE);
  const hardLimitMs = Math.round(options.fileTimeoutMs * 1.5) + 2_000;
  // One listener on the scan's signal for all tasks in flight (one each would pass the listener limit).
  const running = new Set<AbortController>();
  const abortAll = () => running.forEach((c) => c.abort());
  signal.addEventListener('abort', abortAll, { once: true });
  const inspect = (file: WalkFile): Promise<void> => {
    const fsPath = typeof file.fsPath === 'string' ? file.fsPath : new Uint8Array(file.fsPath);
    const task = { fsPath, name: file.path, maxBytes: options.maxFileBytes, timeoutMs: options.fileTimeoutMs, size: file.size };
    // The worker stops itself at the time limit; the hard limit kills a worker stuck inside a parser.
    pool ??= createPool(options.workers);
    // A clearable timer rather than AbortSignal.timeout/any: those keep every task's signal, listener
    // and result alive until the hard limit passes (~tens of thousands of files on a fast scan).
    const stop = new AbortController();
    running.add(stop);
    const timer = setTimeout(() => stop.abort(), hardLimitMs);
    return pool
      .run(task, stop.signal)
      .then((out) => {
        if (!signal.aborted) finish(file, out);
      })
      // A bug while recording an outcome costs that file, not the scan (the gate counts rejected tasks as done).
      .catch((err: unknown) => records.problem(file.path, 'worker-failed', `inspection failed (${(err as Error).name})`))
      .finally(() => {
        clearTimeout(timer);
        running.delete(stop);
      });
  };
  // Big files: at most one per worker at a time, in walk order, so a worker never holds two
  // multi-MB texts at once, while small files keep the other workers busy meanwhile.
  let bigFree = threads;
  const bigTurns: (() => void)[] = [];
  const bigTurn = (): Promise<void> => (bigFree > 0 ? (bigFree--, Promise.resolve()) : new Promise<void>((resolve) => bigTurns.push(resolve)));
  const bigDone = () => {
    const next = bigTurns.shift();
    if (next) next();
    else bigFree++;
  };
  try {
    for await (const ev of walk(roots, rules, signal)) {
      if (signal.aborted) break;
      if (ev.kind === 'dir') folder = ev.path;
      else if (ev.kind === 'skip') records.skip(ev.reason);
      else if (ev.kind === 'problem') records.problem(ev.path, ev.problem, ev.message);
      else {
        const file = ev.file;
        records.seen();
        const kind = containerKind(file.path);
        if (kind) {
          records.container(file, kind, 'data store: listed, not parsed');
          done++;
          continue;
        }
        const cached = cache?.get(file.path, file.size, file.mtimeMs);
        if (cached) {
          finish(file, cached, true);
          continue;
        }
        if (file.size > BIG_FILE_BYTES) {
          bigWaiting.track(bigTurn().then(() => (signal.aborted ? undefined : inspect(file))).finally(bigDone));
          if (bigWaiting.full()) await bigWaiting.room();
          continue;
        }
        inFlight.track(inspect(file));
        if (inFlight.full()) await inFlight.room();
      }
    }
    await bigWaiting.drained();
    await inFlight.drained();
  } finally {
    signal.removeEventListener('abort', abortAll);
    if (!input.pool && pool) await pool.close();
  }
  progress(true);
  if (cache) await cache.save(roots);
  return records.build(signal.aborted);
};
