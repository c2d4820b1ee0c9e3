/** The pool's task function: one file in, one redacted outcome out (runs in a worker thread). */
import { inspectFile, type FileOutcome, type FileTask } from './inspect-file.js';

/** Piscina calls the default export for each task. */
export default (task: FileTask): Promise<FileOutcome> => inspectFile(task);
