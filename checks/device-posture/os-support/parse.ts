/** Pure parsers for OS identity and update history on Windows, macOS and Linux. */
import { parsePowerShellObjects } from '../../probe/powershell-json.js';

/** The fields of /etc/os-release the check uses. */
export type OsRelease = { id: string; idLike: string[]; versionId: string; prettyName: string; ubuntuCodename: string | null };

/** Parses /etc/os-release (KEY=value lines, values optionally quoted). */
export const parseOsRelease = (text: string): OsRelease | undefined => {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) values.set(match[1] ?? '', (match[2] ?? '').replace(/^["']|["']$/g, ''));
  }
  const id = values.get('ID');
  if (!id) return undefined;
  return { id: id.toLowerCase(), idLike: (values.get('ID_LIKE') ?? '').toLowerCase().split(/\s+/).filter(Boolean), versionId: values.get('VERSION_ID') ?? '', prettyName: values.get('PRETTY_NAME') ?? id, ubuntuCodename: values.get('UBUNTU_CODENAME') || null };
};

/** Reads a date PowerShell may print as "yyyy-MM-dd", "/Date(ms)/" or { value, DateTime } (PS 5.1 quirk). */
const psDate = (value: unknown): string | undefined => {
  if (value && typeof value === 'object' && 'value' in value) return psDate((value as { value: unknown }).value);
  if (typeof value !== 'string') return undefined;
  const ms = /\/Date\((-?\d+)\)\//.exec(value);
  const date = ms ? new Date(Number(ms[1])) : /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
};

/** Installed Windows updates (KB id and install day). */
export type HotFix = { id: string; installedOn: string | null };

/** Parses `Get-HotFix | Select-Object HotFixID,InstalledOn | ConvertTo-Json`; undefined if not JSON. */
export const parseHotFixJson = (stdout: string): HotFix[] | undefined =>
  parsePowerShellObjects(stdout)?.map((row) => ({ id: typeof row.HotFixID === 'string' ? row.HotFixID : '', installedOn: psDate(row.InstalledOn) ?? null }));

// Background data updates (malware definitions and the like) are not operating-system patches.
const DATA_ONLY = /ConfigData|Configuration Data|XProtect|MRT|Gatekeeper|Payloads|Background Task|Bridge/i;

/** One Apple software update from /Library/Receipts/InstallHistory.plist. */
export type AppleUpdate = { name: string; version: string; date: string };

/** Picks Apple's system updates (installed by softwareupdated) from InstallHistory.plist entries. */
export const parseInstallHistory = (plist: unknown): AppleUpdate[] | undefined => {
  if (!Array.isArray(plist)) return undefined;
  return plist.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return [];
    const e = entry as Record<string, unknown>;
    const process = typeof e.processName === 'string' ? e.processName : '';
    const name = typeof e.displayName === 'string' ? e.displayName : '';
    const date = e.date instanceof Date ? e.date : typeof e.date === 'string' ? new Date(e.date) : undefined;
    if (!/softwareupdate|Software Update|macOS Installer/i.test(process) || DATA_ONLY.test(name) || !date || Number.isNaN(date.getTime())) return [];
    return [{ name, version: typeof e.displayVersion === 'string' ? e.displayVersion : '', date: date.toISOString().slice(0, 10) }];
  });
};

/** What a package log says: the newest upgrade day, and the oldest day the log covers. */
export type PackageLogSummary = { lastUpgrade: string | null; coversFrom: string | null };

/** Summarizes /var/log/dpkg.log lines ("2026-11-21 23:39:57 upgrade pkg:amd64 old new"). */
export const summarizeDpkgLog = (text: string): PackageLogSummary => {
  let lastUpgrade: string | null = null;
  let coversFrom: string | null = null;
  for (const match of text.matchAll(/^(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}:\d{2} (\S+)/gm)) {
    const day = match[1] ?? '';
    if (coversFrom === null || day < coversFrom) coversFrom = day;
    if (match[2] === 'upgrade' && (lastUpgrade === null || day > lastUpgrade)) lastUpgrade = day;
  }
  return { lastUpgrade, coversFrom };
};

/** Summarizes /var/log/pacman.log ("[2024-01-02T10:11:12+0000] [ALPM] upgraded linux (...)"). */
export const summarizePacmanLog = (text: string): PackageLogSummary => {
  let lastUpgrade: string | null = null;
  let coversFrom: string | null = null;
  for (const match of text.matchAll(/^\[(\d{4}-\d{2}-\d{2})[T ][^\]]*\] \[ALPM\] (\w+)/gm)) {
    const day = match[1] ?? '';
    if (coversFrom === null || day < coversFrom) coversFrom = day;
    if (match[2] === 'upgraded' && (lastUpgrade === null || day > lastUpgrade)) lastUpgrade = day;
  }
  return { lastUpgrade, coversFrom };
};

/** Newest install day from `rpm -qa --queryformat '%{INSTALLTIME}\n'` (epoch seconds per line). */
export const newestRpmInstall = (stdout: string): string | null => {
  const times = stdout.split(/\r?\n/).map((l) => Number(l.trim().split(/\s+/)[0])).filter((n) => Number.isFinite(n) && n > 0);
  return times.length > 0 ? new Date(Math.max(...times) * 1000).toISOString().slice(0, 10) : null;
};

/** Pending updates from Ubuntu's /var/lib/update-notifier/updates-available (login banner text). */
export type PendingUpdates = { total: number; security: number | null };

/** Parses "12 updates can be applied immediately." / "5 of these updates are standard security updates." */
export const parseUpdatesAvailable = (text: string): PendingUpdates | undefined => {
  if (/^\s*$/.test(text)) return { total: 0, security: 0 };
  const total = /(\d+) (?:updates?|packages?) can be (?:applied|updated|installed)/i.exec(text);
  const security = /(\d+) (?:of these )?updates? (?:is a|are) (?:standard )?security updates?/i.exec(text);
  if (!total) return /0 updates|no updates/i.test(text) ? { total: 0, security: 0 } : undefined;
  return { total: Number(total[1]), security: security ? Number(security[1]) : null };
};
