/**
 * Collects what software is installed or running, once per scan and probe, for the catalog-based
 * checks (remote-access tools, backup agents). Only names are kept, never command lines.
 */
import type { Probe } from '../../probe/probe.js';
import type { Platform } from '../../types.js';
import { failureReason } from './findings.js';
import { joinPath } from './posture2-common.js';

/** Names found on the device, by where they were seen. */
export type SoftwareInventory = {
  /** Windows uninstall DisplayNames; macOS `.app` folder names. */
  apps: string[];
  /** macOS launchd job file names (bundle-id style, e.g. `com.teamviewer.service.plist`). */
  launchd: string[];
  /** Linux package names (dpkg or rpm). */
  packages: string[];
  /** Linux `.desktop` file names. */
  desktopFiles: string[];
  /** Running process names. */
  processes: string[];
  /** Sources that could not be read, with the reason. */
  errors: { source: string; reason: string }[];
};

const UNINSTALL_KEYS = [
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
  'HKCU\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall',
];

type SiProcesses = { list?: { name?: string }[] };

const cache = new WeakMap<Probe, Promise<SoftwareInventory>>();

/** Collects the inventory; repeated calls with the same probe share one collection. */
export const collectSoftwareInventory = (probe: Probe, platform: Platform, homedir: string): Promise<SoftwareInventory> => {
  let pending = cache.get(probe);
  if (!pending) {
    pending = collect(probe, platform, homedir);
    cache.set(probe, pending);
  }
  return pending;
};

const collect = async (probe: Probe, platform: Platform, homedir: string): Promise<SoftwareInventory> => {
  const inv: SoftwareInventory = { apps: [], launchd: [], packages: [], desktopFiles: [], processes: [], errors: [] };
  const listNames = async (id: string, dir: string, into: string[], filter: (name: string) => boolean, required: boolean) => {
    const listed = await probe.listDir(id, dir);
    if (listed.ok) into.push(...listed.entries.map((e) => e.name).filter(filter));
    else if (required || listed.error !== 'not-found') inv.errors.push({ source: dir, reason: failureReason(`listing ${dir}`, listed) });
  };

  if (platform === 'win32') {
    for (const [i, key] of UNINSTALL_KEYS.entries()) {
      const result = await probe.registry(`posture.uninstall-${i + 1}`, key, { recursive: true });
      if (result.ok) {
        for (const k of result.keys) {
          const name = k.values.find((v) => v.name.toLowerCase() === 'displayname')?.data.trim();
          if (name) inv.apps.push(name);
        }
      } else if (result.error !== 'not-found') inv.errors.push({ source: key, reason: failureReason(`reading ${key}`, result) });
    }
  } else if (platform === 'darwin') {
    const isApp = (n: string) => n.endsWith('.app');
    const isPlist = (n: string) => n.endsWith('.plist');
    await listNames('posture.applications', '/Applications', inv.apps, isApp, true);
    await listNames('posture.applications-user', joinPath(platform, homedir, 'Applications'), inv.apps, isApp, false);
    await listNames('posture.launchdaemons', '/Library/LaunchDaemons', inv.launchd, isPlist, true);
    await listNames('posture.launchagents', '/Library/LaunchAgents', inv.launchd, isPlist, false);
    await listNames('posture.launchagents-user', joinPath(platform, homedir, 'Library', 'LaunchAgents'), inv.launchd, isPlist, false);
  } else {
    const dpkg = await probe.run('posture.dpkg-packages', ['dpkg-query', '-W', '-f', '${Package}\\t${db:Status-Abbrev}\\n'], { timeoutMs: 30_000 });
    if (dpkg.ok) inv.packages.push(...parseDpkgList(dpkg.stdout));
    else {
      const rpm = await probe.run('posture.rpm-packages', ['rpm', '-qa', '--qf', '%{NAME}\\n'], { timeoutMs: 30_000 });
      const pacman = rpm.ok ? undefined : await probe.run('posture.pacman-packages', ['pacman', '-Qq'], { timeoutMs: 30_000 });
      const list = rpm.ok ? rpm.stdout : pacman?.ok ? pacman.stdout : undefined;
      if (list !== undefined) inv.packages.push(...list.split('\n').map((l) => l.trim()).filter(Boolean));
      else inv.errors.push({ source: 'packages', reason: 'none of dpkg-query, rpm or pacman could list installed packages' });
    }
    const isDesktop = (n: string) => n.endsWith('.desktop');
    await listNames('posture.desktop-files', '/usr/share/applications', inv.desktopFiles, isDesktop, false);
    await listNames('posture.desktop-files-local', '/usr/local/share/applications', inv.desktopFiles, isDesktop, false);
    await listNames('posture.desktop-files-user', joinPath(platform, homedir, '.local', 'share', 'applications'), inv.desktopFiles, isDesktop, false);
    await listNames('posture.desktop-files-flatpak', '/var/lib/flatpak/exports/share/applications', inv.desktopFiles, isDesktop, false);
    await listNames('posture.desktop-files-snap', '/var/lib/snapd/desktop/applications', inv.desktopFiles, isDesktop, false);
  }

  const processes = await probe.si<SiProcesses>('posture.processes', 'processes');
  if (processes.ok) inv.processes.push(...new Set((processes.value.list ?? []).map((p) => p.name ?? '').filter(Boolean)));
  else inv.errors.push({ source: 'processes', reason: failureReason('listing running programs', processes) });
  return inv;
};

/** Parses `dpkg-query -W -f '${Package}\t${db:Status-Abbrev}\n'`, keeping installed packages ("ii"). */
export const parseDpkgList = (stdout: string): string[] =>
  stdout
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(([name, status]) => name && (status === undefined || status.trim().startsWith('i')))
    .map(([name]) => (name ?? '').trim());
