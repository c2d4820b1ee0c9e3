/** The safeguard table: each Security Rule specification's status on this device (pure). */
import { isGoodAnswer } from './checklist.js';
import { nprmStatus, proposedByControl, safeguardCatalog, type SafeguardSpec } from './data/safeguards.js';
import type { ChecklistItem, CheckResult, ReportFinding, SafeguardRow } from './schema.js';

type SafeguardInput = { findings: readonly ReportFinding[]; checks: readonly CheckResult[]; checklist: readonly ChecklistItem[] };

const regular = safeguardCatalog.filter((s) => s.kind !== 'proposed');

/**
 * Whether a cited section speaks to a row: the same citation, a more specific one, or a parent
 * standard that has only this one row under it (so a broad "164.308(a)(1)" does not fail every row).
 */
export const citesSpec = (cited: string, spec: SafeguardSpec): boolean => {
  const c = cited.replace(/^45 CFR /, '').trim();
  if (c === spec.citation || c.startsWith(`${spec.citation}(`)) return true;
  if (spec.citation.startsWith(`${c}(`)) return regular.filter((r) => r.citation.startsWith(`${c}(`)).length === 1;
  return false;
};

const speaksTo = (spec: SafeguardSpec, safeguards: readonly string[], controls: readonly string[]): boolean =>
  spec.kind === 'proposed' ? controls.some((c) => proposedByControl[c] === spec.citation) : safeguards.some((s) => citesSpec(s, spec));

const attestedRow = (spec: SafeguardSpec, checklist: readonly ChecklistItem[]): { good: boolean; evidence: string } | undefined => {
  for (const id of spec.questionIds) {
    const item = checklist.find((c) => c.id === id && c.basis === 'attested');
    const good = item ? isGoodAnswer(item) : null;
    if (item && good !== null) return { good, evidence: `Attested ${item.answer} by ${item.attestedBy ?? 'a person'}${item.attestedAt ? ` on ${item.attestedAt}` : ''}: ${item.question}` };
  }
  return undefined;
};

const rowFor = (spec: SafeguardSpec, input: SafeguardInput): SafeguardRow => {
  const findings = input.findings.filter((f) => f.severity !== 'info' && speaksTo(spec, f.safeguards, f.insuranceControls));
  const checks = input.checks.filter((c) => c.status !== 'not-applicable' && speaksTo(spec, c.safeguards, c.insuranceControls ?? []));
  const failed = findings.filter((f) => f.status === 'fail');
  const unknown = findings.filter((f) => f.status === 'unknown');
  const passed = checks.filter((c) => c.status === 'pass');
  const evidence = [
    ...failed.map((f) => `${spec.findingsInform ? 'Found' : 'Not met'}: ${f.title}`),
    ...unknown.map((f) => `Could not determine: ${f.title}`),
    ...passed.map((c) => `Passed: ${c.title}: ${c.summary}`),
  ];
  let status: SafeguardRow['status'];
  if (spec.findingsInform) {
    // This scan is one input to the risk analysis; the analysis itself is a person's work.
    status = 'partly';
    evidence.push('This report is an input to the risk analysis; the practice-wide analysis needs a person.');
  } else if (failed.some((f) => f.severity !== 'low')) status = 'not-met';
  else if (failed.length > 0) status = 'partly';
  else if (unknown.length > 0) status = 'needs-person';
  else if (passed.length > 0) status = spec.assess === 'scan' ? 'met' : 'partly';
  else status = spec.assess === 'person' ? 'needs-person' : 'not-assessed';

  const attested = attestedRow(spec, input.checklist);
  if (attested && status !== 'not-met') {
    status = attested.good ? (status === 'partly' && spec.assess === 'scan' ? 'partly' : 'met') : 'not-met';
    evidence.push(attested.evidence);
  }
  if (status === 'partly' && passed.length > 0 && failed.length === 0 && spec.assess === 'partial') evidence.push('The device part is met; the rest needs a person to confirm.');
  if (spec.kind === 'proposed') evidence.push(nprmStatus);
  return {
    citation: spec.citation,
    name: spec.name,
    kind: spec.kind,
    status,
    evidence,
    findingIds: findings.map((f) => f.id),
    proposed: spec.kind === 'proposed',
    questionIds: [...spec.questionIds],
  };
};

/** Builds the safeguard table from findings, check results and (attested) checklist answers. */
export const buildSafeguardTable = (input: SafeguardInput): SafeguardRow[] => safeguardCatalog.map((spec) => rowFor(spec, input));
