/** Turns removable-media evidence (and the disk-encryption check's volumes, when it ran) into findings (pure). */
import { z } from 'zod';
import type { AnalyzeContext, CheckOutcome, Finding } from '../../types.js';
import { elevationHint } from '../../elevation.js';
import { makeFinding } from '../shared/findings.js';
import { outcomeOf } from '../shared/posture2-common.js';
import type { RemovableMediaEvidence } from './collect.js';
import { REMOVABLE_MEDIA_META as META } from './meta.js';

const base = { ...META, insuranceControls: ['encryption-removable-media'] };

// Only the fields this check needs from DiskEncryptionEvidence (checks/disk-encryption/evidence.ts); read defensively.
const diskVolumesSchema = z.object({
  volumes: z.array(
    z.object({
      id: z.string(),
      mount: z.string().nullable().optional(),
      device: z.string().nullable().optional(),
      label: z.string().nullable().optional(),
      kind: z.string().optional(),
      removable: z.boolean().optional(),
      encrypted: z.boolean().nullable(),
      reason: z.string().optional(),
    }),
  ),
});

/** "PATIENTS (/Volumes/PATIENTS)", or just the mount point when the volume has no label. */
const volumeName = (label: string | null | undefined, where: string | null | undefined, fallback: string): string =>
  label ? `${label}${where ? ` (${where})` : ''}` : where || fallback;

type Vol = { id: string; name: string; encrypted: boolean | null; reason: string; source: 'disk-encryption' | 'blockDevices' };

const removableFromDiskEncryption = (raw: unknown): Vol[] | undefined => {
  const parsed = diskVolumesSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return parsed.data.volumes
    .filter((v) => v.removable === true || v.kind === 'removable')
    .map((v) => ({ id: v.id, name: volumeName(v.label, v.mount ?? v.device, v.id), encrypted: v.encrypted, reason: v.reason ?? '', source: 'disk-encryption' as const }));
};

/** Analyzes the removable-media evidence. */
export const analyzeRemovableMedia = (e: RemovableMediaEvidence, ctx: AnalyzeContext): CheckOutcome => {
  const p = ctx.platform;
  const findings: Finding[] = [];
  const pol = e.policy;
  if (pol.state === 'allowed') {
    findings.push(
      makeFinding(base, p, {
        subject: 'usb-policy',
        status: 'fail',
        severity: 'medium',
        title: 'USB drives can be used freely',
        description: `Nothing on this computer blocks USB storage or requires it to be encrypted (${pol.details.join('; ')}). Patient files can be copied to any thumb drive, and a lost unencrypted drive is a reportable breach.`,
        remediation: META.remediation[p],
        evidence: { policy: pol.state, details: pol.details },
      }),
    );
  } else if (pol.state === 'unknown') {
    findings.push(
      makeFinding(base, p, { subject: 'usb-policy', status: 'unknown', severity: 'medium', title: 'Could not tell whether USB storage is restricted', description: `Could not determine: ${pol.reason}`, remediation: pol.needsAdmin ? [elevationHint(p, META.id)] : META.remediation[p], needsAdmin: pol.needsAdmin === true }),
    );
  }

  const fromDe = removableFromDiskEncryption(ctx.evidenceOf('disk-encryption'));
  const vols: Vol[] =
    fromDe ??
    (e.volumes.state === 'listed'
      ? e.volumes.volumes.map((v) => ({ id: v.device || v.mount, name: volumeName(v.label, v.mount, v.device), encrypted: null, reason: 'the disk-encryption check did not run in this scan, and this check does not test encryption itself', source: 'blockDevices' as const }))
      : []);
  for (const v of vols) {
    if (v.encrypted === false) {
      findings.push(
        makeFinding(base, p, { subject: `volume:${v.id}`, status: 'fail', severity: 'high', title: `Removable drive "${v.name}" is not encrypted`, description: `The removable volume ${v.name} attached to this computer is not encrypted. If it holds patient files and is lost, the loss is a reportable breach.`, remediation: META.remediation[p].slice(0, 1), safeguards: ['164.312(a)(2)(iv)', '164.310(d)(1)'], evidence: { volume: v.id, source: v.source } }),
      );
    } else if (v.encrypted === null) {
      findings.push(makeFinding(base, p, { subject: `volume:${v.id}`, status: 'unknown', severity: 'low', title: `Could not tell whether removable drive "${v.name}" is encrypted`, description: `Could not determine: ${v.reason || 'no reason given'}.`, remediation: ['Run the full scan (include the disk-encryption check), or check the drive by hand.', ...META.remediation[p].slice(0, 1)], evidence: { volume: v.id, source: v.source } }));
    }
  }
  if (!fromDe && e.volumes.state === 'unknown') {
    findings.push(makeFinding(base, p, { subject: 'volumes', status: 'unknown', severity: 'low', title: 'Could not list attached removable drives', description: `Could not determine: ${e.volumes.reason}`, remediation: ['Check attached USB drives by hand.'] }));
  }

  const restricted = pol.state === 'blocked' ? 'USB storage is blocked by policy' : pol.state === 'read-only' ? 'USB storage is read-only by policy' : pol.state === 'encrypt-to-write' ? 'USB drives must be BitLocker-encrypted before they can be written' : '';
  return outcomeOf(findings, {
    pass: `${restricted}${vols.length === 0 ? '; no removable drive is attached.' : '; attached removable drives are encrypted.'}`,
    fail: `Removable media is a risk: ${findings.filter((f) => f.status === 'fail').map((f) => f.title).join('; ')}.`,
    unknown: 'The removable-media policy or an attached drive could not be fully checked (see findings).',
  });
};
