import { describe, expect, it } from 'vitest';
import { createWorkerScanRunner } from '../../main/scan-runner.js';
import type { ProgressEvent } from '../../checks/types.js';

const worker = new URL('../fixtures/app/fake-scan-worker.mjs', import.meta.url);
const run = (mode: string, signal = new AbortController().signal) => {
  const events: ProgressEvent[] = [];
  const promise = createWorkerScanRunner(worker, '9.9.9')({ paths: [mode], groups: ['patient-records'] }, (e) => events.push(e), signal);
  return { events, promise };
};

describe('worker scan runner', () => {
  it('streams progress and resolves with the report', async () => {
    const { events, promise } = run('ok');
    await expect(promise).resolves.toEqual({ report: { fake: true }, cancelled: false });
    expect(events).toEqual([{ kind: 'message', checkId: 'x', text: 'version 9.9.9' }]);
  });

  it('rejects with the worker message when the scan fails', async () => {
    await expect(run('fail').promise).rejects.toThrow('disk unreadable');
  });

  it('rejects when the worker dies', async () => {
    await expect(run('crash').promise).rejects.toThrow(/stopped unexpectedly/);
  });

  it('asks the worker to stop on abort and reports the run as cancelled', async () => {
    const controller = new AbortController();
    const { promise } = run('cancel-aware', controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(promise).resolves.toEqual({ report: { fake: true }, cancelled: true });
  });
});

describe('worker scan runner settings', () => {
  // An inline worker that answers with the cache folder it was given.
  const echo = `require('node:worker_threads').parentPort.on('message', (m) => {
    if (m.type === 'start') require('node:worker_threads').parentPort.postMessage({ type: 'done', report: { cacheDir: m.cacheDir ?? null }, cancelled: false });
  });`;
  const start = (cacheDir?: string) => createWorkerScanRunner(echo, '9.9.9', { worker: { eval: true }, cacheDir })({ paths: [], groups: [] }, () => undefined, new AbortController().signal);

  it('passes the chosen cache folder to the scan', async () => {
    await expect(start('/tmp/pa-test-cache')).resolves.toEqual({ report: { cacheDir: '/tmp/pa-test-cache' }, cancelled: false });
  });

  it('starts the scan thread with a small young generation (keeps a big scan under its memory budget)', async () => {
    const limits = `const w = require('node:worker_threads'); w.parentPort.on('message', (m) => {
      if (m.type === 'start') w.parentPort.postMessage({ type: 'done', report: { young: w.resourceLimits.maxYoungGenerationSizeMb }, cancelled: false });
    });`;
    const report = createWorkerScanRunner(limits, '9.9.9', { worker: { eval: true } })({ paths: [], groups: [] }, () => undefined, new AbortController().signal);
    await expect(report).resolves.toEqual({ report: { young: 6 }, cancelled: false });
  });

  it('leaves the cache folder to the scan default when none is chosen', async () => {
    await expect(start()).resolves.toEqual({ report: { cacheDir: null }, cancelled: false });
  });
});
