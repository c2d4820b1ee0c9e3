/** The short human summary printed on stderr after a scan (pure). */
import type { Report } from '../reports/schema.js';
import { SEVERITIES } from '../checks/types.js';

const ICON = { pass: 'ok  ', fail: 'FAIL', unknown: '??  ', 'not-applicable': 'n/a ', error: 'ERR ' } as const;

/** Renders a few lines a person can read at a glance: device, per-check status, findings by severity. */
export const renderSummary = (report: Report): string => {
  const lines: string[] = [];
  const { device } = report;
  lines.push(`Practice Audit ${report.tool.version}: ${device.hostname} (${device.os.name} ${device.os.version}), user ${device.user}${device.elevated ? ', elevated' : ''}`);
  if (report.scan.partial) lines.push('PARTIAL SCAN: the scan was stopped or could not finish; results are incomplete.');
  for (const check of report.checks) lines.push(`  ${ICON[check.status]} ${check.title}: ${check.summary}`);
  const counts = SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s && f.status === 'fail').length] as const).filter(([, n]) => n > 0);
  const unknown = report.findings.filter((f) => f.status === 'unknown').length;
  lines.push(counts.length ? `Findings: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}` : 'Findings: none');
  if (unknown) lines.push(`Could not determine: ${unknown} item(s)${report.findings.some((f) => f.needsAdmin) ? ' (some need the scan to be run as administrator)' : ''}`);
  for (const f of report.findings.filter((x) => x.status === 'fail').slice(0, 5)) lines.push(`  [${f.severity}] ${f.title}`);
  if (report.errors.length) lines.push(`Errors: ${report.errors.length} (listed in report.json)`);
  return `${lines.join('\n')}\n`;
};
