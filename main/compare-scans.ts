/** Compares two saved scans of a device: which findings were fixed, which are new (pure). */
import type { Report, ReportFinding } from '../reports/schema.js';
import type { ComparedFinding, ScanComparison } from './ipc-contract.js';

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];

const brief = (f: ReportFinding): ComparedFinding => ({ id: f.id, title: f.title, severity: f.severity });

const bySeverity = (a: ComparedFinding, b: ComparedFinding): number =>
  SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.title.localeCompare(b.title);

/**
 * Findings are matched by their stable id. The two reports are put in time order first, so the
 * caller may pass them either way round.
 */
export const compareScans = (a: { id: string; report: Report }, b: { id: string; report: Report }): ScanComparison => {
  const [older, newer] = a.report.device.scanFinishedAt <= b.report.device.scanFinishedAt ? [a, b] : [b, a];
  const before = new Map(older.report.findings.map((f) => [f.id, f]));
  const after = new Map(newer.report.findings.map((f) => [f.id, f]));
  const fixed = [...before.values()].filter((f) => !after.has(f.id)).map(brief);
  const added = [...after.values()].filter((f) => !before.has(f.id)).map(brief);
  const unchanged: ComparedFinding[] = [];
  const changed: ScanComparison['changed'] = [];
  for (const f of after.values()) {
    const previous = before.get(f.id);
    if (!previous) continue;
    if (previous.severity === f.severity) unchanged.push(brief(f));
    else changed.push({ ...brief(f), previousSeverity: previous.severity });
  }
  return {
    older: { id: older.id, finishedAt: older.report.device.scanFinishedAt },
    newer: { id: newer.id, finishedAt: newer.report.device.scanFinishedAt },
    fixed: fixed.sort(bySeverity),
    added: added.sort(bySeverity),
    unchanged: unchanged.sort(bySeverity),
    changed: changed.sort(bySeverity),
    patientRecordFiles: {
      older: older.report.patientRecords?.files.length ?? 0,
      newer: newer.report.patientRecords?.files.length ?? 0,
    },
  };
};
