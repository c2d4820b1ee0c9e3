/** Finds each catalog app's local data stores and measures them without opening any file. */
import type { CatalogApp, CatalogStore } from './catalog.js';
import type { DataStore } from './evidence.js';
import { expandTemplate, joinFor, splitWildcard } from './paths.js';
import { countLooked, mapLimit, noteGap, type ScanContext } from './scan-context.js';

/** Stat calls per store: enough for a size estimate and a "last used" date, bounded for huge caches. */
export const MAX_ENTRIES_PER_STORE = 80;
const MAX_DEPTH = 3;
const MAX_WILDCARD_MATCHES = 10;

/** Expands a catalog template to concrete paths, listing the parent of a `*` segment. */
export const resolveTemplate = async (scan: ScanContext, template: string, appId: string): Promise<string[]> => {
  const resolved = expandTemplate(template, scan.dirs);
  if (resolved === undefined) return [];
  const pattern = splitWildcard(resolved, scan.dirs.platform);
  if ('fixed' in pattern) return [pattern.fixed];
  const listed = await scan.probe.listDir('messaging.store.list', pattern.parent);
  if (!listed.ok) {
    noteGap(scan, pattern.parent, listed, appId);
    return [];
  }
  return listed.entries
    .filter((e) => pattern.segment.test(e.name))
    .slice(0, MAX_WILDCARD_MATCHES)
    .map((e) => joinFor(scan.dirs, pattern.parent, e.name, ...pattern.rest));
};

type Measure = { sizeBytes: number; sizeComplete: boolean; newestMs: number };

/** Walks a folder breadth-first, statting at most MAX_ENTRIES_PER_STORE entries. */
const measureDir = async (scan: ScanContext, root: string, rootMtimeMs: number): Promise<Measure> => {
  const m: Measure = { sizeBytes: 0, sizeComplete: true, newestMs: rootMtimeMs };
  const queue: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
  let budget = MAX_ENTRIES_PER_STORE;
  while (queue.length > 0) {
    const { dir, depth } = queue.shift() as { dir: string; depth: number };
    const listed = await scan.probe.listDir('messaging.store.list', dir);
    if (!listed.ok) {
      m.sizeComplete = false;
      continue;
    }
    for (const entry of listed.entries) {
      if (budget-- <= 0) {
        m.sizeComplete = false;
        return m;
      }
      const child = joinFor(scan.dirs, dir, entry.name);
      const stat = await scan.probe.stat('messaging.store.stat', child);
      if (!stat.ok) continue;
      m.newestMs = Math.max(m.newestMs, stat.mtimeMs);
      if (stat.type === 'file') m.sizeBytes += stat.size;
      else if (stat.type === 'dir') {
        if (depth + 1 < MAX_DEPTH) queue.push({ dir: child, depth: depth + 1 });
        else m.sizeComplete = false;
      }
    }
  }
  return m;
};

const measureStore = async (scan: ScanContext, app: CatalogApp, store: CatalogStore, target: string): Promise<DataStore | undefined> => {
  const stat = await scan.probe.stat('messaging.store.stat', target);
  countLooked(scan, 'data store paths', 1);
  if (!stat.ok) {
    noteGap(scan, target, stat, app.id);
    return undefined;
  }
  if (stat.type !== 'file' && stat.type !== 'dir') return undefined;
  // Looking inside another app's macOS container raises a privacy prompt (macOS 14 "App Data"), so
  // those folders are only stat'ed; files the catalog names inside them are stat'ed directly.
  const sealed = scan.dirs.platform === 'darwin' && /\/Library\/(Group )?Containers\//.test(target);
  const m =
    stat.type === 'file' ? { sizeBytes: stat.size, sizeComplete: true, newestMs: stat.mtimeMs } : sealed ? { sizeBytes: 0, sizeComplete: false, newestMs: stat.mtimeMs } : await measureDir(scan, target, stat.mtimeMs);
  return {
    appId: app.id,
    path: target,
    kind: store.kind,
    type: stat.type,
    sizeBytes: m.sizeBytes,
    sizeComplete: m.sizeComplete,
    lastModified: new Date(m.newestMs).toISOString(),
    encryptedAtRest: app.localStore.encryptedAtRest,
    ...(store.note ? { note: store.note } : {}),
  };
};

type StoreJob = { app: CatalogApp; store: CatalogStore };

/**
 * Per-app folders every sandboxed install creates, derived from the app's own ids: macOS
 * containers, Flatpak's ~/.var/app, Snap's ~/snap and Windows Store package folders.
 */
export const derivedStores = (app: CatalogApp, platform: ScanContext['dirs']['platform']): CatalogStore[] => {
  if (platform === 'darwin') return app.mac.bundleIds.map(({ id, src }) => ({ path: `~/Library/Containers/${id}`, kind: 'app-data', src }));
  if (platform === 'win32') return app.windows.packageFamilyNames.map(({ id, src }) => ({ path: `%LOCALAPPDATA%\\Packages\\${id}`, kind: 'app-data', src }));
  return [
    ...app.linux.flatpakIds.map(({ id, src }): CatalogStore => ({ path: `~/.var/app/${id}`, kind: 'app-data', src })),
    ...app.linux.snapNames.map(({ id, src }): CatalogStore => ({ path: `~/snap/${id}`, kind: 'app-data', src })),
  ];
};

/** Measures every store the catalog lists, or derives, for the scanned OS. */
export const collectStores = async (scan: ScanContext): Promise<DataStore[]> => {
  const os = scan.dirs.platform === 'darwin' ? 'mac' : scan.dirs.platform === 'win32' ? 'windows' : 'linux';
  const jobs: StoreJob[] = scan.catalog.apps.flatMap((app) => [...app[os].dataStores, ...derivedStores(app, scan.dirs.platform)].map((store) => ({ app, store })));
  const found = await mapLimit(jobs, 4, async ({ app, store }) => {
    const targets = await resolveTemplate(scan, store.path, app.id);
    return Promise.all(targets.map((t) => measureStore(scan, app, store, t)));
  });
  const seen = new Set<string>();
  return found.flat().filter((s): s is DataStore => {
    if (!s || seen.has(`${s.appId}\u0000${s.path}`)) return false;
    seen.add(`${s.appId}\u0000${s.path}`);
    return true;
  });
};
