/** Judges OS support status (bundled end-of-support dates) and how recently updates were installed. */
import type { AnalyzeContext, CheckOutcome, Finding, Platform } from '../../types.js';
import { makeFinding, reasonText } from '../shared/findings.js';
import { EOL_DATA, lookupSupport, type EolData, type OsIdentity } from './eol.js';
import type { LastUpdate, OsSupportEvidence } from './evidence.js';
import { MAX_DAYS_SINCE_UPDATE, osSupportMeta as meta } from './meta.js';

/** One part of the verdict: a sentence for the summary and, unless it passed, a finding. */
type Part = { status: 'pass' | 'fail' | 'unknown'; summary: string; finding?: Finding };

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const daysBetween = (from: string, now: Date): number => Math.floor((now.getTime() - dayOf(from)) / DAY_MS);

const supportPart = (platform: Platform, os: OsIdentity, now: Date, data: EolData): Part => {
  const finding = (status: 'fail' | 'unknown', severity: Finding['severity'], title: string, description: string, evidence: Record<string, unknown>): Finding =>
    makeFinding(meta, platform, { subject: 'support', status, severity, title, description, evidence: { os, dataAsOf: data.asOf, ...evidence }, insuranceControls: ['end-of-life-software'] });
  const lookup = lookupSupport(os, data);
  if (lookup.kind === 'unknown') {
    const text = `Could not determine whether ${os.name} still gets security updates: ${lookup.reason} (data as of ${data.asOf}).`;
    return { status: 'unknown', summary: text, finding: finding('unknown', 'medium', 'Support status unknown', `${text} Check the vendor's support page for this version.`, {}) };
  }
  if (lookup.kind === 'newer') return { status: 'pass', summary: `${os.name} is newer than every release in the bundled support data (${lookup.newestKnown}, as of ${data.asOf}), so it is a current release.` };
  const e = lookup.entry;
  const today = now.toISOString().slice(0, 10);
  const evidence = { release: e.name, supportEnd: e.supportEnd, expectedEnd: e.expectedEnd ?? null, extendedEnd: e.extendedEnd ?? null, source: e.source };
  if (e.supportEnd === null) {
    if (e.expectedEnd && today > e.expectedEnd) {
      const text = `${e.name} has probably stopped getting security updates: the vendor usually ends it around ${e.expectedEnd}, after the support data was compiled (${data.asOf}).`;
      return { status: 'unknown', summary: text, finding: finding('unknown', 'medium', 'Probably no longer supported', `${text} ${e.note ?? ''} Confirm on ${e.source}.`.trim(), evidence) };
    }
    return { status: 'pass', summary: `${e.name} is supported${e.expectedEnd ? ` (expected until about ${e.expectedEnd})` : ''}.` };
  }
  if (today <= e.supportEnd) {
    const left = daysBetween(today, new Date(dayOf(e.supportEnd)));
    // A pass still warns when the end is near, so the practice can plan the upgrade.
    return { status: 'pass', summary: `${e.name} is supported until ${e.supportEnd}${left <= 90 ? ` (only ${left} days left: plan the upgrade)` : ''}.` };
  }
  if (e.extendedEnd && today <= e.extendedEnd) {
    const paid = e.extendedKind === 'paid';
    const text = paid
      ? `${e.name} reached end of support on ${e.supportEnd}. It gets security updates until ${e.extendedEnd} only if it is enrolled in the vendor's paid extended support, which this scan cannot see.`
      : `${e.name} reached end of regular security support on ${e.supportEnd}; only limited long-term support continues until ${e.extendedEnd}.`;
    return { status: 'fail', summary: text, finding: finding('fail', paid ? 'high' : 'medium', paid ? 'Operating system past end of support' : 'Operating system in limited long-term support', `${text} ${e.note ?? ''}`.trim(), evidence) };
  }
  const text = `${e.name} stopped getting security updates on ${e.extendedEnd ?? e.supportEnd}; every flaw found since stays open.`;
  return { status: 'fail', summary: text, finding: finding('fail', 'critical', 'Operating system no longer supported', text, evidence) };
};

