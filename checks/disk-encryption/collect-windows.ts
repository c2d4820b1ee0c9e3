/** Windows collector: Explorer's BitLocker property (no admin), Get-BitLockerVolume and manage-bde (admin), edition. */
import type { Probe, RunResult } from '../probe/probe.js';
import { regString } from '../probe/registry-parse.js';
import type { ProbeProblem, VolumeVerdict } from './evidence.js';
import { isAccessDenied, parseBitLockerVolumes, parseLogicalDrives, parseManageBde, type BitLockerListing, type LogicalDrive } from './parse-windows.js';
import { buildWindowsVolumes } from './verdict-windows.js';

// Read-only: lists fixed (3) and removable (2) drives with the BitLocker property Explorer shows as a padlock.
const DRIVES_SCRIPT = [
  "$ErrorActionPreference = 'SilentlyContinue'",
  '$sh = New-Object -ComObject Shell.Application',
  '@(Get-CimInstance -ClassName Win32_LogicalDisk | Where-Object { $_.DriveType -eq 2 -or $_.DriveType -eq 3 } | ForEach-Object {',
  // External USB hard disks report DriveType 3 (fixed); the disk's bus type tells them apart.
  "  $bus = try { [string](Get-Partition -DriveLetter $_.DeviceID.Substring(0, 1) -ErrorAction Stop | Get-Disk -ErrorAction Stop).BusType } catch { $null }",
  "  [pscustomobject]@{ DeviceID = $_.DeviceID; DriveType = [int]$_.DriveType; FileSystem = $_.FileSystem; VolumeName = $_.VolumeName; BusType = $bus; BitLockerProtection = $sh.NameSpace($_.DeviceID + '\\').Self.ExtendedProperty('System.Volume.BitLockerProtection') }",
  '}) | ConvertTo-Json -Compress',
].join('\n');

// Enums cast to names so PowerShell 5.1 and 7 agree; only protector *types* leave the machine, never RecoveryPassword.
const CMDLET_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  "@(Get-BitLockerVolume | Select-Object MountPoint, @{n='VolumeType';e={[string]$_.VolumeType}}, @{n='VolumeStatus';e={[string]$_.VolumeStatus}},",
  "  @{n='ProtectionStatus';e={[string]$_.ProtectionStatus}}, @{n='LockStatus';e={[string]$_.LockStatus}}, EncryptionPercentage,",
  "  @{n='EncryptionMethod';e={[string]$_.EncryptionMethod}}, CapacityGB, @{n='KeyProtector';e={@($_.KeyProtector | ForEach-Object { [string]$_.KeyProtectorType })}}) | ConvertTo-Json -Compress -Depth 3",
].join('\n');

/** The PowerShell command line for a read-only script (no profile, never interactive). */
export const powershellArgv = (systemRoot: string | undefined, script: string): string[] => [
  systemRoot ? `${systemRoot}\\System32\\WindowsPowerShell\\v1.0\\powershell.exe` : 'powershell.exe',
  '-NoProfile',
  '-NonInteractive',
  '-Command',
  script,
];

// A recording may hold either tool's output under either id (people paste what they have): try both parsers.
const either =
  (first: (out: string, err: string) => BitLockerListing, second: (out: string, err: string) => BitLockerListing) =>
  (out: string, err: string): BitLockerListing => {
    const a = first(out, err);
    if (a.volumes.length > 0 || a.denied) return a;
    const b = second(out, err);
    return b.volumes.length > 0 ? b : a;
  };

const firstLine = (r: RunResult): string => (r.stderr.trim().split(/\r?\n/)[0] || r.message || r.error || 'failed').slice(0, 300);

/** Collects BitLocker facts for every fixed and removable drive and turns them into verdicts. */
export const collectWindows = async (probe: Probe): Promise<{ volumes: VolumeVerdict[]; problems: ProbeProblem[]; raw: Record<string, string>; edition: string | null }> => {
  const system = await probe.system();
  const root = system.env.SYSTEMROOT;
  const problems: ProbeProblem[] = [];
  const raw: Record<string, string> = {};

  const edition = await probe.registry('disk.win-edition', 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', { valueName: 'EditionID' });
  const editionId = edition.ok ? (regString(edition.keys[0], 'EditionID') ?? null) : null;
  if (!edition.ok) problems.push({ probe: 'disk.win-edition', error: edition.error, message: edition.message });

  let drives: LogicalDrive[] | null = null;
  const d = await probe.run('disk.win-volumes', powershellArgv(root, DRIVES_SCRIPT), { timeoutMs: 60_000 });
  try {
    if (d.stdout.trim()) {
      drives = parseLogicalDrives(d.stdout);
      raw['disk.win-volumes'] = d.stdout;
    } else problems.push({ probe: 'disk.win-volumes', error: d.error ?? 'failed', message: firstLine(d) });
  } catch (err) {
    problems.push({ probe: 'disk.win-volumes', error: 'failed', message: `odd output: ${err instanceof Error ? err.message : String(err)}` });
  }

  const listing = async (id: string, argv: string[], parse: (out: string, err: string) => BitLockerListing): Promise<{ listing: BitLockerListing | null; denied: boolean }> => {
    const r = await probe.run(id, argv, { timeoutMs: 60_000 });
    if (r.stdout.trim()) raw[id] = r.stdout;
    const denied = r.error === 'denied' || isAccessDenied(`${r.stdout}\n${r.stderr}`);
    if (!r.stdout.trim() && !r.ok) {
      problems.push({ probe: id, error: denied ? 'denied' : (r.error ?? 'failed'), message: firstLine(r) });
      return { listing: null, denied };
    }
    const parsed = parse(r.stdout, r.stderr);
    if (parsed.volumes.length === 0) {
      problems.push({ probe: id, error: parsed.denied ? 'denied' : 'failed', message: parsed.error ?? 'no volumes' });
      return { listing: null, denied: denied || parsed.denied };
    }
    return { listing: parsed, denied: false };
  };
  const cmdlet = await listing('disk.bitlocker-ps', powershellArgv(root, CMDLET_SCRIPT), either(parseBitLockerVolumes, parseManageBde));
  const bde = await listing('disk.manage-bde', [root ? `${root}\\System32\\manage-bde.exe` : 'manage-bde.exe', '-status'], either(parseManageBde, parseBitLockerVolumes));

  const volumes = buildWindowsVolumes({
    systemDrive: system.env.SYSTEMDRIVE ?? 'C:',
    cmdlet: cmdlet.listing,
    manageBde: bde.listing,
    drives,
    // A known non-elevated run where neither admin tool answered is a "needs admin" case even if the denial text is localized.
    denied: cmdlet.denied || bde.denied || (system.elevated === false && !cmdlet.listing && !bde.listing),
  });
  return { volumes, problems, raw, edition: editionId };
};
