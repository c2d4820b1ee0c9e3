/** The pool's task function: one file (or a batch of small files) in, redacted outcomes out (runs in a worker thread). */
import { inspectFile, type FileOutcome, type FileTask } from './inspect-file.js';

/** Piscina calls the default export for each task; a batch is inspected file by file, in order. */
export default async (task: FileTask | FileTask[]): Promise<FileOutcome | FileOutcome[]> => {
  if (!Array.isArray(task)) return inspectFile(task);
  const out: FileOutcome[] = [];
  for (const t of task) out.push(await inspectFile(t));
  return out;
};
