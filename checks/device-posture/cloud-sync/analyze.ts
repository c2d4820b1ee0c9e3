/** Turns cloud-sync evidence (and the patient-record scan's files, when it ran) into findings (pure). */
import { patientRecordsSchema, type PatientRecordFile } from '../../../reports/schema.js';
import type { AnalyzeContext, CheckOutcome, Finding } from '../../types.js';
import { makeFinding } from '../shared/findings.js';
import { isInside, outcomeOf } from '../shared/posture2-common.js';
import type { CloudSyncEvidence } from './collect.js';
import { CLOUD_SYNC_META as META } from './meta.js';
import type { SyncAccount } from './parse.js';

const base = { ...META, insuranceControls: ['cloud-storage', 'vendor-baa'] };

const PROVIDER: Record<SyncAccount['provider'], string> = { dropbox: 'Dropbox', 'google-drive': 'Google Drive', onedrive: 'OneDrive', 'icloud-drive': 'iCloud Drive', box: 'Box' };

/** The patient-record files, or why the cross-check could not be done. */
const patientFiles = (ctx: AnalyzeContext): { files: PatientRecordFile[] } | { notDone: string } => {
  const raw = ctx.evidenceOf('patient-records');
  if (raw === undefined || raw === null) return { notDone: 'the patient-record scan did not run in this scan, so sync folders were not checked for patient files' };
  const parsed = patientRecordsSchema.safeParse(raw);
  return parsed.success ? { files: parsed.data.files } : { notDone: 'the patient-record results were not in the expected shape, so sync folders were not checked for patient files' };
};

/** Analyzes the cloud-sync evidence. */
export const analyzeCloudSync = (e: CloudSyncEvidence, ctx: AnalyzeContext): CheckOutcome => {
  const findings: Finding[] = [];
  const records = patientFiles(ctx);
  const crossCheck = 'files' in records ? 'done' : 'not-done';

  for (const a of e.accounts) {
    const name = `${PROVIDER[a.provider]}${a.label || a.plan ? ` (${[a.label, a.plan].filter(Boolean).join(', ')})` : ''}`;
    const subject = `${a.provider}:${a.account}${a.label ? `:${a.label}` : ''}`;
    const inside = 'files' in records && a.folder ? records.files.filter((f) => isInside(ctx.platform, f.path, a.folder ?? '')) : [];
    const phi = inside.filter((f) => f.category === 'phi');
    const note = 'notDone' in records ? ` Whether patient files are in it was not checked: ${records.notDone}.` : a.folder === null ? ' Its files live on a virtual drive the patient-record scan does not cover.' : '';
    const evidence = { provider: a.provider, account: a.account, folder: a.folder, source: a.source, patientFileCrossCheck: crossCheck, patientFiles: inside.length, phiFiles: phi.length };

    if (inside.length > 0 && a.account !== 'business') {
      findings.push(
        makeFinding(base, ctx.platform, {
          subject: `patient-files:${subject}`,
          status: 'fail',
          severity: 'high',
          title: `Patient files in a ${a.account === 'personal' ? 'personal' : 'possibly personal'} ${name} folder`,
          description: `${inside.length} file(s) with patient or personal identifiers (${phi.length} with health information) sit in ${a.folder}, which is copied to ${PROVIDER[a.provider]}. ${a.account === 'personal' ? 'A personal account has no Business Associate Agreement, so this is patient data leaving to a company that has not agreed to protect it.' : 'The scan could not tell whether this is a personal or an organization account.'}`,
          remediation: [`Move these files out of ${a.folder} into the practice's BAA-covered storage, then delete them from ${PROVIDER[a.provider]} (including its deleted-files bin).`, 'Ask your privacy officer whether this is a reportable breach (45 CFR 164.402 four-factor assessment).', ...META.remediation[ctx.platform]],
          safeguards: ['164.308(b)(1)', '164.314(a)(1)', '164.502(e)(1)'],
          evidence: { ...evidence, files: inside.slice(0, 20).map((f) => f.path) },
        }),
      );
    }
    if (a.account === 'personal') {
      findings.push(
        makeFinding(base, ctx.platform, {
          subject,
          status: 'fail',
          severity: 'medium',
          title: `Personal ${name} syncs from this computer`,
          description: `A personal ${PROVIDER[a.provider]} account is set up to sync from this computer${a.folder ? ` (folder: ${a.folder}, found through ${a.source})` : ''}. Personal accounts come with no Business Associate Agreement, so no patient data may be saved there.${note}`,
          remediation: META.remediation[ctx.platform],
          evidence,
        }),
      );
    } else {
      findings.push(
        makeFinding(base, ctx.platform, {
          subject,
          status: 'unknown',
          severity: a.account === 'business' ? 'low' : 'medium',
          title: a.account === 'business' ? `${name} business account: confirm the BAA` : `${name}: personal or organization account?`,
          description:
            a.account === 'business'
              ? `An organization ${PROVIDER[a.provider]} account is signed in${a.folder ? ` (folder: ${a.folder})` : ''}${phi.length > 0 ? ` and holds ${phi.length} file(s) with patient health information` : ''}. Confirm your organization has a BAA with the provider that covers this service.${note}`
              : `${PROVIDER[a.provider]} is set up on this computer${a.folder ? ` (folder: ${a.folder})` : ''}, but the scan could not tell whether it is a personal or an organization account. Personal accounts have no BAA.${note}`,
          remediation: ['Confirm your organization has a BAA with the provider (for Microsoft 365 and Google Workspace it is accepted in the admin console), and that the account belongs to the organization, not to a person.'],
          evidence,
        }),
      );
    }
  }
  for (const u of e.unknowns) {
    findings.push(makeFinding(base, ctx.platform, { subject: `unknown:${u.what}`, status: 'unknown', severity: 'low', title: `Could not check ${u.what}`, description: `Could not determine: ${u.reason}.`, remediation: ['Check the sync app on this computer by hand: which account is signed in, and is it personal or the organization\'s?'] }));
  }
  const suffix = crossCheck === 'not-done' && e.accounts.length > 0 ? ' Patient files in sync folders were not cross-checked (patient-record scan not run).' : '';
  return outcomeOf(findings, {
    pass: `No Dropbox, Google Drive, OneDrive, iCloud Drive or Box sync folder was found on this computer.${e.notChecked.length > 0 ? ` ${e.notChecked.join(' ')}` : ''}`,
    fail: `Personal cloud sync found: ${findings.filter((f) => f.status === 'fail').map((f) => f.title).join('; ')}.${suffix}`,
    unknown: `Cloud sync found that needs a BAA confirmation or could not be fully checked.${suffix}`,
  });
};
