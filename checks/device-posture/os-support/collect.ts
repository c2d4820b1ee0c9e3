/** Collects OS identity and update history through the probe (no network, nothing changed). */
import type { Probe } from '../../probe/probe.js';
import { regNumber, regString } from '../../probe/registry-parse.js';
import type { CollectContext } from '../../types.js';
import { commandOutput, powershell, type Probed } from '../shared/posture-1.js';
import { windowsEditionGroup, type OsIdentity } from './eol.js';
import type { LastUpdate, OsSupportEvidence } from './evidence.js';
import { newestRpmInstall, parseHotFixJson, parseInstallHistory, parseOsRelease, parseUpdatesAvailable, summarizeDpkgLog, summarizePacmanLog } from './parse.js';

type SiOs = { distro?: string; release?: string; build?: string };

const unexpected = (what: string): Probed<never> => ({ ok: false, error: 'failed', message: `unexpected output from ${what}` });

// EditionID values and the names people know them by.
const EDITION_NAMES: Readonly<Record<string, string>> = { Core: 'Home', CoreSingleLanguage: 'Home Single Language', Professional: 'Pro', ProfessionalWorkstation: 'Pro for Workstations', EnterpriseS: 'Enterprise LTSC' };

const windowsIdentity = async (probe: Probe, si: Probed<SiOs>): Promise<Probed<OsIdentity>> => {
  const reg = await probe.registry('os-support.currentversion', 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion');
  const key = reg.ok ? reg.keys[0] : undefined;
  const build = Number(regString(key, 'CurrentBuild') ?? (si.ok ? (si.value.build ?? si.value.release?.split('.')[2]) : undefined));
  if (!Number.isFinite(build) || build <= 0) return reg.ok ? unexpected('the Windows version registry key') : reg;
  const registryEdition = regString(key, 'EditionID');
  const editionId = registryEdition ?? (si.ok ? (si.value.distro ?? '') : '');
  const server = regString(key, 'InstallationType') === 'Server';
  // ProductName still says "Windows 10" on Windows 11, so the name comes from the build number.
  const name = registryEdition ? `Windows ${build >= 22000 ? '11' : '10'} ${EDITION_NAMES[registryEdition] ?? registryEdition}` : editionId || `Windows build ${build}`;
  return { ok: true, value: { family: 'windows', name, build, edition: server ? 'server' : windowsEditionGroup(editionId), displayVersion: regString(key, 'DisplayVersion') ?? null, patch: regNumber(key, 'UBR') ?? null } };
};

const collectWindows = async (probe: Probe, si: Probed<SiOs>): Promise<Omit<OsSupportEvidence, 'platform'>> => {
  const [os, hotfix, reboot] = await Promise.all([
    windowsIdentity(probe, si),
    probe.run('os-support.hotfix', powershell("Get-HotFix | Select-Object HotFixID,@{n='InstalledOn';e={if ($_.InstalledOn) { $_.InstalledOn.ToString('yyyy-MM-dd') }}} | ConvertTo-Json"), { timeoutMs: 60_000 }),
    probe.registry('os-support.reboot-required', 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired'),
  ]);
  const out = commandOutput(hotfix);
  const fixes = out.ok ? parseHotFixJson(out.value.stdout) : undefined;
  const newest = fixes ? fixes.filter((f) => f.installedOn).sort((a, b) => (a.installedOn ?? '').localeCompare(b.installedOn ?? '')).at(-1) : undefined;
  const lastUpdate: Probed<LastUpdate> = !out.ok ? out : !fixes ? unexpected('Get-HotFix') : { ok: true, value: { day: newest?.installedOn ?? null, source: 'Get-HotFix', coversFrom: null, ...(newest ? { name: newest.id } : {}) } };
  const restartPending: Probed<boolean> = reboot.ok ? { ok: true, value: true } : reboot.error === 'not-found' ? { ok: true, value: false } : reboot;
  return { os, lastUpdate, pendingUpdates: null, restartPending };
};

const collectMac = async (probe: Probe, si: Probed<SiOs>): Promise<Omit<OsSupportEvidence, 'platform'>> => {
  const os: Probed<OsIdentity> = !si.ok ? si : si.value.release ? { ok: true, value: { family: 'macos', name: `macOS ${si.value.release}`, version: si.value.release } } : unexpected('osInfo');
  const history = await probe.plist('os-support.install-history', '/Library/Receipts/InstallHistory.plist');
  const updates = history.ok ? parseInstallHistory(history.value) : undefined;
  const newest = updates?.sort((a, b) => a.date.localeCompare(b.date)).at(-1);
  const lastUpdate: Probed<LastUpdate> = !history.ok ? history : !updates ? unexpected('InstallHistory.plist') : { ok: true, value: { day: newest?.date ?? null, source: '/Library/Receipts/InstallHistory.plist', coversFrom: null, ...(newest ? { name: `${newest.name} ${newest.version}`.trim() } : {}) } };
  return { os, lastUpdate, pendingUpdates: null, restartPending: null };
};

const linuxLastUpdate = async (probe: Probe): Promise<Probed<LastUpdate>> => {
  const dpkg = await probe.readFile('os-support.dpkg-log', '/var/log/dpkg.log', { maxBytes: 32 * 1024 * 1024 });
  if (dpkg.ok) {
    const current = summarizeDpkgLog(dpkg.text);
    if (current.lastUpgrade) return { ok: true, value: { day: current.lastUpgrade, source: '/var/log/dpkg.log', coversFrom: current.coversFrom } };
    // The log rotates monthly; last month's file may hold the newest upgrade.
    const older = await probe.readFile('os-support.dpkg-log-1', '/var/log/dpkg.log.1', { maxBytes: 32 * 1024 * 1024 });
    const previous = older.ok ? summarizeDpkgLog(older.text) : { lastUpgrade: null, coversFrom: null };
    return { ok: true, value: { day: previous.lastUpgrade, source: '/var/log/dpkg.log', coversFrom: previous.coversFrom ?? current.coversFrom } };
  }
  const rpm = await probe.run('os-support.rpm-installtime', ['rpm', '-qa', '--queryformat', '%{INSTALLTIME}\\n'], { timeoutMs: 60_000 });
  if (rpm.ok) return { ok: true, value: { day: newestRpmInstall(rpm.stdout), source: 'rpm -qa', coversFrom: null } };
  const pacman = await probe.readFile('os-support.pacman-log', '/var/log/pacman.log', { maxBytes: 32 * 1024 * 1024 });
  if (pacman.ok) {
    const summary = summarizePacmanLog(pacman.text);
    return { ok: true, value: { day: summary.lastUpgrade, source: '/var/log/pacman.log', coversFrom: summary.coversFrom } };
  }
  return { ok: false, error: 'not-found', message: 'no dpkg log, rpm database or pacman log was found' };
};

const collectLinux = async (probe: Probe, si: Probed<SiOs>): Promise<Omit<OsSupportEvidence, 'platform'>> => {
  const release = await probe.readFile('os-support.os-release', '/etc/os-release');
  const parsed = release.ok ? parseOsRelease(release.text) : undefined;
  const os: Probed<OsIdentity> = parsed
    ? { ok: true, value: { family: 'linux', name: parsed.prettyName, id: parsed.id, version: parsed.versionId, ubuntuCodename: parsed.ubuntuCodename } }
    : si.ok && si.value.distro
      ? { ok: true, value: { family: 'linux', name: `${si.value.distro} ${si.value.release ?? ''}`.trim(), id: (si.value.distro.split(/\s/)[0] ?? '').toLowerCase(), version: /^[\d.]+/.exec(si.value.release ?? '')?.[0] ?? '' } }
      : release.ok ? unexpected('/etc/os-release') : release;
  const notifier = await probe.readFile('os-support.updates-available', '/var/lib/update-notifier/updates-available');
  const pending = notifier.ok ? parseUpdatesAvailable(notifier.text) : undefined;
  const pendingUpdates = notifier.ok ? (pending ? { ok: true as const, value: pending } : unexpected('updates-available')) : notifier.error === 'not-found' ? null : notifier;
  return { os, lastUpdate: await linuxLastUpdate(probe), pendingUpdates, restartPending: null };
};

/** Collects the os-support evidence for the scanned platform. */
export const collectOsSupport = async (ctx: CollectContext): Promise<OsSupportEvidence> => {
  const si = await ctx.probe.si<SiOs>('os.info', 'osInfo');
  const collect = ctx.platform === 'win32' ? collectWindows : ctx.platform === 'darwin' ? collectMac : collectLinux;
  return { platform: ctx.platform, ...(await collect(ctx.probe, si)) };
};
