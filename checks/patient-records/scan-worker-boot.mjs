// Worker entry: teaches the worker thread TypeScript (tsx) and loads the task function, so the
// pool runs the TS sources the same way under the CLI, `npm run bench` and vitest.
import { register } from 'tsx/esm/api';

// tsx is switched off once the TS sources are loaded: heavy libraries (pdf.js, sql.js, postal-mime)
// are imported lazily by their extractors, and through tsx's transform pdf.js alone would cost
// ~300 MB per worker instead of ~40 MB. So no TS module may be imported dynamically.
const unregister = register();
const { default: task } = await import('./scan-worker.ts');
await unregister();
export default task;
