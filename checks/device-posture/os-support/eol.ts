/** Looks an operating system up in the bundled end-of-support data (pure). */
import eolData from './eol-data.json' with { type: 'json' };

/** One release's support dates, as bundled in eol-data.json. */
export type SupportEntry = {
  name: string;
  released: string;
  supportEnd: string | null;
  expectedEnd?: string;
  extendedEnd?: string;
  extendedKind?: string;
  note?: string;
  source: string;
};

type WindowsEntry = SupportEntry & { product: string; minBuild: number; maxBuild: number; editions: string };
type MacEntry = SupportEntry & { major: string };
type LinuxEntry = SupportEntry & { ids: string[]; version: string; codename?: string };

/** The whole bundled data set. */
export type EolData = { asOf: string; windows: WindowsEntry[]; macos: MacEntry[]; linux: LinuxEntry[] };

/** The data shipped with this version. */
export const EOL_DATA: EolData = eolData as EolData;

/** What the scan learned about the running OS, enough to find its support dates. */
export type OsIdentity =
  | { family: 'windows'; name: string; build: number; edition: 'consumer' | 'enterprise' | 'ltsc' | 'server'; displayVersion: string | null; patch: number | null }
  | { family: 'macos'; name: string; version: string }
  | { family: 'linux'; name: string; id: string; version: string; ubuntuCodename?: string | null };

/** Result of a lookup: a release, "newer than anything we know", or not in the data. */
export type SupportLookup = { kind: 'found'; entry: SupportEntry } | { kind: 'newer'; newestKnown: string } | { kind: 'unknown'; reason: string };

/** Maps a Windows EditionID (Professional, Core, Enterprise, EnterpriseS, ServerStandard...) to a servicing group. */
export const windowsEditionGroup = (editionId: string): 'consumer' | 'enterprise' | 'ltsc' | 'server' => {
  if (/server/i.test(editionId)) return 'server';
  if (/EnterpriseS|LTSC|LTSB/i.test(editionId)) return 'ltsc';
  if (/Enterprise|Education/i.test(editionId)) return 'enterprise';
  return 'consumer';
};

const versionNumber = (v: string): number[] => v.split('.').map((p) => Number.parseInt(p, 10) || 0);
const newerThan = (a: string, b: string): boolean => {
  const [x, y] = [versionNumber(a), versionNumber(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};

/** The macOS release a version string belongs to: "15.1.1" -> "15", "10.15.7" -> "10.15". */
export const macMajor = (version: string): string => {
  const parts = version.split('.');
  return parts[0] === '10' ? parts.slice(0, 2).join('.') : (parts[0] ?? '');
};

/** Finds the support dates for an OS in the bundled data. */
export const lookupSupport = (os: OsIdentity, data: EolData = EOL_DATA): SupportLookup => {
  if (os.family === 'windows') {
    if (os.edition === 'server') return { kind: 'unknown', reason: 'Windows Server support dates are not in the bundled data' };
    const product = os.build >= 22000 ? '11' : '10';
    const candidates = data.windows.filter((e) => e.product === product);
    const entry = candidates.find((e) => os.build >= e.minBuild && os.build <= e.maxBuild && (e.editions === 'all' || e.editions === os.edition));
    if (entry) return { kind: 'found', entry };
    const newest = Math.max(...candidates.map((e) => e.maxBuild));
    if (product === '11' && os.build > newest) return { kind: 'newer', newestKnown: `build ${newest}` };
    return { kind: 'unknown', reason: `Windows build ${os.build} (${os.edition} edition) is not in the bundled data` };
  }
  if (os.family === 'macos') {
    const major = macMajor(os.version);
    const entry = data.macos.find((e) => e.major === major);
    if (entry) return { kind: 'found', entry };
    const newest = data.macos.map((e) => e.major).reduce((a, b) => (newerThan(a, b) ? a : b));
    if (major && newerThan(major, newest)) return { kind: 'newer', newestKnown: `macOS ${newest}` };
    return { kind: 'unknown', reason: `macOS ${os.version} is not in the bundled data` };
  }
  const family = data.linux.filter((e) => e.ids.includes(os.id));
  if (family.length === 0) {
    // Ubuntu derivatives (Linux Mint, Pop!_OS, Zorin) name their Ubuntu base and get its security updates.
    const base = os.ubuntuCodename ? data.linux.find((e) => e.ids.includes('ubuntu') && e.codename === os.ubuntuCodename) : undefined;
    if (base) return { kind: 'found', entry: { ...base, name: `${os.name} (based on ${base.name})` } };
    return { kind: 'unknown', reason: `the distribution "${os.id}" is not in the bundled data` };
  }
  if (!os.version) return { kind: 'unknown', reason: `${os.name} has no version number (a rolling or testing release)` };
  const entry = family.find((e) => os.version === e.version || os.version.startsWith(`${e.version}.`));
  if (entry) return { kind: 'found', entry };
  const newest = family.map((e) => e.version).reduce((a, b) => (newerThan(a, b) ? a : b));
  if (newerThan(os.version, newest)) return { kind: 'newer', newestKnown: `${os.id} ${newest}` };
  return { kind: 'unknown', reason: `${os.name} is not in the bundled data` };
};
