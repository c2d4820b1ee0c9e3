/** macOS: finds catalog apps by the CFBundleIdentifier in each app bundle's Info.plist. */
import path from 'node:path';
import { addDetection, countLooked, mapLimit, noteGap, type ScanContext } from './scan-context.js';

const MAX_BUNDLES = 600;

/** Lists `.app` bundles in one folder, and one level into `*.localized` folders (e.g. WhatsApp.localized). */
const listBundles = async (scan: ScanContext, dir: string, depth = 0): Promise<string[]> => {
  const listed = await scan.probe.listDir('messaging.mac.apps', dir);
  if (!listed.ok) {
    noteGap(scan, `applications folder ${dir}`, listed);
    return [];
  }
  const bundles: string[] = [];
  for (const entry of listed.entries) {
    const full = path.posix.join(dir, entry.name);
    if (entry.name.endsWith('.app')) bundles.push(full);
    else if (depth === 0 && entry.type === 'dir' && entry.name.endsWith('.localized')) bundles.push(...(await listBundles(scan, full, 1)));
  }
  return bundles;
};

/** The Spotlight query for every catalog bundle id, so apps kept outside Applications are found too. */
export const spotlightQuery = (bundleIds: string[]): string => bundleIds.map((id) => `kMDItemCFBundleIdentifier == "${id}"`).join(' || ');

/** App bundles Spotlight lists, minus mounted disk images and bundles nested inside other bundles. */
export const parseSpotlightPaths = (stdout: string): string[] =>
  stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.endsWith('.app') && !l.startsWith('/Volumes/') && !l.slice(0, -4).includes('.app/'));

const spotlightBundles = async (scan: ScanContext): Promise<string[]> => {
  const ids = scan.catalog.apps.flatMap((a) => a.mac.bundleIds.map((b) => b.id));
  const result = await scan.probe.run('messaging.mac.mdfind', ['mdfind', spotlightQuery(ids)], { timeoutMs: 20_000 });
  // Spotlight may be off or still indexing; the Applications folders above are the dependable source.
  return result.ok ? parseSpotlightPaths(result.stdout) : [];
};

/** Reads each bundle's Info.plist; falls back to the bundle's name only when the plist is unreadable. */
export const collectMacApps = async (scan: ScanContext): Promise<void> => {
  const roots = ['/Applications', path.posix.join(scan.dirs.home, 'Applications')];
  const listed = (await Promise.all(roots.map((r) => listBundles(scan, r)))).flat();
  const bundles = [...new Set([...listed, ...(await spotlightBundles(scan))])].slice(0, MAX_BUNDLES);
  countLooked(scan, 'mac app bundles', bundles.length);
  await mapLimit(bundles, 8, async (bundle) => {
    const info = await scan.probe.plist('messaging.mac.info-plist', path.posix.join(bundle, 'Contents', 'Info.plist'));
    const bundleId = info.ok ? (info.value as { CFBundleIdentifier?: unknown } | null)?.CFBundleIdentifier : undefined;
    if (typeof bundleId === 'string') {
      const appId = scan.index.macBundleId(bundleId);
      if (appId) addDetection(scan, { appId, source: 'mac-bundle-id', identifier: bundleId, location: bundle });
      return;
    }
    // A bundle whose Info.plist cannot be read is matched by its exact name, never by a part of it.
    const appId = scan.index.macAppName(path.posix.basename(bundle));
    if (appId) addDetection(scan, { appId, source: 'mac-app-name', identifier: path.posix.basename(bundle), location: bundle });
  });
};
