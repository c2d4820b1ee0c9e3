import { describe, expect, it } from 'vitest';
import { analyzePatientRecords, groupSeverity, topFolder } from '../../checks/patient-records/analyze.js';
import type { AnalyzeContext } from '../../checks/types.js';
import type { PatientRecordFile, PatientRecords } from '../../reports/schema.js';

const ctx = (platform: AnalyzeContext['platform'] = 'win32'): AnalyzeContext => ({ platform, now: new Date('2026-01-01'), evidenceOf: () => undefined });
const file = (path: string, category: 'phi' | 'pii', patients: number, extra: Partial<PatientRecordFile> = {}): PatientRecordFile => ({
  path,
  category,
  format: 'csv',
  sizeBytes: 100,
  modifiedAt: '2025-01-01T00:00:00.000Z',
  identifiers: { name: patients, dob: patients },
  healthContext: { icd10: 1 },
  estimatedPatients: patients,
  encrypted: false,
  samples: [],
  ...extra,
});
const evidence = (files: PatientRecordFile[], extra: Partial<PatientRecords> = {}): PatientRecords => ({
  roots: ['C:\\Users\\amy'],
  partial: false,
  files,
  containers: [],
  totals: { filesSeen: 100, filesInspected: 90, bytesInspected: 1e6, phiFiles: files.filter((f) => f.category === 'phi').length, piiFiles: files.filter((f) => f.category === 'pii').length, encryptedFiles: 0, estimatedPatients: 0 },
  skipped: {},
  errors: [],
  ...extra,
});

describe('topFolder', () => {
  it.each([
    ['C:\\Users\\amy\\Documents\\Billing\\a.xlsx', ['C:\\Users\\amy'], 'C:\\Users\\amy\\Documents'],
    ['c:\\users\\AMY\\Desktop\\x.pdf', ['C:\\Users\\amy'], 'C:\\Users\\amy\\Desktop'],
    ['C:\\Users\\amy\\notes.txt', ['C:\\Users\\amy'], 'C:\\Users\\amy'],
    ['/Users/bo/Downloads/x/y.csv', ['/Users/bo'], '/Users/bo/Downloads'],
    ['/mnt/usb/exports/x.csv', ['/Users/bo', '/mnt/usb'], '/mnt/usb/exports'],
  ])('%s under %j groups in %s', (p, roots, expected) => expect(topFolder(p, roots)).toBe(expected));
});

describe('groupSeverity', () => {
  it.each([
    ['phi', 600, {}, 'critical'],
    ['phi', 12, {}, 'high'],
    ['phi', 1, { ssn: 1 }, 'high'],
    ['phi', 2, {}, 'medium'],
    ['pii', 800, {}, 'high'],
    ['pii', 3, { ssn: 3 }, 'medium'],
    ['pii', 1, {}, 'low'],
  ] as const)('%s with %i people and %j is %s', (cat, n, ids, sev) => expect(groupSeverity(cat, n, ids)).toBe(sev));
});

describe('analyzePatientRecords', () => {
  it('makes one finding per top folder and category, with OS remediation, and skips protected files', () => {
    const out = analyzePatientRecords(
      evidence([
        file('C:\\Users\\amy\\Documents\\a.csv', 'phi', 300),
        file('C:\\Users\\amy\\Documents\\Sub\\b.csv', 'phi', 250),
        file('C:\\Users\\amy\\Documents\\c.txt', 'pii', 2, { identifiers: { ssn: 2 } }),
        file('C:\\Users\\amy\\Downloads\\d.pdf', 'phi', 1),
        file('C:\\Users\\amy\\Documents\\locked.xlsx', 'phi', 0, { encrypted: true }),
      ]),
      ctx(),
    );
    expect(out.status).toBe('fail');
    expect(out.findings.map((f) => [f.id, f.severity])).toEqual([
      ['patient-records:phi:C:\\Users\\amy\\Documents', 'critical'],
      ['patient-records:pii:C:\\Users\\amy\\Documents', 'medium'],
      ['patient-records:phi:C:\\Users\\amy\\Downloads', 'medium'],
    ]);
    const first = out.findings[0];
    expect(first?.evidence).toMatchObject({ files: 2, estimatedPatients: 550 });
    expect(first?.remediation.join(' ')).toContain('BitLocker');
    expect(analyzePatientRecords(evidence([file('/Users/bo/x.csv', 'phi', 1)], { roots: ['/Users/bo'] }), ctx('darwin')).findings[0]?.remediation.join(' ')).toContain('FileVault');
  });

  it('passes with no exposed files, and says unknown for a cancelled scan or uninspected stores', () => {
    expect(analyzePatientRecords(evidence([]), ctx()).status).toBe('pass');
    const partial = analyzePatientRecords(evidence([], { partial: true, containers: [{ path: 'C:\\Users\\amy\\mail.pst', kind: 'outlook-pst', sizeBytes: 1, modifiedAt: '2025-01-01T00:00:00.000Z' }] }), ctx());
    expect(partial.status).toBe('unknown');
    expect(partial.findings.map((f) => [f.id, f.status])).toEqual([
      ['patient-records:not-inspected', 'unknown'],
      ['patient-records:partial', 'unknown'],
    ]);
  });
});
