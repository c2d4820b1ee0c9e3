/** Windows: uninstall keys (machine, 32-bit and per-user), Store packages and per-user install paths. */
import { parseAppxJson, parseUninstallKeys } from './parse-windows.js';
import { resolveTemplate } from './collect-stores.js';
import { addDetection, countLooked, noteGap, type ScanContext } from './scan-context.js';

/** The three places Apps & features reads (per-user installs such as Signal or Discord live in HKCU). */
// One probe id per key, so a hand-written recording can answer each without listing args.
export const UNINSTALL_SOURCES = [
  { id: 'messaging.win.uninstall.hklm', key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall' },
  { id: 'messaging.win.uninstall.wow6432', key: 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall' },
  { id: 'messaging.win.uninstall.hkcu', key: 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall' },
] as const;

/** The PowerShell command that lists the user's Store/MSIX packages as JSON. */
export const APPX_ARGV = ['powershell', '-NoProfile', '-NonInteractive', '-Command', 'Get-AppxPackage | Select Name,PackageFamilyName,Version | ConvertTo-Json'];

const collectUninstall = async (scan: ScanContext, root: string, id: string): Promise<void> => {
  const result = await scan.probe.registry(id, root, { recursive: true });
  if (!result.ok) {
    noteGap(scan, `registry ${root}`, result);
    return;
  }
  const entries = parseUninstallKeys(result.keys);
  countLooked(scan, 'uninstall entries', entries.length);
  for (const entry of entries) {
    const byKey = scan.index.uninstallKey(entry.keyName);
    const byName = entry.displayName === undefined ? undefined : scan.index.displayName(entry.displayName);
    if (byKey) addDetection(scan, { appId: byKey, source: 'uninstall-key', identifier: entry.displayName ? `${entry.keyName} (${entry.displayName})` : entry.keyName, location: entry.keyPath });
    else if (byName) addDetection(scan, { appId: byName, source: 'uninstall-display-name', identifier: entry.displayName ?? '', location: entry.keyPath });
  }
};

const collectAppx = async (scan: ScanContext): Promise<void> => {
  const result = await scan.probe.run('messaging.win.appx', APPX_ARGV, { timeoutMs: 60_000 });
  if (!result.ok) {
    noteGap(scan, 'Microsoft Store app list (Get-AppxPackage)', { error: result.error ?? 'failed', message: result.message ?? (result.stderr.trim() || 'powershell failed') });
    return;
  }
  let packages;
  try {
    packages = parseAppxJson(result.stdout);
  } catch (err) {
    noteGap(scan, 'Microsoft Store app list (Get-AppxPackage)', { error: 'failed', message: `unreadable output: ${err instanceof Error ? err.message : String(err)}` });
    return;
  }
  countLooked(scan, 'store packages', packages.length);
  for (const pkg of packages) {
    const appId = scan.index.packageFamilyName(pkg.packageFamilyName);
    if (appId) addDetection(scan, { appId, source: 'store-package', identifier: pkg.packageFamilyName, location: 'Get-AppxPackage' });
  }
};

const collectInstallPaths = async (scan: ScanContext): Promise<void> => {
  for (const app of scan.catalog.apps) {
    for (const { id } of app.windows.installPaths) {
      for (const file of await resolveTemplate(scan, id, app.id)) {
        const stat = await scan.probe.stat('messaging.win.install-path', file);
        countLooked(scan, 'install paths', 1);
        if (stat.ok && stat.type === 'file') addDetection(scan, { appId: app.id, source: 'install-path', identifier: file, location: file });
        else if (!stat.ok) noteGap(scan, file, stat, app.id);
      }
    }
  }
};

/** Runs every Windows source. */
export const collectWindowsApps = async (scan: ScanContext): Promise<void> => {
  for (const { id, key } of UNINSTALL_SOURCES) await collectUninstall(scan, key, id);
  await collectAppx(scan);
  await collectInstallPaths(scan);
};
