/** The reports API the CLI and the Electron app use. */
export { buildReport, type BuildReportInput } from './build-report.js';
export { deriveReport, applyAnswers } from './derive.js';
export { parseAnswersYaml, AnswersError, ANSWER_VALUES, type Answer, type Answers, type AnswerValue } from './answers.js';
export { checklistQuestions, type ChecklistQuestion } from './data/checklist-questions.js';
export { assessBreach, type BreachAssessment } from './breach.js';
export { readinessOf, readinessOrder, type Readiness } from './checklist.js';
export { overallRisk, rateRisk, RISK_MATRIX } from './risk.js';
export { redactPaths } from './redact.js';
export { renderHtml } from './render/html.js';
export { renderPdf } from './render/pdf.js';
export { renderFindingsCsv, renderPatientFilesCsv } from './render/csv.js';
export { buildDocument } from './render/document.js';
export type { RenderOptions } from './render/blocks.js';
export { loadOrCreateSigningIdentity, loadSigningIdentity, createSigningIdentity, defaultDataDir, signReport, verifyReportSignature, type SigningIdentity, type VerifyResult } from './sign.js';
export { writeReportBundle, serializeReport, REPORT_FORMATS, type ReportFormat, type WrittenFile, type BundleOptions } from './write-bundle.js';
export { parseReport, reportSchema, SCHEMA_VERSION, type Report } from './schema.js';
import { renderAnswersTemplate } from './answers.js';
import type { Report } from './schema.js';

/** The commented answers file for `practice-audit answers --template` (filled with the scan's answers when a report is given). */
export const answersTemplate = (report?: Report, today: string = new Date().toISOString().slice(0, 10)): string => renderAnswersTemplate(report, today);
