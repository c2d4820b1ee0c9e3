/** Builds small valid reports for the app's unit tests. */
import type { Report, ReportFinding } from '../../reports/schema.js';

/** A finding with plain defaults. */
export const finding = (id: string, severity: ReportFinding['severity'] = 'high', status: ReportFinding['status'] = 'fail'): ReportFinding => ({
  id,
  checkId: id.split(':')[0] ?? id,
  status,
  severity,
  title: `Title of ${id}`,
  description: 'Why it matters.',
  remediation: ['Do this.'],
  safeguards: ['164.312(a)(2)(iv)'],
  insuranceControls: [],
  evidence: {},
});

/** A minimal report finished at `finishedAt` with the given findings and patient files. */
export const makeReport = (finishedAt: string, findings: ReportFinding[] = [], files: string[] = []): Report => ({
  schemaVersion: '1.0',
  tool: { name: 'practice-audit', version: '0.1.0' },
  device: {
    hostname: 'front-desk',
    os: { platform: 'linux', name: 'Debian', version: '12', arch: 'x64' },
    user: 'pat',
    elevated: false,
    scanStartedAt: finishedAt,
    scanFinishedAt: finishedAt,
    toolVersion: '0.1.0',
  },
  scan: { groups: ['patient-records'], checkIds: ['patient-records'], partial: false, durationMs: 1000 },
  checks: [],
  findings,
  patientRecords: {
    roots: ['/home/pat'],
    partial: false,
    files: files.map((path) => ({
      path,
      category: 'phi' as const,
      format: 'csv',
      sizeBytes: 100,
      modifiedAt: finishedAt,
      identifiers: { ssn: 2 },
      healthContext: {},
      estimatedPatients: 2,
      encrypted: false,
      samples: [],
    })),
    containers: [],
    totals: { filesSeen: files.length, filesInspected: files.length, bytesInspected: 100, phiFiles: files.length, piiFiles: 0, encryptedFiles: 0, estimatedPatients: 2 * files.length },
    skipped: {},
    errors: [],
  },
  risks: [],
  checklist: [],
  safeguards: [],
  errors: [],
});
