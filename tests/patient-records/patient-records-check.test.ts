import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScan } from '../../checks/engine.js';
import { patientRecordsCheck } from '../../checks/patient-records/index.js';
import { parseLinuxMounts, scanRoots } from '../../checks/patient-records/collect.js';
import { createRecordingProbe, createReplayProbe, parseRecording } from '../../checks/probe/recording.js';
import type { Probe } from '../../checks/probe/probe.js';
import type { ScanOptions } from '../../checks/types.js';
import { buildReport } from '../../reports/build-report.js';
import { parseReport, type PatientRecords } from '../../reports/schema.js';
import { makePerson, rng, visitNote } from '../bench/synthetic-people.js';

const OPTIONS: ScanOptions = { paths: [], allVolumes: false, exclude: [], include: [], maxFileBytes: 1 << 20, fileTimeoutMs: 10_000, workers: 1, cacheDir: null };
const SYSTEM = { platform: 'linux' as const, arch: 'x64', hostname: 'front-desk', username: 'amy', homedir: '/home/amy', env: {}, elevated: false };

const canned: PatientRecords = {
  roots: ['/home/amy'],
  partial: false,
  files: [{ path: '/home/amy/Documents/export.csv', category: 'phi', format: 'csv', sizeBytes: 1200, modifiedAt: '2025-05-01T00:00:00.000Z', identifiers: { name: 40, dob: 40, mrn: 40 }, healthContext: { icd10: 12 }, estimatedPatients: 40, encrypted: false, samples: ['M*** A******'] }],
  containers: [],
  totals: { filesSeen: 10, filesInspected: 9, bytesInspected: 5000, phiFiles: 1, piiFiles: 0, encryptedFiles: 0, estimatedPatients: 40 },
  skipped: { symlink: 1 },
  errors: [{ path: '/home/amy/locked.txt', kind: 'unreadable', message: 'permission denied' }],
};

describe('patient-records check', () => {
  it('replays the scan from the `patient-records.scan` task and lands in report.patientRecords', async () => {
    const probe = createReplayProbe(parseRecording({ format: 'practice-audit-recording', version: 1, createdAt: '2026-01-01T00:00:00Z', toolVersion: 't', system: SYSTEM, calls: [{ id: 'patient-records.scan', kind: 'task', result: canned }] }));
    const scan = await runScan({ probe, checks: [patientRecordsCheck], options: OPTIONS });
    const report = parseReport(buildReport({ scan, toolVersion: 't' }));
    expect(report.patientRecords).toEqual(canned);
    expect(report.findings.map((f) => [f.id, f.severity])).toEqual([['patient-records:phi:/home/amy/Documents', 'high']]);
    expect(report.errors).toContainEqual({ checkId: 'patient-records', path: '/home/amy/locked.txt', kind: 'unreadable', message: 'permission denied' });
  });

  it('scans the home folder by default, records the result, and replays it without touching the disk', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'pr-home-'));
    const p = makePerson(rng(3));
    writeFileSync(path.join(home, 'visit.txt'), visitNote(p));
    writeFileSync(path.join(home, 'todo.txt'), 'call the plumber\n');
    const no = { ok: false as const, error: 'unsupported' as const, message: 'not in this test' };
    const live: Probe = {
      system: async () => ({ ...SYSTEM, homedir: home }),
      task: (_id, _args, fn) => fn(),
      run: async () => ({ ok: false, exitCode: null, stdout: '', stderr: '', error: 'unsupported' }),
      readFile: async () => no,
      listDir: async () => no,
      stat: async () => no,
      si: async () => no,
      registry: async () => no,
      plist: async () => no,
    };
    const recorder = createRecordingProbe(live, 't');
    const first = await runScan({ probe: recorder.probe, checks: [patientRecordsCheck], options: OPTIONS });
    const evidence = first.runs[0]?.evidence as PatientRecords;
    expect(evidence.roots).toEqual([home]);
    expect(evidence.files.map((f) => path.basename(f.path))).toEqual(['visit.txt']);
    rmSync(home, { recursive: true, force: true });
    const replay = createReplayProbe(await recorder.toRecording());
    const again = await runScan({ probe: replay, checks: [patientRecordsCheck], options: OPTIONS });
    expect(again.runs[0]?.evidence).toEqual(evidence);
    expect(JSON.stringify(evidence)).not.toContain(p.mrn);
  }, 60_000);

  it('finds data volumes in /proc/mounts', () => {
    const mounts = ['/dev/sda1 / ext4 rw 0 0', '/dev/sdb1 /media/amy/USB\\040DRIVE vfat rw 0 0', 'tmpfs /mnt/tmp tmpfs rw 0 0', '/dev/sdc1 /data xfs rw 0 0', 'proc /proc proc rw 0 0'].join('\n');
    expect(parseLinuxMounts(mounts)).toEqual(['/media/amy/USB DRIVE', '/data']);
  });

  it('adds data volumes only when asked', async () => {
    expect(await scanRoots([], '/home/amy', false, 'linux')).toEqual(['/home/amy']);
    expect(await scanRoots(['/data/a', '/data/a'], '/home/amy', false, 'linux')).toEqual(['/data/a']);
  });
});
