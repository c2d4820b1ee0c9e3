import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppHandlers, type AppDeps } from '../../main/app-handlers.js';
import { createHistoryStore } from '../../main/history.js';
import type { ScanEvent } from '../../main/ipc-contract.js';
import type { ScanRunner } from '../../main/scan-runner.js';
import { finding, makeReport } from './report-fixture.js';

describe('app handlers', () => {
  let dir: string;
  let events: ScanEvent[];
  let shown: string[];
  let opened: string[];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pa-handlers-'));
    events = [];
    shown = [];
    opened = [];
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  const report = makeReport('2026-05-01T09:00:00.000Z', [finding('enc:c', 'critical')], ['/home/pat/Documents/patients.csv']);

  const setup = (runScan: ScanRunner, exportFolder: string | null = '/exports') => {
    const deps: AppDeps = {
      history: createHistoryStore(dir, async () => 'sig'),
      runScan,
      emit: (e) => events.push(e),
      startInfo: () => ({ homeDir: '/home/pat', platform: 'linux', hostname: 'front-desk', groups: [] }),
      questions: () => [],
      chooseFolder: async () => '/home/pat/Records',
      chooseExportFolder: async () => exportFolder,
      showItemInFolder: (f) => void shown.push(f),
      openHelp: async (t) => void opened.push(t),
      attest: (r, answers, by, at) => ({
        ...r,
        checklist: answers.map((a) => ({ id: a.id, question: a.id, source: '', answer: a.answer, basis: 'attested' as const, evidence: [], findingIds: [], attestedBy: by, attestedAt: at.toISOString(), declineRisk: false })),
      }),
      exportBundle: async (_r, outDir, formats, redact) => formats.map((f) => path.join(outDir, `${redact ? 'redacted' : 'report'}.${f}`)),
      assessBreach: () => ({ verdict: 'yes', headline: 'Yes.', reasons: [], encryption: { volumes: [], systemVolumeEncrypted: false, ran: true }, files: { total: 1, exposed: 1, protected: 0, unknown: 0 }, patients: { min: 2, max: 2 }, uninspectedStores: 0 }),
      now: () => new Date('2026-05-02T10:00:00.000Z'),
    };
    return createAppHandlers(deps);
  };

  const finishing: ScanRunner = async (_req, onProgress) => {
    onProgress({ kind: 'check-start', checkId: 'patient-records', title: 'Patient records', group: 'patient-records' });
    return { report, cancelled: false };
  };

  it('runs a scan, streams progress, saves it to history and announces its id', async () => {
    const h = setup(finishing);
    await h.startScan({ paths: ['/home/pat'], groups: ['patient-records'] });
    await h.idle();
    expect(events.map((e) => e.kind)).toEqual(['started', 'progress', 'done']);
    const done = events.at(-1) as Extract<ScanEvent, { kind: 'done' }>;
    const view = await h.loadReport(done.historyId);
    expect(view.report).toEqual(report);
    expect(view.signed).toBe(true);
    expect(view.breach.verdict).toBe('yes');
    expect(await h.listHistory()).toHaveLength(1);
  });

  it('runs one scan at a time', async () => {
    let release: () => void = () => undefined;
    const slow: ScanRunner = () => new Promise((resolve) => (release = () => resolve({ report, cancelled: false })));
    const h = setup(slow);
    await h.startScan({ paths: [], groups: ['disk-encryption'] });
    await expect(h.startScan({ paths: [], groups: ['disk-encryption'] })).rejects.toThrow(/already running/);
    release();
    await h.idle();
  });

  it('cancels a running scan and keeps nothing', async () => {
    const abortable: ScanRunner = (_req, _p, signal) =>
      new Promise((resolve) => signal.addEventListener('abort', () => resolve({ report: { ...report, scan: { ...report.scan, partial: true } }, cancelled: true })));
    const h = setup(abortable);
    await h.startScan({ paths: [], groups: ['patient-records'] });
    expect(await h.cancelScan()).toEqual({ cancelled: true });
    await h.idle();
    expect(events.at(-1)).toEqual({ kind: 'cancelled' });
    expect(await h.listHistory()).toEqual([]);
    expect(await h.cancelScan()).toEqual({ cancelled: false });
  });

  it('reports a failed scan in plain words', async () => {
    const h = setup(async () => {
      throw new Error('the disk could not be read');
    });
    await h.startScan({ paths: [], groups: ['patient-records'] });
    await h.idle();
    expect(events.at(-1)).toEqual({ kind: 'failed', message: 'the disk could not be read' });
  });

  const saved = async (h: ReturnType<typeof setup>) => {
    await h.startScan({ paths: [], groups: ['patient-records'] });
    await h.idle();
    return (events.at(-1) as Extract<ScanEvent, { kind: 'done' }>).historyId;
  };

  it('records answers as attested with the name and date, and keeps them in history', async () => {
    const h = setup(finishing);
    const id = await saved(h);
    const view = await h.saveAnswers(id, [{ id: 'mfa-email', answer: 'yes' }], 'Pat Lee');
    expect(view.report.checklist[0]).toMatchObject({ basis: 'attested', attestedBy: 'Pat Lee', attestedAt: '2026-05-02T10:00:00.000Z' });
    expect((await h.loadReport(id)).report.checklist).toHaveLength(1);
  });

  it('exports into a per-scan folder, or nothing when the folder dialog is cancelled', async () => {
    const h = setup(finishing);
    const id = await saved(h);
    expect(await h.exportReport(id, ['pdf'], { redactPaths: false })).toEqual({ folder: path.join('/exports', `practice-audit-${id}`), files: [path.join('/exports', `practice-audit-${id}`, 'report.pdf')] });
    expect((await h.exportReport(id, ['html'], { redactPaths: true }))?.files).toEqual([path.join('/exports', `practice-audit-${id}`, 'redacted.html')]);
    const cancelled = setup(finishing, null);
    expect(await cancelled.exportReport(id, ['pdf'], { redactPaths: false })).toBeNull();
  });

  it('reveals only files the scan reported', async () => {
    const h = setup(finishing);
    const id = await saved(h);
    expect(await h.showInFolder(id, '/home/pat/Documents/patients.csv')).toEqual({ shown: true });
    expect(await h.showInFolder(id, '/etc/shadow')).toEqual({ shown: false });
    expect(shown).toEqual(['/home/pat/Documents/patients.csv']);
  });

  it('compares two saved scans and opens help pages from the allow-list', async () => {
    const h = setup(finishing);
    const a = await saved(h);
    const later = { ...report, device: { ...report.device, scanFinishedAt: '2026-06-01T09:00:00.000Z' }, findings: [] };
    const b = await createHistoryStore(dir, null).add(later);
    expect((await h.compareScans(b, a)).fixed.map((f) => f.id)).toEqual(['enc:c']);
    expect(await h.openHelp('hhs-breach')).toEqual({ opened: true });
    expect(opened).toEqual(['hhs-breach']);
  });
});
