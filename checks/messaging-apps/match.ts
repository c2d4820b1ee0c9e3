/** Exact-identifier lookups built from the catalog (pure). Nothing here matches on substrings. */
import type { Platform } from '../types.js';
import type { Catalog, CatalogIdentifier } from './catalog.js';

type Lookup = (value: string) => string | undefined;

/** Every lookup the collectors need, each returning the catalog app id or undefined. */
export type MatchIndex = {
  macBundleId: Lookup;
  macAppName: Lookup;
  uninstallKey: Lookup;
  displayName: Lookup;
  packageFamilyName: Lookup;
  desktopFile: Lookup;
  executable: Lookup;
  flatpakId: Lookup;
  snapName: Lookup;
  systemPackage: Lookup;
  processName: (platform: Platform, name: string) => string | undefined;
};

const exactMap = (entries: [CatalogIdentifier[], string][], fold: boolean): Lookup => {
  const map = new Map<string, string>();
  for (const [list, appId] of entries) for (const { id } of list) map.set(fold ? id.toLowerCase() : id, appId);
  return (value) => map.get(fold ? value.toLowerCase() : value);
};

const regexList = (entries: [CatalogIdentifier[], string][], flags: string): Lookup => {
  const list = entries.flatMap(([ids, appId]) => ids.map(({ id }) => ({ re: new RegExp(id, flags), appId })));
  return (value) => list.find(({ re }) => re.test(value))?.appId;
};

/** Builds the lookups once per scan. */
export const buildMatchIndex = (catalog: Catalog): MatchIndex => {
  const per = <T>(pick: (a: Catalog['apps'][number]) => T): [T, string][] => catalog.apps.map((a) => [pick(a), a.id]);
  const desktopExact = exactMap(per((a) => a.linux.desktopFiles), false);
  const desktopPattern = regexList(per((a) => a.linux.desktopFilePatterns), 'u');
  const pfn = exactMap(per((a) => a.windows.packageFamilyNames), true);
  const pkgName = exactMap(per((a) => a.windows.packageNames), true);
  // macOS and Windows file systems are case-insensitive by default; Linux names are exact.
  const processes: Record<Platform, Lookup> = {
    darwin: exactMap(per((a) => a.mac.processNames), false),
    win32: exactMap(per((a) => a.windows.processNames), true),
    linux: exactMap(per((a) => a.linux.processNames), false),
  };
  return {
    macBundleId: exactMap(per((a) => a.mac.bundleIds), true),
    macAppName: exactMap(per((a) => a.mac.appNames), true),
    uninstallKey: exactMap(per((a) => a.windows.uninstallKeys), true),
    displayName: regexList(per((a) => a.windows.displayNames), 'iu'),
    // A family name is `<name>_<publisher id>`; names alone cover packages whose publisher id is unknown.
    packageFamilyName: (value) => pfn(value) ?? pkgName(value.split('_')[0] ?? value),
    desktopFile: (value) => desktopExact(value) ?? desktopPattern(value),
    executable: exactMap(per((a) => a.linux.executables), false),
    flatpakId: exactMap(per((a) => a.linux.flatpakIds), false),
    snapName: exactMap(per((a) => a.linux.snapNames), false),
    systemPackage: exactMap(per((a) => a.linux.packages), false),
    processName: (platform, name) => processes[platform](name),
  };
};
