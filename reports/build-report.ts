/** Turns a scan's result into the report.json model (pure). */
import type { ScanResult } from '../checks/engine.js';
import type { Finding } from '../checks/types.js';
import { SEVERITIES } from '../checks/types.js';
import type { Answers } from './answers.js';
import { applyAnswers, deriveReport } from './derive.js';
import { SCHEMA_VERSION, patientRecordsSchema, type CheckResult, type PatientRecords, type Report, type ScanError } from './schema.js';

export type BuildReportInput = {
  scan: ScanResult;
  toolVersion: string;
  /** Folder of the recording when the scan was replayed. */
  replayedFrom?: string;
  /** A person's answers to the checklist (from an answers file or the app). */
  answers?: Answers;
};

const bySeverity = (a: Finding, b: Finding): number => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.id.localeCompare(b.id);

/** Builds the report model; risks, checklist and safeguard table are derived from the findings. */
export const buildReport = ({ scan, toolVersion, replayedFrom, answers }: BuildReportInput): Report => {
  const checks: CheckResult[] = [];
  const findings: Finding[] = [];
  const errors: ScanError[] = [];
  let patientRecords: PatientRecords | undefined;

  for (const run of scan.runs) {
    const { meta } = run.check;
    let evidence = run.evidence;
    if (meta.id === 'patient-records' && run.evidence) {
      const parsed = patientRecordsSchema.safeParse(run.evidence);
      if (parsed.success) {
        patientRecords = parsed.data;
        errors.push(...parsed.data.errors.map((e) => ({ ...e, checkId: meta.id })));
        evidence = { see: 'patientRecords' };
      } else errors.push({ checkId: meta.id, kind: 'invalid-evidence', message: parsed.error.issues[0]?.message ?? 'invalid' });
    }
    if (run.error) errors.push({ checkId: meta.id, kind: 'check-failed', message: run.error });
    checks.push({
      checkId: meta.id,
      title: meta.title,
      group: meta.group,
      status: run.error ? 'error' : (run.outcome?.status ?? 'unknown'),
      summary: run.error ?? run.outcome?.summary ?? '',
      safeguards: [...meta.safeguards],
      insuranceControls: [...meta.insuranceControls],
      durationMs: run.durationMs,
      evidence: evidence ?? null,
    });
    findings.push(...(run.outcome?.findings ?? []));
  }
  findings.sort(bySeverity);

  const { system, device } = scan;
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'practice-audit', version: toolVersion },
    device: {
      hostname: system.hostname,
      os: { platform: system.platform, name: device.osName, version: device.osVersion, ...(device.osBuild ? { build: device.osBuild } : {}), arch: system.arch },
      user: system.username,
      elevated: system.elevated,
      ...(device.model ? { model: device.model } : {}),
      ...(device.serial ? { serial: device.serial } : {}),
      scanStartedAt: scan.startedAt.toISOString(),
      scanFinishedAt: scan.finishedAt.toISOString(),
      toolVersion,
    },
    scan: {
      groups: [...new Set(scan.runs.map((r) => r.check.meta.group))],
      checkIds: scan.runs.map((r) => r.check.meta.id),
      partial: scan.partial,
      ...(replayedFrom ? { replayedFrom } : {}),
      durationMs: scan.finishedAt.getTime() - scan.startedAt.getTime(),
    },
    checks,
    findings,
    ...(patientRecords ? { patientRecords } : {}),
    risks: [],
    checklist: [],
    safeguards: [],
    errors,
  };
  const derived = deriveReport(report);
  return answers ? applyAnswers(derived, answers) : derived;
};
