/** Derives the register, checklist and safeguard table from a report's findings and checks (pure). */
import { applyAnswerItems, type Answers } from './answers.js';
import { assessBreach } from './breach.js';
import { buildChecklist } from './checklist.js';
import { buildRiskRegister } from './risk.js';
import { buildSafeguardTable } from './safeguards.js';
import type { Report } from './schema.js';

/** Fills `risks`, `checklist` and `safeguards`, keeping answers people already attested. */
export const deriveReport = (report: Report): Report => {
  const breach = assessBreach(report);
  const records = report.patientRecords;
  const risks = buildRiskRegister(report.findings, {
    unprotectedPatientData: breach.files.exposed + breach.files.unknown > 0,
    noPatientDataFound: records !== undefined && records.files.length === 0,
    groupOf: (id) => report.checks.find((c) => c.checkId === id)?.group,
  });
  const attested = report.checklist.filter((c) => c.basis === 'attested');
  const scanned = buildChecklist({ findings: report.findings, checks: report.checks, ...(records ? { devicePatients: records.totals.estimatedPatients } : {}) });
  const checklist = scanned.map((item) => attested.find((a) => a.id === item.id) ?? item);
  const safeguards = buildSafeguardTable({ findings: report.findings, checks: report.checks, checklist });
  return { ...report, risks, checklist, safeguards };
};

/** Applies a person's answers and rebuilds the safeguard table they feed. */
export const applyAnswers = (report: Report, answers: Answers): Report => {
  const base = report.checklist.length > 0 ? report : deriveReport(report);
  const answered = applyAnswerItems(base, answers);
  return { ...answered, safeguards: buildSafeguardTable({ findings: answered.findings, checks: answered.checks, checklist: answered.checklist }) };
};
