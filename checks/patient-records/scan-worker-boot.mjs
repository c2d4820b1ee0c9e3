// Worker entry: teaches the worker thread TypeScript (tsx) and loads the task function, so the
// pool runs the TS sources the same way under the CLI, `npm run bench` and vitest.
import { register } from 'tsx/esm/api';

register();
const { default: task } = await import('./scan-worker.ts');
export default task;
