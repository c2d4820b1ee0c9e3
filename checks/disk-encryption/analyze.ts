/** Pure: disk-encryption evidence -> findings (one per volume that is not confirmed encrypted). */
import type { AnalyzeContext, CheckOutcome, Finding, Severity } from '../types.js';
import type { DiskEncryptionEvidence, VolumeVerdict } from './evidence.js';
import { diskEncryptionMeta } from './meta.js';
import { remediationFor } from './remediation.js';

/** The breach safe-harbor sentence every encryption finding carries. */
export const SAFE_HARBOR =
  'A lost or stolen device whose disk is encrypted is generally not a reportable HIPAA breach (the safe harbor for encrypted data); an unencrypted one holding patient data generally is.';

const WHY: Record<VolumeVerdict['kind'], string> = {
  system: 'This is the main disk, which holds the user folders, downloads, email attachments and browser caches.',
  data: 'This disk stays in the computer and can hold patient files.',
  removable: 'USB drives and memory cards are easy to lose; a lost unencrypted one holding patient data is a reportable breach.',
  swap: 'Swap is where the system writes memory to disk, so it can hold pieces of patient records that were open on screen.',
  other: 'This storage is attached to the computer.',
};

/** Severity for a volume that is not encrypted (fail) or could not be checked (unknown). */
export const severityFor = (v: VolumeVerdict): Severity => {
  if (v.encrypted === null) return v.kind === 'system' ? 'high' : 'medium';
  if (v.state === 'encrypting' || v.state === 'encryption-paused') return 'medium';
  if (v.kind === 'system') return v.state === 'deferred' ? 'high' : 'critical';
  if (v.kind === 'data' || v.kind === 'removable') return 'high';
  return 'medium';
};

const name = (v: VolumeVerdict): string => `(${v.mount ?? v.device ?? v.id}${v.label ? `, "${v.label}"` : ''})`;

const titleFor = (v: VolumeVerdict): string => {
  const what = v.kind === 'system' ? 'The main disk' : v.kind === 'removable' ? 'Removable drive' : v.kind === 'swap' ? 'Swap space' : 'Disk';
  if (v.encrypted === null) return `Could not tell whether ${what.toLowerCase()} ${name(v)} is encrypted`;
  switch (v.state) {
    case 'suspended':
    case 'waiting-for-activation':
      return `${what} ${name(v)} is encrypted but BitLocker protection is off`;
    case 'encrypting':
    case 'encryption-paused':
      return `Encryption of ${what.toLowerCase()} ${name(v)} has not finished`;
    case 'hardware-only':
      return `${what} ${name(v)} is not protected by FileVault`;
    case 'deferred':
      return `FileVault is waiting to turn on for ${what.toLowerCase()} ${name(v)}`;
    default:
      return `${what} ${name(v)} is not encrypted`;
  }
};

const findingFor = (v: VolumeVerdict, ctx: AnalyzeContext, home: boolean): Finding => {
  const unknown = v.encrypted === null;
  const consequence = unknown ? 'Until this is confirmed, a lost device cannot be assumed to fall under the breach safe harbor for encrypted data.' : WHY[v.kind];
  return {
    id: `disk-encryption:volume:${v.id}`,
    checkId: diskEncryptionMeta.id,
    status: unknown ? 'unknown' : 'fail',
    severity: severityFor(v),
    title: titleFor(v),
    description: `${v.reason} ${consequence} ${SAFE_HARBOR}`,
    remediation: remediationFor(ctx.platform, v, home),
    safeguards: [...diskEncryptionMeta.safeguards],
    insuranceControls: [v.kind === 'removable' ? 'encryption-removable-media' : 'encryption-laptops'],
    evidence: { volume: v.id, mount: v.mount, device: v.device, kind: v.kind, state: v.state, source: v.source, ...(v.percent !== undefined && v.percent !== null ? { percent: v.percent } : {}), ...(v.protectors ? { protectors: v.protectors } : {}), ...(v.method ? { method: v.method } : {}) },
    ...(v.needsAdmin ? { needsAdmin: true } : {}),
  };
};

/** Turns the evidence into findings and an overall status (fail beats unknown beats pass). */
export const analyzeDiskEncryption = (evidence: DiskEncryptionEvidence, ctx: AnalyzeContext): CheckOutcome => {
  const home = /^Core/i.test(evidence.windowsEdition ?? '');
  const findings = evidence.volumes.filter((v) => v.encrypted !== true && v.state !== 'network').map((v) => findingFor(v, ctx, home));
  if (evidence.volumes.length === 0) {
    findings.push({
      id: 'disk-encryption:device',
      checkId: diskEncryptionMeta.id,
      status: 'unknown',
      severity: 'high',
      title: 'Could not list the disks of this computer',
      description: `${evidence.problems.map((p) => `${p.probe}: ${p.message}`).join('; ') || 'No disk information was available.'} ${SAFE_HARBOR}`,
      remediation: [...diskEncryptionMeta.remediation[ctx.platform]],
      safeguards: [...diskEncryptionMeta.safeguards],
      insuranceControls: ['encryption-laptops'],
      evidence: { problems: evidence.problems.map((p) => p.probe) },
    });
  }
  const failed = findings.some((f) => f.status === 'fail');
  const status = failed ? 'fail' : findings.length > 0 ? 'unknown' : 'pass';
  const summary =
    evidence.systemVolumeEncrypted === false
      ? `The main disk is not protected by encryption: a lost or stolen computer would be a reportable breach if it holds patient data. ${evidence.deviceReason}`
      : status === 'pass'
        ? `Every disk on this computer is encrypted, so a lost or stolen computer would generally not be a reportable breach. ${evidence.deviceReason}`
        : failed
          ? `The main disk is ${evidence.systemVolumeEncrypted ? 'encrypted' : 'of unknown status'}, but other storage is not encrypted. ${evidence.deviceReason}`
          : `Encryption could not be fully determined. ${evidence.deviceReason}`;
  return { status, summary, findings };
};
