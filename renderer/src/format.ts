/** Small pure helpers for wording and numbers on screen. */
import type { Report, ReportFinding, Severity } from './api.js';

/** Severities from worst to least. */
export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** The words shown next to each severity color (color is never the only signal). */
export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

/** Bytes as "12.3 MB". */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
};

/** Seconds as "about 3 minutes". */
export const formatEta = (seconds: number | null): string => {
  if (seconds === null || !Number.isFinite(seconds)) return 'estimating…';
  if (seconds < 10) return 'a few seconds';
  if (seconds < 90) return `about ${Math.round(seconds / 10) * 10} seconds`;
  if (seconds < 3600) return `about ${Math.round(seconds / 60)} minutes`;
  return `about ${(seconds / 3600).toFixed(1)} hours`;
};

/** An ISO date as "21 Nov 2026, 23:55". */
export const formatDate = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "1 file", "3 files". */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;

/** Findings that need action (fail) or a question the scan could not answer (unknown), by severity. */
export const countBySeverity = (findings: readonly ReportFinding[]): Record<Severity, number> => {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
};

/** Overall risk shown on the dashboard: the worst severity among failing findings. */
export type OverallRisk = { level: Severity | 'none'; label: string; sentence: string };

/** Derives the overall risk from the findings that failed. */
export const overallRisk = (report: Report): OverallRisk => {
  const failing = report.findings.filter((f) => f.status === 'fail');
  const worst = SEVERITY_ORDER.find((s) => failing.some((f) => f.severity === s));
  if (!worst || worst === 'info') return { level: 'none', label: 'Low risk', sentence: 'The scan found nothing that needs urgent action.' };
  const n = failing.filter((f) => f.severity === worst).length;
  const sentence = {
    critical: `${plural(n, 'critical problem')} could expose patient data. Fix ${n === 1 ? 'it' : 'these'} first.`,
    high: `${plural(n, 'serious problem')} should be fixed soon.`,
    medium: `${plural(n, 'problem')} of medium importance should be planned in.`,
    low: 'Only minor improvements were found.',
  }[worst];
  return { level: worst, label: `${SEVERITY_LABEL[worst]} risk`, sentence };
};

/** The last part of a path, for both / and \ separators. */
export const baseName = (p: string): string => p.split(/[\\/]/).filter(Boolean).pop() ?? p;

/** The folder part of a path. */
export const folderOf = (p: string): string => {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i > 0 ? p.slice(0, i) : p;
};

/** Identifier kinds in plain words. */
export const IDENTIFIER_LABEL: Record<string, string> = {
  ssn: 'SSN',
  mrn: 'medical record no.',
  dob: 'date of birth',
  npi: 'NPI',
  dea: 'DEA no.',
  mbi: 'Medicare no.',
  memberId: 'member ID',
  icd10: 'diagnosis code',
  cpt: 'procedure code',
  name: 'name',
  phone: 'phone',
  email: 'email',
  address: 'address',
};

/** "12 names, 3 SSNs": the largest identifier counts of a file, in words. */
export const describeIdentifiers = (counts: Record<string, number>, max = 3): string =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([kind, n]) => `${n.toLocaleString('en-US')} × ${IDENTIFIER_LABEL[kind] ?? kind}`)
    .join(', ');
