/** The risk register (SRA Tool style) and the safeguard table. */
import { RISK_MATRIX } from '../../risk.js';
import type { Report } from '../../schema.js';
import type { Block, Cell } from '../blocks.js';
import { LEVEL_LABEL, RATING_LABEL, RATING_TONE, SAFEGUARD_KIND, SAFEGUARD_STATUS } from '../labels.js';
import { nprmStatus } from '../../data/safeguards.js';

const LEVELS = ['low', 'moderate', 'high'] as const;

/** The likelihood x impact matrix as a table. */
export const matrixBlock = (): Block => ({
  kind: 'table',
  columns: [
    { label: 'Likelihood \\ Impact', width: 0.31 },
    { label: 'Low', width: 0.23 },
    { label: 'Moderate', width: 0.23 },
    { label: 'High', width: 0.23 },
  ],
  rows: [...LEVELS].reverse().map((l): Cell[] => [LEVEL_LABEL[l], ...LEVELS.map((i): Cell => ({ text: RATING_LABEL[RISK_MATRIX[l][i]], tone: RATING_TONE[RISK_MATRIX[l][i]] }))]),
});

/** One row per vulnerability with its threats, likelihood, impact and rating. */
export const registerBlocks = (report: Report): Block[] => {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Risk register', id: 'risks' },
    { kind: 'paragraph', text: 'Each weakness found, the threats it opens the door to, and how likely and how harmful they are, rated with the matrix in the methodology section (as in the HHS Security Risk Assessment Tool). Ratings are suggested defaults: change them if you know better, and say why.' },
  ];
  if (report.risks.length === 0) return [...blocks, { kind: 'paragraph', text: 'No vulnerabilities apply from this scan.' }];
  blocks.push({
    kind: 'table',
    columns: [
      { label: 'Vulnerability', width: 0.22 },
      { label: 'Threats', width: 0.31 },
      { label: 'Likelihood', width: 0.12 },
      { label: 'Impact', width: 0.1 },
      { label: 'Rating', width: 0.1 },
      { label: 'HIPAA / SRA', width: 0.15 },
    ],
    rows: report.risks.map((r) => [
      { text: r.vulnerability, bold: true },
      r.threats.join('; '),
      LEVEL_LABEL[r.likelihood],
      LEVEL_LABEL[r.impact],
      { text: RATING_LABEL[r.rating], tone: RATING_TONE[r.rating] },
      [r.safeguards.join(', '), r.sraSection ? `SRA Tool: ${r.sraSection}` : ''].filter(Boolean).join('; '),
    ]),
  });
  blocks.push({ kind: 'paragraph', small: true, tone: 'muted', text: `Why these levels: ${report.risks.map((r) => `${r.vulnerability}: ${r.rationale ?? ''}`).join(' ')}` });
  return blocks;
};

/** The HIPAA Security Rule specifications this scan can speak to, with their status. */
export const safeguardBlocks = (report: Report): Block[] => {
  const current = report.safeguards.filter((s) => !s.proposed);
  const proposed = report.safeguards.filter((s) => s.proposed);
  const table = (rows: typeof current): Block => ({
    kind: 'table',
    small: true,
    columns: [
      { label: 'Citation', width: 0.15 },
      { label: 'Specification', width: 0.27 },
      { label: 'Type', width: 0.11 },
      { label: 'Status', width: 0.11 },
      { label: 'Evidence', width: 0.36 },
    ],
    rows: rows.map((s) => [s.citation, s.name, SAFEGUARD_KIND[s.kind], { text: SAFEGUARD_STATUS[s.status].text, tone: SAFEGUARD_STATUS[s.status].tone }, s.evidence.filter((e) => e !== nprmStatus).join(' | ') || '-']),
  });
  return [
    { kind: 'heading', level: 1, text: 'HIPAA safeguards', id: 'safeguards' },
    { kind: 'paragraph', text: '45 CFR 164.308 (administrative), 164.310 (physical) and 164.312 (technical) specifications an endpoint scan can speak to. "Addressable" does not mean optional: implement it, or document why not and what you do instead (164.306(d)). "Needs a person" rows are policies and procedures the scan cannot see.' },
    table(current),
    { kind: 'heading', level: 2, text: 'Proposed rule (not yet law)' },
    { kind: 'paragraph', text: nprmStatus, small: true },
    table(proposed),
  ];
};
