/** The scan worker bundled from the TS sources: written once by content hash, loadable as plain JS, same answers as the sources. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sourceWorkerBundle } from '../../checks/patient-records/worker-bundle.js';
import { inspectFile, type FileOutcome, type FileTask } from '../../checks/patient-records/inspect-file.js';

const FIXTURE = 'tests/fixtures/patient-records/laptop3/triage-notes.txt';

describe('scan worker bundle', () => {
  it('is built once per process, named by its content, inside node_modules so packages resolve', () => {
    const url = sourceWorkerBundle();
    expect(url).not.toBeNull();
    expect(sourceWorkerBundle()).toBe(url);
    const file = fileURLToPath(url!);
    expect(existsSync(file)).toBe(true);
    expect(file).toMatch(/node_modules[\\/]\.cache[\\/]practice-audit[\\/]scan-worker-[0-9a-f]{16}\.mjs$/);
    // Packages stay imports of their own (not copied in): pdf.js, postal-mime and sql.js load lazily.
    expect(readFileSync(file, 'utf8')).toMatch(/import\("postal-mime"\)/);
  });

  it('answers a task as the sources do', async () => {
    const { default: task } = (await import(sourceWorkerBundle()!)) as { default: (t: FileTask | FileTask[]) => Promise<FileOutcome | FileOutcome[]> };
    const t: FileTask = { fsPath: FIXTURE, name: FIXTURE, maxBytes: 8 << 20, timeoutMs: 20_000 };
    const [fromBundle] = (await task([t])) as FileOutcome[];
    expect(fromBundle).toEqual(await inspectFile(t));
    expect(fromBundle?.ok && fromBundle.result.verdict.category).toBe('phi');
  });
});
