/** The worker pool (piscina): one thread per core, each running inspect-file on the TS sources through tsx. */
import os from 'node:os';
import { Piscina } from 'piscina';
import type { FileOutcome, FileTask } from './inspect-file.js';

/** Runs file inspections on worker threads. */
export type InspectPool = {
  threads: number;
  run: (task: FileTask, signal: AbortSignal) => Promise<FileOutcome>;
  close: () => Promise<void>;
};

/** Heap per worker: a smaller heap makes V8 collect sooner, keeping the pool's resident memory low. */
const WORKER_HEAP_MB = 128;

/** Threads the pool will use: `workers`, or one per core when 0. */
export const poolThreads = (workers: number): number => (workers > 0 ? workers : Math.max(1, os.availableParallelism?.() ?? os.cpus().length));

/** Starts the pool; `workers` 0 means one per core. */
export const createPool = (workers: number): InspectPool => {
  const threads = poolThreads(workers);
  const pool = new Piscina({
    // The boot file registers tsx in the worker, then loads scan-worker.ts.
    filename: new URL('./scan-worker-boot.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 5_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
  });
  return {
    threads,
    run: async (task, signal) => {
      try {
        return (await pool.run(task, { signal })) as FileOutcome;
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.name === 'AbortError') return { ok: false, problem: 'timeout', message: 'time limit reached: worker stopped' };
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, problem: 'too-large', message: 'ran out of memory while reading' };
        return { ok: false, problem: 'worker-failed', message: `inspection failed (${e.name})` };
      }
    },
    close: () => pool.destroy(),
  };
};
