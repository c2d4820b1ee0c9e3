import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanOptions } from '../../checks/types.js';
import { createPool, type InspectPool } from '../../checks/patient-records/pool.js';
import { scanFiles } from '../../checks/patient-records/scan.js';
import { patientRecordsSchema, type PatientRecords } from '../../reports/schema.js';
import { buildPracticeTree, type PracticeTree } from './helpers/practice-tree.js';

let tree: PracticeTree;
let evidence: PatientRecords;
let pool: InspectPool;
const events: unknown[] = [];
const base = (root: string): ScanOptions => ({ paths: [root], allVolumes: false, exclude: ['Archive'], include: [], maxFileBytes: 2 << 20, fileTimeoutMs: 20_000, workers: 2, cacheDir: null });
const rel = (p: string) => path.relative(tree.root, p);
const errorsOf = (kind: string) => evidence.errors.filter((e) => e.kind === kind).map((e) => rel(e.path ?? ''));

beforeAll(async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pr-tree-'));
  chmodSync(root, 0o755);
  tree = await buildPracticeTree(root);
  utimesSync(path.join(root, 'Documents/Patients/visit-a.txt'), new Date('2020-01-01'), new Date('2021-01-01'));
  const real = createPool(2);
  // Files that change under the scanner: one is deleted and one grows just before their turn.
  pool = {
    threads: real.threads,
    close: real.close,
    run: (task, signal) => {
      if (task.name.endsWith('vanishing.txt')) unlinkSync(task.name);
      if (task.name.endsWith('growing.log')) appendFileSync(task.name, 'more lines\n'.repeat(1000));
      return real.run(task, signal);
    },
  };
  evidence = await scanFiles({ roots: [root], options: base(root), progress: (e) => events.push(e), signal: new AbortController().signal, checkId: 'patient-records', pool });
}, 120_000);

afterAll(async () => {
  tree.close();
  await pool.close();
  rmSync(tree.root, { recursive: true, force: true });
});

describe('scan of an awkward practice folder', () => {
  it('finishes with evidence in the report schema', () => {
    expect(() => patientRecordsSchema.parse(evidence)).not.toThrow();
    expect(evidence.partial).toBe(false);
  });

  it('lists the files with patient data, including UTF-16, Latin-1 and a non-UTF-8 name, and nothing harmless', () => {
    const listed = Object.fromEntries(evidence.files.map((f) => [rel(f.path), f.category]));
    expect(listed).toMatchObject({ 'Documents/Patients/visit-a.txt': 'phi', 'Documents/Patients/visit-b.docx': 'phi', 'Documents/Patients/utf16-visit.txt': 'phi', 'Documents/Patients/latin1-visit.txt': 'phi', 'Documents/HR/payroll.txt': 'pii', 'Documents/Patients/visit-\ufffd.txt': 'phi', 'Broken/shallow.zip': 'phi' });
    expect(Object.keys(listed).filter((p) => /minutes|budget|node_modules|\.cache|Archive/.test(p) && !p.includes('locked'))).toEqual([]);
  });

  it('reports every bad input as an error or a skip, with the path and a reason', () => {
    expect(errorsOf('corrupt').sort()).toEqual(['Broken/broken.zip', 'Broken/corrupt.xlsx', 'Broken/truncated.docx', 'Broken/truncated.pdf']);
    expect(errorsOf('not-text').sort()).toEqual(['Broken/huge-export.csv', 'Broken/junk.txt']);
    expect(errorsOf('vanished')).toEqual(['Broken/vanishing.txt']);
    expect(errorsOf('special-file').sort()).toEqual(['Documents/pipe.txt', 'Documents/socket.sock', ...(tree.hasDevice ? ['Documents/null-device.txt'] : [])].sort());
    expect(evidence.skipped).toMatchObject({ symlink: 3, 'folder-default-skip': 2, 'folder-excluded': 1 });
    for (const e of evidence.errors) expect(e.message.length).toBeGreaterThan(5);
  });

  it('guards against zip bombs and deep nesting without failing the archive', () => {
    const nested = evidence.files.find((f) => rel(f.path) === 'Broken/nested.zip');
    expect(nested).toBeUndefined();
    expect(evidence.errors.map((e) => rel(e.path ?? ''))).not.toContain('Broken/bomb.zip');
    expect(evidence.totals.filesInspected).toBeGreaterThan(12);
  });

  it('caps the 5 GB sparse file and the growing file instead of reading them whole', () => {
    expect(evidence.totals.bytesInspected).toBeLessThan(60 << 20);
    expect(evidence.errors.map((e) => rel(e.path ?? ''))).not.toContain('Broken/growing.log');
  });

  it('lists protected files as encrypted (not exposed), containers and scans that need OCR', () => {
    const locked = evidence.files.find((f) => rel(f.path) === 'Documents/Patients/patients-locked.xlsx');
    expect(locked).toMatchObject({ encrypted: true, category: 'phi' });
    expect(evidence.totals.encryptedFiles).toBe(2);
    expect(evidence.containers.map((c) => [rel(c.path), c.kind]).sort()).toEqual([
      ['Documents/Office/budget-locked.xlsx', 'encrypted-file'],
      ['Documents/Patients/scanned-intake.pdf', 'needs-ocr'],
      ['Mail/archive.pst', 'outlook-pst'],
    ]);
  });

  it('never lets a raw identifier into the evidence or the progress events', () => {
    const json = JSON.stringify({ evidence, events });
    for (const p of tree.people) for (const raw of [p.ssn, p.mrn, p.phone, p.dob, `${p.given} ${p.family}`, p.street]) expect(json).not.toContain(raw);
  });

  it('reports progress with counts, bytes, folder and an ETA', () => {
    const files = events.filter((e): e is { kind: 'files'; filesDone: number; filesTotal: number | null; currentFolder: string } => (e as { kind: string }).kind === 'files');
    expect(files.length).toBeGreaterThan(0);
    const last = files.at(-1);
    expect(last?.filesDone).toBeGreaterThan(15);
    expect(last?.currentFolder.startsWith(tree.root)).toBe(true);
  });

  it('leaves the files and their access times unchanged', () => {
    const st = statSync(path.join(tree.root, 'Documents/Patients/visit-a.txt'));
    expect(st.atime.toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });
});

describe('unreadable files (as an unprivileged user)', () => {
  it('lists a file the user may not read as unreadable and finishes', () => {
    // Root reads everything, so the scan runs as `nobody`; CI must be able to do this (setpriv from util-linux).
    const asRoot = process.getuid?.() === 0;
    const cmd = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const out = execFileSync(cmd[0] as string, [...cmd.slice(1), 'cli/run-ts.mjs', 'tests/patient-records/helpers/scan-as.ts', tree.root], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, HOME: os.tmpdir() } });
    const ev = patientRecordsSchema.parse(JSON.parse(out));
    expect(ev.errors.filter((e) => e.kind === 'unreadable').map((e) => rel(e.path ?? ''))).toContain('Broken/locked-out.txt');
    expect(ev.files.length).toBeGreaterThan(3);
  }, 120_000);
});

