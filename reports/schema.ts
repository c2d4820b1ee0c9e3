/**
 * The report.json contract (schemaVersion 1). Every renderer and the app read only this model.
 * Validated with zod; `reportSchema` is exported for scripts and tests.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0';

export const severitySchema = z.enum(['critical', 'high', 'medium', 'low', 'info']);
export const platformSchema = z.enum(['win32', 'darwin', 'linux']);
export const checkGroupSchema = z.enum(['disk-encryption', 'messaging-apps', 'patient-records', 'device-posture']);

export const findingSchema = z.object({
  id: z.string().min(1),
  checkId: z.string().min(1),
  status: z.enum(['fail', 'unknown']),
  severity: severitySchema,
  title: z.string().min(1),
  description: z.string().min(1),
  remediation: z.array(z.string()),
  safeguards: z.array(z.string()),
  insuranceControls: z.array(z.string()),
  evidence: z.record(z.string(), z.unknown()),
  needsAdmin: z.boolean().optional(),
});

export const checkResultSchema = z.object({
  checkId: z.string(),
  title: z.string(),
  group: checkGroupSchema,
  status: z.enum(['pass', 'fail', 'unknown', 'not-applicable', 'error']),
  summary: z.string(),
  safeguards: z.array(z.string()),
  /** Checklist item ids the check speaks to (copied from its meta; lets a passing check answer). */
  insuranceControls: z.array(z.string()).optional(),
  durationMs: z.number().nonnegative(),
  /** The check's collected facts (parsed command outputs etc.; never raw patient data). */
  evidence: z.unknown(),
});

export const deviceSchema = z.object({
  hostname: z.string(),
  os: z.object({
    platform: platformSchema,
    name: z.string(),
    version: z.string(),
    build: z.string().optional(),
    arch: z.string(),
  }),
  user: z.string(),
  elevated: z.boolean().nullable(),
  model: z.string().optional(),
  serial: z.string().optional(),
  scanStartedAt: z.string(),
  scanFinishedAt: z.string(),
  toolVersion: z.string(),
});

export const scanErrorSchema = z.object({
  checkId: z.string().optional(),
  probeId: z.string().optional(),
  path: z.string().optional(),
  kind: z.string(),
  message: z.string(),
});

/** Identifier counts by detector type, e.g. `{ ssn: 3, mrn: 12, dob: 12, name: 12 }`. */
export const identifierCountsSchema = z.record(z.string(), z.number().int().nonnegative());

export const patientRecordFileSchema = z.object({
  path: z.string(),
  category: z.enum(['phi', 'pii']),
  format: z.string(),
  sizeBytes: z.number().nonnegative(),
  modifiedAt: z.string(),
  identifiers: identifierCountsSchema,
  /** Health context found (e.g. `{ icd10: 4, medication: 2 }`). */
  healthContext: identifierCountsSchema,
  estimatedPatients: z.number().int().nonnegative(),
  encrypted: z.boolean(),
  /** Masked samples only (`***-**-6789`, `J*** O*****`), at most 3. */
  samples: z.array(z.string()).max(3),
  /** Inside an archive: the member path. */
  member: z.string().optional(),
  /** True when only the first maxFileBytes were inspected. */
  capped: z.boolean().optional(),
  /** Cloud-sync provider folder the file sits in, if any (filled by device-posture). */
  syncFolder: z.string().optional(),
  note: z.string().optional(),
});

export const dataContainerSchema = z.object({
  path: z.string(),
  kind: z.string(), // e.g. outlook-pst, outlook-ost, chat-database, encrypted-archive, needs-ocr
  sizeBytes: z.number().nonnegative(),
  modifiedAt: z.string(),
  note: z.string().optional(),
});

export const patientRecordsSchema = z.object({
  roots: z.array(z.string()),
  partial: z.boolean(),
  files: z.array(patientRecordFileSchema),
  containers: z.array(dataContainerSchema),
  totals: z.object({
    filesSeen: z.number().int().nonnegative(),
    filesInspected: z.number().int().nonnegative(),
    bytesInspected: z.number().nonnegative(),
    phiFiles: z.number().int().nonnegative(),
    piiFiles: z.number().int().nonnegative(),
    encryptedFiles: z.number().int().nonnegative(),
    estimatedPatients: z.number().int().nonnegative(),
  }),
  skipped: z.record(z.string(), z.number().int().nonnegative()),
  errors: z.array(scanErrorSchema),
});

