/** The worker pool (piscina): one thread per core, each running inspect-file (bundled to plain JS when run from the TS sources). */
import os from 'node:os';
import { Piscina } from 'piscina';
import type { FileOutcome, FileTask } from './inspect-file.js';
import { sourceWorkerBundle } from './worker-bundle.js';

/** Runs file inspections on worker threads. */
export type InspectPool = {
  threads: number;
  run: (task: FileTask, signal: AbortSignal) => Promise<FileOutcome>;
  close: () => Promise<void>;
};

/** Heap per worker: a smaller heap makes V8 collect sooner, keeping the pool's resident memory low. */
const WORKER_HEAP_MB = 128;

/** Files up to this size may share a worker round trip with others. */
const BATCH_FILE_BYTES = 64 << 10;
/** Files per batch at most. */
const BATCH_FILES = 16;

type Waiting = { task: FileTask; signal: AbortSignal; resolve: (out: FileOutcome) => void };

/** Threads the pool will use: `workers`, or one per core when 0. */
export const poolThreads = (workers: number): number => (workers > 0 ? workers : Math.max(1, os.availableParallelism?.() ?? os.cpus().length));

/**
 * The worker's entry: in the app's build, the bundled worker beside this chunk; from the TS sources, the worker
 * bundled now (plain JS, fast to start), else the boot file that registers tsx and loads scan-worker.ts.
 */
const workerFile = (): string => {
  const boot = new URL('./scan-worker-boot.mjs', import.meta.url).href;
  return import.meta.url.endsWith('.ts') ? (sourceWorkerBundle() ?? boot) : boot;
};

/** Starts the pool; `workers` 0 means one per core. */
export const createPool = (workers: number): InspectPool => {
  const threads = poolThreads(workers);
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 5_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
  });
  const call = async (task: FileTask | FileTask[], signal: AbortSignal): Promise<FileOutcome | FileOutcome[]> => {
    try {
      return (await pool.run(task, { signal })) as FileOutcome | FileOutcome[];
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.name === 'AbortError') return { ok: false, problem: 'timeout', message: 'time limit reached: worker stopped' };
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, problem: 'too-large', message: 'ran out of memory while reading' };
      return { ok: false, problem: 'worker-failed', message: `inspection failed (${e.name})` };
    }
  };
  // Small files travel in batches: one worker round trip for several files. A batch stops when any
  // of its files reaches its hard limit (they all then report the timeout).
  let queue: Waiting[] = [];
  const send = () => {
    const batch = queue;
    queue = [];
    if (!batch.length) return;
    const stop = new AbortController();
    const abort = () => stop.abort();
    for (const w of batch) {
      if (w.signal.aborted) stop.abort();
      else w.signal.addEventListener('abort', abort, { once: true });
    }
    void call(
      batch.map((w) => w.task),
      stop.signal,
    ).then((outs) =>
      batch.forEach((w, i) => {
        w.signal.removeEventListener('abort', abort);
        w.resolve(Array.isArray(outs) ? (outs[i] ?? { ok: false, problem: 'worker-failed', message: 'inspection failed (no result)' }) : outs);
      }),
    );
  };
  return {
    threads,
    run: (task, signal) => {
      if (task.size === undefined || task.size > BATCH_FILE_BYTES) return call(task, signal) as Promise<FileOutcome>;
      return new Promise<FileOutcome>((resolve) => {
        queue.push({ task, signal, resolve });
        if (queue.length >= BATCH_FILES) send();
        else if (queue.length === 1) setImmediate(send);
      });
    },
    close: () => pool.destroy(),
  };
};
