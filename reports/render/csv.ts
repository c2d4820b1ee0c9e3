/** CSV exports: findings, and patient-record files (RFC 4180 quoting; formulas neutralised). */
import { assessBreach, fileProtection } from '../breach.js';
import type { Report } from '../schema.js';

/** Quotes a CSV field; prefixes a quote to text a spreadsheet would run as a formula. */
export const csvField = (v: string | number | boolean | null | undefined): string => {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const toCsv = (header: string[], rows: Array<Array<string | number | boolean | null | undefined>>): string => [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

/** One row per finding. */
export const renderFindingsCsv = (report: Report): string =>
  toCsv(
    ['id', 'check', 'status', 'severity', 'title', 'description', 'remediation', 'hipaa', 'insurance_controls', 'risk_rating', 'needs_admin', 'hostname', 'scanned_at'],
    report.findings.map((f) => [f.id, f.checkId, f.status, f.severity, f.title, f.description, f.remediation.join(' | '), f.safeguards.join('; '), f.insuranceControls.join('; '), report.risks.find((r) => r.findingIds.includes(f.id))?.rating ?? '', f.needsAdmin ?? false, report.device.hostname, report.device.scanFinishedAt]),
  );

/** One row per patient-record file (no samples: counts only). */
export const renderPatientFilesCsv = (report: Report): string => {
  const enc = assessBreach(report).encryption;
  const files = report.patientRecords?.files ?? [];
  return toCsv(
    ['path', 'member', 'category', 'format', 'size_bytes', 'modified_at', 'identifiers', 'health_context', 'estimated_patients', 'file_encrypted', 'protection', 'sync_folder', 'note'],
    files.map((f) => [f.path, f.member, f.category, f.format, f.sizeBytes, f.modifiedAt, Object.entries(f.identifiers).map(([k, n]) => `${k}=${n}`).join('; '), Object.entries(f.healthContext).map(([k, n]) => `${k}=${n}`).join('; '), f.estimatedPatients, f.encrypted, fileProtection(f, enc, report.device.os.platform), f.syncFolder, f.note]),
  );
};
