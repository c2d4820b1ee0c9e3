// Worker entry for tests: registers tsx in this thread, then loads the app's scan worker from source.
// (Node 20 does not apply `--import tsx` hooks to a worker's own entry file.)
import { register } from 'tsx/esm/api';

register();
await import('../../main/scan-worker.ts');
