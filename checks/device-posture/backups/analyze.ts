/** Turns backup evidence into findings (pure). */
import type { AnalyzeContext, CheckOutcome, Finding } from '../../types.js';
import { elevationHint } from '../../elevation.js';
import { makeFinding } from '../shared/findings.js';
import { outcomeOf } from '../shared/posture2-common.js';
import type { BackupsEvidence } from './collect.js';
import { BACKUPS_META as META } from './meta.js';

const base = { ...META, insuranceControls: ['backups'] };

/** A backup older than this many days is reported as stale (insurers and the crosswalk use 7). */
export const MAX_BACKUP_AGE_DAYS = 7;

const DAY_MS = 86_400_000;

/** Analyzes the backups evidence. */
export const analyzeBackups = (e: BackupsEvidence, ctx: AnalyzeContext): CheckOutcome => {
  const p = ctx.platform;
  const findings: Finding[] = [];
  const ageDays = (iso: string) => Math.floor((ctx.now.getTime() - new Date(iso).getTime()) / DAY_MS);
  const dated = e.sources.filter((s) => s.lastBackup !== null);
  const fresh = dated.filter((s) => ageDays(s.lastBackup ?? '') <= MAX_BACKUP_AGE_DAYS);
  const undated = e.sources.filter((s) => s.lastBackup === null);

  if (fresh.length === 0) {
    for (const s of dated) {
      const days = ageDays(s.lastBackup ?? '');
      findings.push(
        makeFinding(base, p, {
          subject: `stale:${s.kind}`,
          status: 'fail',
          severity: 'high',
          title: `${s.name}: last backup ${days} days ago`,
          description: `${s.name} is set up (${s.detail}) but its last completed backup was on ${(s.lastBackup ?? '').slice(0, 10)}, more than ${MAX_BACKUP_AGE_DAYS} days ago. Anything changed since then would be lost with this computer.`,
          remediation: [...META.remediation[p].slice(0, 1), `Connect the backup disk or network location and let ${s.name} finish a backup, then check the date again.`],
          evidence: { source: s.kind, lastBackup: s.lastBackup, ageDays: days, detail: s.detail },
        }),
      );
    }
    for (const s of undated) {
      findings.push(
        makeFinding(base, p, { subject: `no-date:${s.kind}`, status: 'unknown', severity: 'medium', title: `${s.name} is set up; the date of its last backup is not recorded where the scan can read it`, description: `Could not determine when ${s.name} (${s.detail}) last finished a backup. Open it and note the date of the last successful backup.`, remediation: ['Open the backup app and confirm the last successful backup is less than a week old.'], evidence: { source: s.kind, detail: s.detail } }),
      );
    }
    if (e.agents.length > 0) {
      findings.push(
        makeFinding(base, p, {
          subject: 'agent-unconfirmed',
          status: 'unknown',
          severity: 'medium',
          title: `Backup software found: ${e.agents.map((a) => a.name).join(', ')}`,
          description: 'Backup software is installed, but it keeps its schedule and history in its own format, so the scan cannot confirm that it is signed in, covers the folders holding patient data, or finished recently.',
          remediation: ['Open the backup app and confirm: it is signed in, it includes the folders with patient data, and the last successful backup is less than a week old.', 'Confirm your organization has a BAA with the backup provider if the backups hold patient data.'],
          insuranceControls: ['backups', 'vendor-baa'],
          evidence: { agents: e.agents },
        }),
      );
    }
  }

  if (e.sources.length === 0 && e.agents.length === 0) {
    const blind = e.unknowns.map((u) => `${u.what}: ${u.reason}`);
    findings.push(
      makeFinding(base, p, {
        subject: 'no-evidence',
        status: 'fail',
        severity: 'high',
        title: 'No backup evidence on this device',
        description: `The scan found no built-in backup set up and no known backup software. That does not prove the data is unprotected (a server, the EHR vendor or an IT provider may copy the data another way), but nothing on this computer shows one.${blind.length > 0 ? ` Places the scan could not check: ${blind.join('; ')}.` : ''}`,
        remediation: [...META.remediation[p], ...(e.unknowns.some((u) => u.needsAdmin) ? [elevationHint(p, META.id)] : [])],
        evidence: { checked: p === 'darwin' ? ['Time Machine', 'backup software'] : p === 'win32' ? ['File History', 'backup software'] : ['Timeshift', 'Déjà Dup', 'borgmatic', 'backup software'], notChecked: e.unknowns },
      }),
    );
  }

  const newest = fresh.map((s) => s.lastBackup ?? '').sort().pop();
  return outcomeOf(findings, {
    pass: `Backed up recently: ${fresh.map((s) => s.name).join(', ')} (last on ${(newest ?? '').slice(0, 10)}).`,
    fail: findings.some((f) => f.id.endsWith(':no-evidence')) ? 'No backup evidence on this device.' : 'The last backup is more than a week old.',
    unknown: 'Backups appear to be set up, but the scan could not confirm a recent successful backup.',
  });
};
