/** Collects messaging-app evidence through the probe: installs, running processes and data stores. */
import { assertNever, type CollectContext } from '../types.js';
import { CATALOG, type Catalog } from './catalog.js';
import { collectLinuxApps } from './collect-linux.js';
import { collectMacApps } from './collect-mac.js';
import { collectStores } from './collect-stores.js';
import { collectWindowsApps } from './collect-windows.js';
import type { MessagingEvidence } from './evidence.js';
import { buildMatchIndex } from './match.js';
import { matchProcesses } from './parse-processes.js';
import { userDirs } from './paths.js';
import { countLooked, noteGap, type ScanContext } from './scan-context.js';

/** Looks for every catalog app on the scanned machine (home folders come from the probe's system facts). */
export const collectMessagingApps = async (ctx: Pick<CollectContext, 'probe' | 'platform'>, catalog: Catalog = CATALOG): Promise<MessagingEvidence> => {
  const facts = await ctx.probe.system();
  const scan: ScanContext = { probe: ctx.probe, catalog, index: buildMatchIndex(catalog), dirs: userDirs(facts), detections: [], gaps: [], looked: {} };
  switch (ctx.platform) {
    case 'darwin':
      await collectMacApps(scan);
      break;
    case 'win32':
      await collectWindowsApps(scan);
      break;
    case 'linux':
      await collectLinuxApps(scan, facts.env.XDG_DATA_DIRS);
      break;
    default:
      assertNever(ctx.platform);
  }
  const processes = await ctx.probe.si('messaging.processes', 'processes');
  if (processes.ok) {
    const list = (processes.value as { list?: unknown[] } | null)?.list;
    countLooked(scan, 'processes', Array.isArray(list) ? list.length : 0);
    scan.detections.push(...matchProcesses(processes.value, ctx.platform, scan.index));
  } else noteGap(scan, 'running programs', processes);
  const stores = await collectStores(scan);
  return { platform: ctx.platform, home: scan.dirs.home, detections: scan.detections, stores, gaps: scan.gaps, looked: scan.looked };
};