const updatesPart = (platform: Platform, last: LastUpdate, now: Date): Part => {
  const finding = (status: 'fail' | 'unknown', severity: Finding['severity'], title: string, description: string): Finding =>
    makeFinding(meta, platform, { subject: 'updates', status, severity, title, description, evidence: { lastUpdate: last }, insuranceControls: ['patching'] });
  if (last.day === null) {
    if (last.coversFrom && daysBetween(last.coversFrom, now) > MAX_DAYS_SINCE_UPDATE) {
      const text = `No update has been installed since at least ${last.coversFrom} (${last.source}).`;
      return { status: 'fail', summary: text, finding: finding('fail', 'high', 'Updates not installed recently', `${text} Updates close known security holes; insurers expect them within 30 days.`) };
    }
    const text = `Could not determine when updates were last installed: ${last.source} holds no update record.`;
    return { status: 'unknown', summary: text, finding: finding('unknown', 'medium', 'Last update date unknown', text) };
  }
  // A record dated after the scan (clock skew, time zones) counts as today.
  const days = Math.max(0, daysBetween(last.day, now));
  const what = last.name ? ` (${last.name})` : '';
  if (days <= MAX_DAYS_SINCE_UPDATE) return { status: 'pass', summary: `Updates were last installed ${days} day${days === 1 ? '' : 's'} ago${what}.` };
  const text = `Updates were last installed ${days} days ago, on ${last.day}${what}.`;
  return { status: 'fail', summary: text, finding: finding('fail', 'high', 'Updates not installed recently', `${text} Updates close known security holes; insurers expect them within 30 days.`) };
};

const extraParts = (e: OsSupportEvidence): Part[] => {
  const parts: Part[] = [];
  if (e.pendingUpdates?.ok && (e.pendingUpdates.value.security ?? 0) > 0) {
    const { total, security } = e.pendingUpdates.value;
    const text = `${security} security update${security === 1 ? ' is' : 's are'} waiting to be installed (${total} updates in all).`;
    parts.push({ status: 'fail', summary: text, finding: makeFinding(meta, e.platform, { subject: 'pending-updates', status: 'fail', severity: 'medium', title: 'Security updates waiting', description: text, evidence: { pendingUpdates: e.pendingUpdates.value }, insuranceControls: ['patching'] }) });
  }
  if (e.restartPending?.ok && e.restartPending.value) {
    const text = 'Windows has installed updates that take effect only after a restart.';
    parts.push({ status: 'fail', summary: text, finding: makeFinding(meta, e.platform, { subject: 'restart-pending', status: 'fail', severity: 'medium', title: 'Restart needed to finish updates', description: `${text} Until then the old, vulnerable files stay in use.`, evidence: { restartPending: true }, remediation: ['Save your work and restart the computer (Start > Power > Update and restart).'], insuranceControls: ['patching'] }) });
  }
  return parts;
};

/** Turns os-support evidence into an outcome (pure); `data` defaults to the bundled dates. */
export const analyzeOsSupport = (e: OsSupportEvidence, ctx: AnalyzeContext, data: EolData = EOL_DATA): CheckOutcome => {
  const parts: Part[] = [];
  if (e.os.ok) parts.push(supportPart(e.platform, e.os.value, ctx.now, data));
  else {
    const text = `Could not identify the operating system version: ${reasonText(e.os)}.`;
    parts.push({ status: 'unknown', summary: text, finding: makeFinding(meta, e.platform, { subject: 'support', status: 'unknown', severity: 'medium', title: 'Operating system version unknown', description: text, evidence: { error: e.os }, insuranceControls: ['end-of-life-software'] }) });
  }
  if (e.lastUpdate.ok) parts.push(updatesPart(e.platform, e.lastUpdate.value, ctx.now));
  else {
    const text = `Could not determine when updates were last installed: ${reasonText(e.lastUpdate)}.`;
    parts.push({ status: 'unknown', summary: text, finding: makeFinding(meta, e.platform, { subject: 'updates', status: 'unknown', severity: 'medium', title: 'Last update date unknown', description: text, evidence: { error: e.lastUpdate }, insuranceControls: ['patching'] }) });
  }
  parts.push(...extraParts(e));
  const status = parts.some((p) => p.status === 'fail') ? 'fail' : parts.some((p) => p.status === 'unknown') ? 'unknown' : 'pass';
  return { status, summary: parts.map((p) => p.summary).join(' '), findings: parts.flatMap((p) => (p.finding ? [p.finding] : [])) };
};
