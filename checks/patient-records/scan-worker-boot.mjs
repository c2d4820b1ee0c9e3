// Worker entry: teaches the worker thread TypeScript (tsx) and loads the task function, so the
// pool runs the TS sources the same way under the CLI, `npm run bench` and vitest.
import { register } from 'tsx/esm/api';

// pdf.js (and its in-thread worker, which it finds on globalThis.pdfjsWorker) is loaded before
// tsx is registered: through tsx's transform its two 2 MB bundles cost ~300 MB per worker instead
// of ~40 MB. The later import from extract/pdf.ts hits the module cache.
await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
register();
const { default: task } = await import('./scan-worker.ts');
export default task;
