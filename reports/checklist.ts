/** Answers the cyber-liability checklist from findings and passing checks (pure). */
import { checklistQuestions, type ChecklistQuestion } from './data/checklist-questions.js';
import type { ChecklistItem, CheckResult, ReportFinding } from './schema.js';

type ChecklistInput = {
  findings: readonly ReportFinding[];
  checks: readonly CheckResult[];
  /** Estimated patients found on this device, when patient records were scanned. */
  devicePatients?: number;
};

const touches = (controls: readonly string[], q: ChecklistQuestion): boolean => controls.includes(q.id);

const describeFinding = (f: ReportFinding): string => `${f.status === 'fail' ? 'Found' : 'Could not determine'}: ${f.title} [${f.id}]`;

/** Answers one question from the scan alone; never produces a plain "yes" for a practice-wide question. */
const answerFromScan = (q: ChecklistQuestion, input: ChecklistInput): ChecklistItem => {
  const base = { id: q.id, question: q.question, source: q.source, declineRisk: q.declineRisk, tier: q.tier };
  const findings = input.findings.filter((f) => touches(f.insuranceControls, q));
  const checks = input.checks.filter((c) => touches(c.insuranceControls ?? [], q) && (!q.answeredBy || q.answeredBy.includes(c.group)));
  const findingIds = findings.map((f) => f.id);
  // Checks report problems only as findings, so a check that ran without a finding on this control found none.
  const ran = checks.filter((c) => c.status !== 'error' && c.status !== 'not-applicable');
  const evidence = [...findings.map(describeFinding), ...(findings.length === 0 ? ran.map((c) => `Checked on this device: ${c.title}: ${c.summary}`) : [])];

  if (q.answerType === 'count') {
    if (input.devicePatients === undefined) return { ...base, answer: null, basis: 'needs-person', evidence, findingIds, comment: 'Patient records were not scanned on this device.' };
    return {
      ...base,
      answer: null,
      basis: 'indicated',
      value: input.devicePatients,
      evidence: [`About ${input.devicePatients} patients in files found on this device`, ...evidence],
      findingIds,
      comment: 'A lower bound from this device only; give the practice-wide count from your EHR.',
    };
  }
  if (q.scan === 'none') return { ...base, answer: null, basis: 'needs-person', evidence, findingIds };

  const failed = findings.filter((f) => f.status === 'fail');
  if (failed.length > 0) {
    // A failure on one device is enough to make "every device" untrue when the scan proves it.
    // Only low-severity gaps (e.g. one pending update) make the answer "partly", not "no".
    const answer = failed.every((f) => f.severity === 'low' || f.severity === 'info') ? 'partial' : 'no';
    return { ...base, answer, basis: q.scan === 'proves' ? 'evidence' : 'indicated', evidence, findingIds };
  }
  const unknown = findings.some((f) => f.status === 'unknown') || (ran.length === 0 && checks.some((c) => c.status === 'error'));
  if (unknown || ran.length === 0 || q.scanCanSayYes === false) {
    const comment = unknown ? 'The scan could not determine this on this device.' : ran.length === 0 ? 'No check in this scan answers it.' : 'The scan found no gap on this device, but it cannot see whether this is enforced.';
    return { ...base, answer: null, basis: 'needs-person', evidence, findingIds, comment };
  }
  const provenHere = q.scan === 'proves' && q.scope === 'device';
  return {
    ...base,
    answer: 'yes',
    basis: provenHere ? 'evidence' : 'indicated',
    evidence,
    findingIds,
    ...(provenHere ? {} : { comment: q.scope === 'practice' ? 'True on this device; confirm it for every device before answering yes.' : 'The scan suggests yes but cannot prove it.' }),
  };
};

/** Builds the checklist: one item per catalog question, answered from the scan where it can be. */
export const buildChecklist = (input: ChecklistInput): ChecklistItem[] => checklistQuestions.map((q) => answerFromScan(q, input));

/** Whether an item's answer is the one an underwriter wants (null when not answered). */
export const isGoodAnswer = (item: ChecklistItem): boolean | null => {
  const q = checklistQuestions.find((x) => x.id === item.id);
  if (!q || item.answer === null || item.answer === 'unknown') return null;
  if (q.answerType === 'count') return null;
  if (item.answer === 'not-applicable') return true;
  return item.answer === q.goodAnswer;
};

/** Readiness of one item for an application: ready, confirm (indicated), gap, or unknown. */
export type Readiness = 'ready' | 'confirm' | 'gap' | 'unknown';

/** Classifies an item for the readiness summary. */
export const readinessOf = (item: ChecklistItem): Readiness => {
  if (item.conflict) return 'gap';
  const good = isGoodAnswer(item);
  if (good === false) return 'gap';
  if (item.basis === 'indicated') return 'confirm';
  if (good === true) return 'ready';
  if (item.value !== undefined && item.basis === 'attested') return 'ready';
  return 'unknown';
};

const READINESS_ORDER: readonly Readiness[] = ['gap', 'unknown', 'confirm', 'ready'];

const rank = (item: ChecklistItem): number => {
  const r = readinessOf(item);
  if (r === 'ready') return 100;
  return (item.declineRisk ? 0 : 10) + READINESS_ORDER.indexOf(r);
};

/** Items ordered for the readiness summary: open items that commonly lead to a decline first. */
export const readinessOrder = (items: readonly ChecklistItem[]): ChecklistItem[] => [...items].sort((a, b) => rank(a) - rank(b) || (a.tier ?? 2) - (b.tier ?? 2));
