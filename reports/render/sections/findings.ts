/** Findings by severity: what was found, why it matters, how to fix it on this OS, evidence. */
import { SEVERITIES } from '../../../checks/types.js';
import type { Report, ReportFinding } from '../../schema.js';
import type { Block } from '../blocks.js';
import { SEVERITY_LABEL } from '../labels.js';

const MAX_EVIDENCE = 12;

/** Flattens a finding's evidence into short "key: value" lines (lists joined, long values cut). */
export const evidenceLines = (evidence: Record<string, unknown>): Array<[string, string]> =>
  Object.entries(evidence)
    .slice(0, MAX_EVIDENCE)
    .map(([k, v]) => {
      const text = Array.isArray(v) ? (v.length ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') : 'none') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
      return [k, text.length > 300 ? `${text.slice(0, 297)}...` : text];
    });

const findingBlocks = (f: ReportFinding, n: number): Block[] => [
  { kind: 'heading', level: 3, text: `${n}. [${SEVERITY_LABEL[f.severity]}${f.status === 'unknown' ? ', could not determine' : ''}] ${f.title}` },
  { kind: 'paragraph', text: f.description },
  ...(f.remediation.length ? [{ kind: 'paragraph', text: 'How to fix it:' } as Block, { kind: 'list', ordered: true, items: f.remediation } as Block] : []),
  { kind: 'paragraph', text: 'Evidence:' },
  {
    kind: 'kv',
    pairs: [
      ...evidenceLines(f.evidence),
      ['HIPAA', f.safeguards.map((s) => `45 CFR ${s}`).join('; ') || 'none cited'],
      ['Checklist items', f.insuranceControls.join(', ') || 'none'],
      ['Finding id', f.id + (f.needsAdmin ? ' (run the scan as administrator for a full answer)' : '')],
    ],
  },
];

/** All findings, grouped by severity, problems before unknowns. */
export const findingsBlocks = (report: Report): Block[] => {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Findings', id: 'findings' }];
  if (report.findings.length === 0) return [...blocks, { kind: 'paragraph', text: 'No problems were found by the checks that ran.' }];
  let n = 0;
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity).sort((a, b) => Number(a.status === 'unknown') - Number(b.status === 'unknown'));
    if (group.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: `${SEVERITY_LABEL[severity]} (${group.length})` });
    for (const f of group) blocks.push(...findingBlocks(f, ++n));
  }
  return blocks;
};
