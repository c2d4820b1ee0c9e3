/** Linux: .desktop launchers, Flatpak, Snap and deb/rpm packages. */
import path from 'node:path';
import { parseDesktopEntry, parseDpkgQuery, parseFlatpakList, parseRpmList, parseSnapList } from './parse-linux.js';
import { addDetection, countLooked, mapLimit, noteGap, type ScanContext } from './scan-context.js';
import type { DetectionSource, ProbeGap } from './evidence.js';

const MAX_DESKTOP_FILES_PER_DIR = 800;
const SNAP_DESKTOP_DIR = '/var/lib/snapd/desktop/applications';

/** Folders holding .desktop launchers: system, user, Flatpak exports, snapd, and XDG_DATA_DIRS. */
export const desktopDirs = (scan: ScanContext, xdgDataDirs: string | undefined): string[] => {
  const dataHome = scan.dirs.vars.XDG_DATA_HOME ?? path.posix.join(scan.dirs.home, '.local', 'share');
  const fromEnv = (xdgDataDirs ?? '').split(':').filter((d) => d.startsWith('/')).map((d) => path.posix.join(d, 'applications'));
  const dirs = [
    '/usr/share/applications',
    '/usr/local/share/applications',
    path.posix.join(dataHome, 'applications'),
    '/var/lib/flatpak/exports/share/applications',
    path.posix.join(dataHome, 'flatpak', 'exports', 'share', 'applications'),
    SNAP_DESKTOP_DIR,
    ...fromEnv,
  ];
  return [...new Set(dirs.map((d) => path.posix.normalize(d)))];
};

/** Matches one launcher: by exact file name first, then by what its Exec line starts. */
const matchDesktopFile = async (scan: ScanContext, dir: string, name: string): Promise<void> => {
  const file = path.posix.join(dir, name);
  const hit = (appId: string | undefined, identifier: string): boolean => {
    if (appId) addDetection(scan, { appId, source: 'desktop-file', identifier, location: file });
    return appId !== undefined;
  };
  if (hit(scan.index.desktopFile(name), name)) return;
  const stem = name.slice(0, -'.desktop'.length);
  // snapd names launchers `<snap>_<app>.desktop`; Flatpak exports them as `<app id>.desktop`.
  if (dir === SNAP_DESKTOP_DIR && stem.includes('_') && hit(scan.index.snapName(stem.split('_')[0] ?? ''), name)) return;
  if (hit(scan.index.flatpakId(stem), name)) return;
  const read = await scan.probe.readFile('messaging.linux.desktop-file', file, { maxBytes: 64 * 1024 });
  if (!read.ok) {
    noteGap(scan, file, read);
    return;
  }
  const entry = parseDesktopEntry(read.text);
  if (entry.flatpakId && hit(scan.index.flatpakId(entry.flatpakId), `${name} (flatpak run ${entry.flatpakId})`)) return;
  if (entry.snapName && hit(scan.index.snapName(entry.snapName), `${name} (/snap/bin/${entry.snapName})`)) return;
  if (entry.program) hit(scan.index.executable(entry.program), `${name} (Exec ${entry.program})`);
};

const collectDesktopFiles = async (scan: ScanContext, xdgDataDirs: string | undefined): Promise<void> => {
  for (const dir of desktopDirs(scan, xdgDataDirs)) {
    const listed = await scan.probe.listDir('messaging.linux.desktop-dir', dir);
    if (!listed.ok) {
      noteGap(scan, dir, listed);
      continue;
    }
    const names = listed.entries.filter((e) => e.name.endsWith('.desktop') && e.type !== 'dir').map((e) => e.name).slice(0, MAX_DESKTOP_FILES_PER_DIR);
    countLooked(scan, 'desktop files', names.length);
    await mapLimit(names, 8, (name) => matchDesktopFile(scan, dir, name));
  }
};

/**
 * Runs a package lister and records a detection per catalog package it prints. Returns the failure
 * so the caller can decide whether a folder listing already answered the same question.
 */
const collectList = async (scan: ScanContext, id: string, argv: string[], parse: (stdout: string) => string[], lookup: (v: string) => string | undefined, source: DetectionSource): Promise<ProbeGap | undefined> => {
  const result = await scan.probe.run(id, argv, { timeoutMs: 30_000 });
  if (!result.ok) return { what: argv.join(' '), error: result.error ?? 'failed', message: result.message ?? (result.stderr.trim() || `${argv[0]} failed`) };
  const names = parse(result.stdout);
  countLooked(scan, argv[0] ?? id, names.length);
  for (const name of names) {
    const appId = lookup(name);
    if (appId) addDetection(scan, { appId, source, identifier: name, location: argv.join(' ') });
  }
  return undefined;
};

/** Lists a folder whose entry names are package ids (Flatpak's app folders, /snap); false if unreadable. */
const collectDirNames = async (scan: ScanContext, id: string, dir: string, lookup: (v: string) => string | undefined, source: DetectionSource): Promise<boolean> => {
  const listed = await scan.probe.listDir(id, dir);
  if (!listed.ok) {
    noteGap(scan, dir, listed);
    return listed.error === 'not-found';
  }
  for (const entry of listed.entries) {
    const appId = entry.type === 'dir' ? lookup(entry.name) : undefined;
    if (appId) addDetection(scan, { appId, source, identifier: entry.name, location: path.posix.join(dir, entry.name) });
  }
  return true;
};

/** Runs every Linux source. */
export const collectLinuxApps = async (scan: ScanContext, xdgDataDirs: string | undefined): Promise<void> => {
  const dataHome = scan.dirs.vars.XDG_DATA_HOME ?? path.posix.join(scan.dirs.home, '.local', 'share');
  await collectDesktopFiles(scan, xdgDataDirs);
  const flatpakFailed = await collectList(scan, 'messaging.linux.flatpak', ['flatpak', 'list', '--app', '--columns=application'], parseFlatpakList, scan.index.flatpakId, 'flatpak');
  const systemApps = await collectDirNames(scan, 'messaging.linux.flatpak-dir', '/var/lib/flatpak/app', scan.index.flatpakId, 'flatpak');
  const userApps = await collectDirNames(scan, 'messaging.linux.flatpak-dir', path.posix.join(dataHome, 'flatpak', 'app'), scan.index.flatpakId, 'flatpak');
  // A failing `flatpak`/`snap` command is only a gap when the folders could not answer either
  // (snapd is often installed but not running in containers).
  if (flatpakFailed && !(systemApps && userApps)) noteGap(scan, flatpakFailed.what, flatpakFailed);
  const snapFailed = await collectList(scan, 'messaging.linux.snap', ['snap', 'list'], parseSnapList, scan.index.snapName, 'snap');
  const snapDir = await collectDirNames(scan, 'messaging.linux.snap-dir', '/snap', scan.index.snapName, 'snap');
  if (snapFailed && !snapDir) noteGap(scan, snapFailed.what, snapFailed);
  for (const [id, argv, parse] of [
    ['messaging.linux.dpkg', ['dpkg-query', '-W', '--showformat=${Package}\\t${db:Status-Abbrev}\\n'], parseDpkgQuery],
    ['messaging.linux.rpm', ['rpm', '-qa', '--qf', '%{NAME}\\n'], parseRpmList],
  ] as const) {
    const failed = await collectList(scan, id, [...argv], parse, scan.index.systemPackage, 'system-package');
    if (failed) noteGap(scan, failed.what, failed);
  }
};