describe('time limits', () => {
  it('stops a worker that runs past the hard limit and reports a timeout', async () => {
    // Reading and parsing 8 MB of CSV takes far longer than the 5 ms limit given here.
    const big = path.join(tree.root, 'Broken/big-export.csv');
    writeFileSync(big, 'id,amount,memo\n'.concat('1,2.50,routine supply order for the front desk\n'.repeat(200_000)));
    const slow = { fsPath: big, name: 'big-export.csv', maxBytes: 50 << 20, timeoutMs: 60_000 };
    expect(await pool.run(slow, AbortSignal.timeout(5))).toEqual({ ok: false, problem: 'timeout', message: 'time limit reached: worker stopped' });
    // The pool replaces the stopped worker and keeps working.
    const quick = { fsPath: path.join(tree.root, 'Documents/Patients/visit-b.docx'), name: 'visit-b.docx', maxBytes: 1 << 20, timeoutMs: 10_000 };
    expect((await pool.run(quick, new AbortController().signal)).ok).toBe(true);
  }, 60_000);
});

describe('re-scan with the cache', () => {
  it('answers unchanged files from the cache and keeps no raw values in it', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'pr-cache-'));
    const opts = { ...base(tree.root), cacheDir };
    const scan = (p: InspectPool) => scanFiles({ roots: [tree.root], options: opts, progress: () => undefined, signal: new AbortController().signal, checkId: 'patient-records', pool: p });
    let calls = 0;
    const counting: InspectPool = { ...pool, run: (t, s) => (calls++, pool.run(t, s)) };
    const first = await scan(counting);
    const firstCalls = calls;
    calls = 0;
    const second = await scan(counting);
    // Only files whose answer is not stable (unreadable, vanished, growing) are inspected again.
    expect(calls).toBeLessThanOrEqual(2);
    expect(firstCalls).toBeGreaterThan(15);
    expect(second.files.map((f) => f.path).sort()).toEqual(first.files.map((f) => f.path).sort());
    const cache = readFileSync(path.join(cacheDir, 'patient-records-cache.jsonl'), 'utf8');
    // One entry per file, however many scans answered from it.
    const entries = cache.trim().split('\n').map((l) => (JSON.parse(l) as { p: string }).p);
    expect(entries.length).toBe(new Set(entries).size);
    expect(entries.length).toBeGreaterThan(15);
    for (const p of tree.people) for (const raw of [p.ssn, p.mrn, p.phone, `${p.given} ${p.family}`]) expect(cache).not.toContain(raw);
    rmSync(cacheDir, { recursive: true, force: true });
  }, 120_000);

  it('stops cleanly when cancelled and says the evidence is partial', async () => {
    const ac = new AbortController();
    const ev = await scanFiles({ roots: [tree.root], options: base(tree.root), progress: () => ac.abort(), signal: ac.signal, checkId: 'patient-records', pool });
    expect(ev.partial).toBe(true);
    expect(() => patientRecordsSchema.parse(ev)).not.toThrow();
  }, 60_000);
});
