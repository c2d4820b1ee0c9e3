import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProgressEvent, ScanOptions } from '../../checks/types.js';
import type { InspectPool } from '../../checks/patient-records/pool.js';
import { scanFiles } from '../../checks/patient-records/scan.js';

const nothing = { ok: true as const, result: { format: 'txt', verdict: { category: null, identifiers: {}, healthContext: {}, estimatedPatients: 0, samples: [] }, flaggedParts: 0, encrypted: false, capped: false, bytesRead: 1, imageOnly: false } };
// Answers on a later turn of the event loop, as a worker would: the name-only count walk gets ahead.
const pool: InspectPool = { threads: 1, run: () => new Promise((resolve) => setImmediate(() => resolve(nothing))), close: async () => undefined };

afterEach(() => vi.restoreAllMocks());

describe('scan progress', () => {
  it('gives no time estimate in the first seconds, then one that counts down', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'pa-progress-'));
    mkdirSync(path.join(root, 'Docs'));
    for (let i = 0; i < 60; i++) writeFileSync(path.join(root, 'Docs', `note-${i}.txt`), 'x');
    // Each clock reading moves 100 ms on, so the scan "takes" several seconds.
    let clock = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => (clock += 100));
    const events: ProgressEvent[] = [];
    const options: ScanOptions = { paths: [root], allVolumes: false, exclude: [], include: [], maxFileBytes: 1 << 20, fileTimeoutMs: 10_000, workers: 1, cacheDir: null };
    await scanFiles({ roots: [root], options, progress: (e) => events.push(e), signal: new AbortController().signal, checkId: 'patient-records', pool });
    rmSync(root, { recursive: true, force: true });
    const files = events.filter((e): e is Extract<ProgressEvent, { kind: 'files' }> => e.kind === 'files');
    expect(files.length).toBeGreaterThan(3);
    expect(files[0]?.etaSeconds).toBeNull();
    const early = files.filter((e) => e.filesDone < 20);
    expect(early.every((e) => e.etaSeconds === null)).toBe(true);
    const estimates = files.map((e) => e.etaSeconds).filter((s): s is number => s !== null);
    expect(estimates.length).toBeGreaterThan(0);
    expect(files.at(-1)).toMatchObject({ filesDone: 60, filesTotal: 60, etaSeconds: 0 });
  });
});