export const likelihoodSchema = z.enum(['low', 'moderate', 'high']);
export const riskRatingSchema = z.enum(['low', 'moderate', 'high', 'critical']);

/** A risk-register row (SRA Tool style): vulnerability x threats, likelihood x impact. */
export const riskSchema = z.object({
  id: z.string(),
  findingIds: z.array(z.string()),
  vulnerability: z.string(),
  threats: z.array(z.string()),
  likelihood: likelihoodSchema,
  impact: likelihoodSchema,
  rating: riskRatingSchema,
  safeguards: z.array(z.string()),
  /** SRA Tool section the vulnerability belongs to (e.g. "S4 Your Data"). */
  sraSection: z.string().optional(),
  /** Why likelihood and impact were set as they are (plain language). */
  rationale: z.string().optional(),
});

/** One question insurers ask: answered from evidence, indicated (confirm), needs a person, or attested. */
export const checklistItemSchema = z.object({
  id: z.string(),
  question: z.string(),
  source: z.string(),
  answer: z.enum(['yes', 'no', 'partial', 'unknown', 'not-applicable']).nullable(),
  basis: z.enum(['evidence', 'indicated', 'needs-person', 'attested']),
  evidence: z.array(z.string()),
  findingIds: z.array(z.string()),
  attestedBy: z.string().optional(),
  attestedAt: z.string().optional(),
  comment: z.string().optional(),
  declineRisk: z.boolean(),
  /** 1: the controls carriers decline over (MFA, EDR, backups, EOL, RDP, encryption); 2: the rest. */
  tier: z.union([z.literal(1), z.literal(2)]).optional(),
  /** A number a person gave (e.g. the practice's patient-record count). */
  value: z.number().nonnegative().optional(),
  /** What the scan alone concluded, kept when a person attests over it. */
  scanAnswer: z.enum(['yes', 'no', 'partial', 'unknown', 'not-applicable']).nullable().optional(),
  /** Set when a person's attestation contradicts the scan's evidence. */
  conflict: z.string().optional(),
});

export const safeguardRowSchema = z.object({
  citation: z.string(),
  name: z.string(),
  kind: z.enum(['required', 'addressable', 'standard', 'proposed']),
  status: z.enum(['met', 'not-met', 'partly', 'needs-person', 'not-assessed']),
  evidence: z.array(z.string()),
  findingIds: z.array(z.string()),
  proposed: z.boolean(),
  /** Checklist item ids whose answers speak to this specification. */
  questionIds: z.array(z.string()).optional(),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('practice-audit'), version: z.string() }),
  device: deviceSchema,
  scan: z.object({
    groups: z.array(checkGroupSchema),
    checkIds: z.array(z.string()),
    partial: z.boolean(),
    replayedFrom: z.string().optional(),
    durationMs: z.number().nonnegative(),
  }),
  checks: z.array(checkResultSchema),
  findings: z.array(findingSchema),
  patientRecords: patientRecordsSchema.optional(),
  risks: z.array(riskSchema),
  checklist: z.array(checklistItemSchema),
  safeguards: z.array(safeguardRowSchema),
  errors: z.array(scanErrorSchema),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportFinding = z.infer<typeof findingSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type Device = z.infer<typeof deviceSchema>;
export type ScanError = z.infer<typeof scanErrorSchema>;
export type PatientRecords = z.infer<typeof patientRecordsSchema>;
export type PatientRecordFile = z.infer<typeof patientRecordFileSchema>;
export type DataContainer = z.infer<typeof dataContainerSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type SafeguardRow = z.infer<typeof safeguardRowSchema>;

/** Validates a parsed report.json; throws an Error listing the first problems. */
export const parseReport = (json: unknown): Report => {
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`report.json does not match schema ${SCHEMA_VERSION}: ${problems.join('; ')}`);
  }
  return parsed.data;
};
