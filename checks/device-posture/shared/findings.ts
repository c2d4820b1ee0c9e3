/** Findings and failure wording shared by every device-posture check (pure). */
import type { ProbeError } from '../../probe/probe.js';
import type { CheckMeta, Finding, Platform, Severity } from '../../types.js';

/** What a finding takes from its check: id, citations, controls and the default fix per platform. */
export type FindingSource = Pick<CheckMeta, 'id' | 'safeguards' | 'insuranceControls' | 'remediation'>;

/** The parts of a finding that differ from one finding of a check to the next. */
export type FindingFields = {
  /** Makes the finding's id unique within the check (`<checkId>:<subject>`). */
  subject: string;
  status: Finding['status'];
  severity: Severity;
  title: string;
  description: string;
  evidence?: Record<string, unknown>;
  /** Defaults to the check's remediation for the platform. */
  remediation?: readonly string[];
  needsAdmin?: boolean;
  /** Narrower than the check's list when a finding speaks to only some safeguards or controls. */
  safeguards?: readonly string[];
  insuranceControls?: readonly string[];
};

/** Builds a finding with the check's id, citations and controls; remediation defaults to the check's. */
export const makeFinding = (check: FindingSource, platform: Platform, fields: FindingFields): Finding => ({
  id: `${check.id}:${fields.subject}`,
  checkId: check.id,
  status: fields.status,
  severity: fields.severity,
  title: fields.title,
  description: fields.description,
  remediation: [...(fields.remediation ?? check.remediation[platform])],
  safeguards: [...(fields.safeguards ?? check.safeguards)],
  insuranceControls: [...(fields.insuranceControls ?? check.insuranceControls)],
  evidence: fields.evidence ?? {},
  ...(fields.needsAdmin ? { needsAdmin: true } : {}),
});

/** Plain words for why a probe call gave nothing ("could not determine" text). */
export const reasonText = (failure: { error: ProbeError; message: string }): string => {
  switch (failure.error) {
    case 'not-found':
      return 'the command, file or setting does not exist on this computer';
    case 'denied':
      return 'permission was denied (administrator rights may be needed)';
    case 'timeout':
      return 'the command took too long to answer';
    case 'unsupported':
      return 'this is not available on this operating system';
    case 'not-recorded':
      return 'the recording being replayed does not hold this answer';
    case 'failed': {
      const first = failure.message.split('\n')[0]?.trim();
      return first ? `the command failed (${first})` : 'the command failed';
    }
  }
};

/** The same plain words, naming what was tried ("reading /etc/shadow: permission was denied ..."). */
export const failureReason = (what: string, failure: { error: ProbeError; message: string }): string => `${what}: ${reasonText(failure)}`;
