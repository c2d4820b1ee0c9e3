/** Turns messaging-app evidence into findings (pure). */
import { elevationHint } from '../elevation.js';
import type { AnalyzeContext, CheckOutcome, Finding, Platform, Severity } from '../types.js';
import { CATALOG, type Catalog, type CatalogApp } from './catalog.js';
import { describeFinding, remediationFor, titleFor, type UseLevel } from './describe.js';
import type { DataStore, Detection, MessagingEvidence, ProbeGap } from './evidence.js';
import { MESSAGING_META } from './meta.js';

/** Chat data changed within this many days counts as recent use. */
export const RECENT_DAYS = 90;
const DAY_MS = 86_400_000;

// Rows: how the app was seen; columns: no BAA at all vs BAA on some plans (confirm the plan).
const SEVERITY: Record<UseLevel, { none: Severity; plans: Severity }> = {
  'recent-chats': { none: 'high', plans: 'medium' },
  installed: { none: 'medium', plans: 'low' },
  'leftover-data': { none: 'low', plans: 'low' },
};

/** How strongly the evidence shows use: recent chat data, an install, or data left behind. */
export const useLevel = (app: CatalogApp, installed: Detection[], running: Detection[], stores: DataStore[], now: Date): UseLevel => {
  const chatStores = stores.filter((s) => s.kind !== 'app-data');
  if (chatStores.some((s) => now.getTime() - Date.parse(s.lastModified) <= RECENT_DAYS * DAY_MS)) return 'recent-chats';
  // A built-in app is always "installed"; its data is what shows that someone uses it.
  if (installed.length > 0 || running.length > 0 || (app.builtIn && stores.length > 0)) return 'installed';
  return 'leftover-data';
};

const appFinding = (app: CatalogApp, evidence: MessagingEvidence, platform: Platform, now: Date): Finding | undefined => {
  const dets = evidence.detections.filter((d) => d.appId === app.id);
  const stores = evidence.stores.filter((s) => s.appId === app.id);
  if (dets.length === 0 && stores.length === 0) return undefined;
  const installed = dets.filter((d) => d.source !== 'process');
  const running = dets.filter((d) => d.source === 'process');
  const level = useLevel(app, installed, running, stores, now);
  const severity = SEVERITY[level][app.baa.status === 'none' ? 'none' : 'plans'];
  return {
    id: `${MESSAGING_META.id}:${app.id}`,
    checkId: MESSAGING_META.id,
    status: 'fail',
    severity,
    title: titleFor(app, level, stores.some((s) => s.kind !== 'app-data')),
    description: describeFinding(app, installed, running, stores),
    remediation: remediationFor(app, platform, installed, stores, level),
    safeguards: [...MESSAGING_META.safeguards],
    insuranceControls: [...MESSAGING_META.insuranceControls],
    evidence: {
      app: { id: app.id, name: app.name, vendor: app.vendor },
      baa: { status: app.baa.status, note: app.baa.note, source: app.sources[app.baa.src] },
      ...(app.retired ? { retired: app.retired.date } : {}),
      use: level,
      installed: installed.map(({ source, identifier, location }) => ({ source, identifier, location })),
      running: running.map((d) => d.identifier),
      dataStores: stores.map(({ path, kind, type, sizeBytes, sizeComplete, lastModified, encryptedAtRest }) => ({ path, kind, type, sizeBytes, sizeComplete, lastModified, encryptedAtRest })),
    },
  };
};

// macOS guards app folders with privacy permissions (TCC) that sudo does not lift: Full Disk Access does.
const gapFix = (platform: Platform): string[] =>
  platform === 'darwin'
    ? ['Give Practice Audit Full Disk Access (System Settings > Privacy & Security > Full Disk Access), then scan again.']
    : [elevationHint(platform, 'messaging-apps'), ...(platform === 'linux' ? ['Or scan again as the user whose folders could not be read.'] : [])];

const gapFinding = (gaps: ProbeGap[], platform: Platform): Finding => ({
  id: `${MESSAGING_META.id}:incomplete`,
  checkId: MESSAGING_META.id,
  status: 'unknown',
  severity: 'low',
  title: 'Some places could not be checked for messaging apps',
  description: `The scan could not read ${gaps.length} place${gaps.length === 1 ? '' : 's'} where messaging apps or their chats may be, so an app there would be missed: ${gaps
    .slice(0, 8)
    .map((g) => `${g.what} (${g.error}: ${g.message})`)
    .join('; ')}.`,
  remediation: gapFix(platform),
  safeguards: [...MESSAGING_META.safeguards],
  insuranceControls: [...MESSAGING_META.insuranceControls],
  evidence: { gaps },
  ...(gaps.some((g) => g.error === 'denied') ? { needsAdmin: true } : {}),
});

/** One finding per catalog app seen (installed, running or data left), plus one for places not readable. */
export const analyzeMessagingApps = (evidence: MessagingEvidence, ctx: Pick<AnalyzeContext, 'platform' | 'now'>, catalog: Catalog = CATALOG): CheckOutcome => {
  const findings = catalog.apps.flatMap((app) => appFinding(app, evidence, ctx.platform, ctx.now) ?? []);
  const names = findings.map((f) => (f.evidence.app as { name: string }).name);
  if (evidence.gaps.length > 0) findings.push(gapFinding(evidence.gaps, ctx.platform));
  if (names.length > 0) return { status: 'fail', summary: `Messaging apps or their chat data found: ${names.join(', ')}.`, findings };
  if (evidence.gaps.length > 0) return { status: 'unknown', summary: 'No messaging apps found, but some places could not be checked.', findings };
  return { status: 'pass', summary: 'No consumer messaging apps or chat data were found.', findings };
};
