/**
 * Worker-thread entry: runs one scan off the UI thread. Messages in: start, cancel.
 * Messages out: progress (throttled), done (the report) or failed.
 */
import { parentPort } from 'node:worker_threads';
import type { ProgressEvent } from '../checks/types.js';
import { executeScan } from './scan-job.js';
import type { WorkerMessageIn, WorkerMessageOut } from './scan-runner.js';

const FILES_EVENT_INTERVAL_MS = 150;

const port = parentPort;
if (!port) throw new Error('scan-worker must run in a worker thread');
const post = (message: WorkerMessageOut): void => port.postMessage(message);
const controller = new AbortController();
let lastFilesEvent = 0;

// File counters can fire thousands of times a second; the window needs a few updates a second.
const progress = (event: ProgressEvent): void => {
  if (event.kind === 'files') {
    const now = Date.now();
    if (now - lastFilesEvent < FILES_EVENT_INTERVAL_MS) return;
    lastFilesEvent = now;
  }
  post({ type: 'progress', event });
};

port.on('message', (message: WorkerMessageIn) => {
  if (message.type === 'cancel') controller.abort();
  else if (message.type === 'start') {
    executeScan(message.request, message.toolVersion, progress, controller.signal, message.cacheDir).then(
      (report) => post({ type: 'done', report, cancelled: controller.signal.aborted }),
      (err: unknown) => post({ type: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
  }
});
