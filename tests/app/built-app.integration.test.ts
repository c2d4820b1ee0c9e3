// Integration: builds the app with electron-vite and runs the built scan worker in plain Node.
// Checks what the package will contain, without Electron's binary.
import { readFile, rm, mkdtemp, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'electron-vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkerScanRunner } from '../../main/scan-runner.js';
import { CONTENT_SECURITY_POLICY } from '../../main/security.js';
import { parseReport } from '../../reports/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'out');

describe('the built app (electron-vite build)', () => {
  let tmp: string;
  let folder: string;
  beforeAll(async () => {
    await build({ root, configFile: path.join(root, 'electron.vite.config.ts'), logLevel: 'warn' });
    tmp = await mkdtemp(path.join(os.tmpdir(), 'pa-built-'));
    folder = path.join(tmp, 'patients');
    await cp(path.join(root, 'tests/fixtures/app/patients'), folder, { recursive: true });
  }, 120_000);
  afterAll(async () => rm(tmp, { recursive: true, force: true }));

  it('has a CommonJS preload that requires nothing but electron', async () => {
    const preload = await readFile(path.join(out, 'preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld("practiceAudit"');
  });

  it('ships the renderer with its Content-Security-Policy and no remote addresses', async () => {
    const html = await readFile(path.join(out, 'renderer/index.html'), 'utf8');
    expect(html).toContain(CONTENT_SECURITY_POLICY);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('runs a scan in the built worker thread (patient-record workers included)', async () => {
    // A clean thread, as in the app: vitest's own flags (`--conditions development`) must not leak in.
    const run = createWorkerScanRunner(path.join(out, 'main/scan-worker.js'), '0.0.0-built', { worker: { execArgv: [] }, cacheDir: path.join(tmp, 'cache') });
    const kinds = new Set<string>();
    const { report, cancelled } = await run({ paths: [folder], groups: ['disk-encryption', 'patient-records'] }, (e) => kinds.add(e.kind), new AbortController().signal);
    expect(cancelled).toBe(false);
    expect(parseReport(report).patientRecords?.files.map((f) => path.basename(f.path)).sort()).toEqual(['patients.csv', 'visit-note.txt']);
    expect([...kinds]).toEqual(expect.arrayContaining(['check-start', 'check-end']));
  }, 60_000);
});
