/** Collects remote-access tools, RDP, SSH server and file/screen sharing facts through the probe. */
import type { Probe, SystemFacts } from '../../probe/probe.js';
import { regNumber } from '../../probe/registry-parse.js';
import type { CollectContext } from '../../types.js';
import { failureReason } from '../shared/findings.js';
import { type Unknown } from '../shared/posture2-common.js';
import { catalogSchema, matchCatalog, type CatalogMatch } from '../shared/software-catalog.js';
import { collectSoftwareInventory } from '../shared/software-inventory.js';
import toolsJson from './tools.json' with { type: 'json' };
import { listeningPorts, parseIsEnabled, parseLanmanShares, parseLaunchctlDisabled, parseNfsExports, parseRdp, parseRemoteLogin, parseSmbConfShares, type Share } from './parse.js';

/** The remote-access tool catalog, validated at load. */
export const REMOTE_TOOLS = catalogSchema.parse(toolsJson).entries;

export type ServiceFact = { state: 'on' | 'off'; detail: string } | Unknown;
export type RdpFact = { state: 'on' | 'off'; nla: boolean | null; byPolicy: boolean } | { state: 'not-applicable' } | Unknown;
export type SharingFact = { state: 'on' | 'off'; shares: Share[]; services: string[]; detail: string } | Unknown;

/** Evidence of the remote-access check. */
export type RemoteAccessEvidence = {
  tools: { found: CatalogMatch[]; errors: { source: string; reason: string }[] };
  rdp: RdpFact;
  ssh: ServiceFact;
  screenSharing: ServiceFact | { state: 'not-applicable' };
  fileSharing: SharingFact;
};

const TS = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server';
const TS_POLICY = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services';
const SHARES = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Shares';

/** Collects the evidence for the scanned OS. */
export const collectRemoteAccess = async ({ probe }: CollectContext): Promise<RemoteAccessEvidence> => {
  const system = await probe.system();
  const inv = await collectSoftwareInventory(probe, system.platform, system.homedir);
  const tools = { found: matchCatalog(REMOTE_TOOLS, inv, system.platform), errors: inv.errors };
  const running = (name: string) => inv.processes.some((p) => p.toLowerCase() === name.toLowerCase());
  if (system.platform === 'win32') return { tools, ...(await collectWindows(probe, running)), screenSharing: { state: 'not-applicable' } };
  if (system.platform === 'darwin') return { tools, ...(await collectMac(probe, system, running)) };
  return { tools, ...(await collectLinux(probe, inv.packages, running)), rdp: { state: 'not-applicable' }, screenSharing: { state: 'not-applicable' } };
};

const collectWindows = async (probe: Probe, running: (n: string) => boolean): Promise<Pick<RemoteAccessEvidence, 'rdp' | 'ssh' | 'fileSharing'>> => {
  const local = await probe.registry('remote.rdp-local', TS, { valueName: 'fDenyTSConnections' });
  const policy = await probe.registry('remote.rdp-policy', TS_POLICY);
  const tcp = await probe.registry('remote.rdp-nla', `${TS}\\WinStations\\RDP-Tcp`, { valueName: 'UserAuthentication' });
  let rdp: RdpFact;
  if (!local.ok && local.error !== 'not-found') rdp = { state: 'unknown', reason: failureReason(`reading ${TS}`, local) };
  else {
    const parsed = parseRdp(local.ok ? local.keys[0] : undefined, policy.ok ? policy.keys[0] : undefined, tcp.ok ? tcp.keys[0] : undefined);
    // Windows ships with fDenyTSConnections=1; a missing value means the default (off).
    rdp = { state: parsed.enabled === true ? 'on' : 'off', nla: parsed.nla, byPolicy: parsed.byPolicy };
  }

  const sshd = await probe.registry('remote.sshd-service', 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\sshd', { valueName: 'Start' });
  let ssh: ServiceFact;
  if (!sshd.ok) ssh = sshd.error === 'not-found' ? { state: 'off', detail: 'OpenSSH Server is not installed' } : { state: 'unknown', reason: failureReason('reading the sshd service key', sshd) };
  else {
    const start = regNumber(sshd.keys[0], 'Start');
    const isRunning = running('sshd.exe') || running('sshd');
    ssh = start === 2 || isRunning ? { state: 'on', detail: `OpenSSH Server installed, ${start === 2 ? 'starts automatically' : 'running now'}` } : { state: 'off', detail: `OpenSSH Server installed but ${start === 4 ? 'disabled' : 'not running (manual start)'}` };
  }

  const shares = await probe.registry('remote.smb-shares', SHARES);
  const server = await probe.registry('remote.lanmanserver', 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer', { valueName: 'Start' });
  let fileSharing: SharingFact;
  if (!shares.ok && shares.error !== 'not-found') fileSharing = { state: 'unknown', reason: failureReason(`reading ${SHARES}`, shares) };
  else {
    const list = shares.ok ? parseLanmanShares(shares.keys) : [];
    const serverDisabled = server.ok && regNumber(server.keys[0], 'Start') === 4;
    fileSharing = serverDisabled
      ? { state: 'off', shares: list, services: [], detail: 'The Server (LanmanServer) service is disabled, so nothing is shared.' }
      : { state: list.length > 0 ? 'on' : 'off', shares: list, services: [], detail: list.length > 0 ? `${list.length} shared folder(s) or printer(s) besides the hidden admin shares` : 'No shares besides the hidden admin shares (C$, ADMIN$, IPC$)' };
  }
  return { rdp, ssh, fileSharing };
};

const collectMac = async (probe: Probe, system: SystemFacts, running: (n: string) => boolean): Promise<Omit<RemoteAccessEvidence, 'tools'>> => {
  const disabled = await probe.run('remote.launchctl-print-disabled', ['/bin/launchctl', 'print-disabled', 'system']);
  const map = disabled.ok ? parseLaunchctlDisabled(disabled.stdout) : undefined;
  const why = disabled.ok ? '' : failureReason('`launchctl print-disabled system`', { error: disabled.error ?? 'failed', message: disabled.stderr.trim() || (disabled.message ?? '') });

  // Without the override list, ask launchd whether the job is loaded at all (disabled jobs are not).
  const loaded = async (label: string, what: string, fallback: ServiceFact): Promise<ServiceFact> => {
    if (map) return fallback;
    const r = await probe.run('remote.launchctl-print', ['/bin/launchctl', 'print', `system/${label}`]);
    if (r.ok) return { state: 'on', detail: `${what}: ${label} is loaded in launchd` };
    return /Could not find service/i.test(`${r.stderr}${r.stdout}`) ? { state: 'off', detail: `${what}: ${label} is not loaded in launchd` } : fallback;
  };

  let ssh: ServiceFact;
  if (system.elevated === true) {
    const rl = await probe.run('remote.systemsetup-remotelogin', ['/usr/sbin/systemsetup', '-getremotelogin']);
    const on = rl.ok ? parseRemoteLogin(rl.stdout) : undefined;
    ssh = on === undefined ? fromLaunchd(map, 'com.openssh.sshd', 'Remote Login (SSH)', why) : { state: on ? 'on' : 'off', detail: `systemsetup: Remote Login ${on ? 'On' : 'Off'}` };
  } else ssh = fromLaunchd(map, 'com.openssh.sshd', 'Remote Login (SSH)', why);
  if (ssh.state === 'unknown') ssh = await loaded('com.openssh.sshd', 'Remote Login (SSH)', ssh);
  if (ssh.state !== 'on' && running('sshd')) ssh = { state: 'on', detail: 'an sshd process is running' };

  let screenSharing = await loaded('com.apple.screensharing', 'Screen Sharing', fromLaunchd(map, 'com.apple.screensharing', 'Screen Sharing', why));
  // Remote Management (Apple Remote Desktop) runs ARDAgent when it is turned on.
  if (screenSharing.state !== 'on' && running('ARDAgent')) screenSharing = { state: 'on', detail: 'Remote Management (ARDAgent) is running' };

  const smb = fromLaunchd(map, 'com.apple.smbd', 'File Sharing (SMB)', why);
  const fileSharing: SharingFact = smb.state === 'unknown' ? smb : { state: smb.state, shares: [], services: smb.state === 'on' ? ['File Sharing (SMB)'] : [], detail: smb.detail };
  return { rdp: { state: 'not-applicable' }, ssh, screenSharing, fileSharing };
};

/** Reads one launchd job's override; no override means macOS's default for these jobs (off). */
const fromLaunchd = (map: Record<string, boolean> | undefined, label: string, what: string, why: string): ServiceFact => {
  if (!map) return { state: 'unknown', reason: why };
  if (!(label in map)) return { state: 'off', detail: `${what}: no launchd override for ${label} (macOS default: off)` };
  return { state: map[label] ? 'off' : 'on', detail: `${what}: ${label} is ${map[label] ? 'disabled' : 'enabled'} in launchd` };
};

const collectLinux = async (probe: Probe, packages: string[], running: (n: string) => boolean): Promise<Pick<RemoteAccessEvidence, 'ssh' | 'fileSharing'>> => {
  const conns = await probe.si('remote.network-connections', 'networkConnections');
  const ports = conns.ok ? listeningPorts(conns.value) : undefined;
  // One unit per call: systemctl prints nothing for a unit that does not exist, so a joined answer would not line up.
  const unitOn = async (unit: string) => {
    const r = await probe.run('remote.systemctl-is-enabled', ['systemctl', 'is-enabled', unit]);
    return parseIsEnabled(r.stdout)[0] === 'enabled';
  };
  const sshUnit = (await unitOn('ssh.service')) || (await unitOn('ssh.socket')) || (await unitOn('sshd.service'));
  const smbUnit = await unitOn('smbd.service');
  const nfsUnit = await unitOn('nfs-server.service');
  const hasPkg = (name: string) => packages.includes(name);

  let ssh: ServiceFact;
  if (ports?.includes(22) || running('sshd') || sshUnit) ssh = { state: 'on', detail: ports?.includes(22) ? 'something is listening on port 22' : running('sshd') ? 'sshd is running' : 'the ssh service is enabled at boot' };
  else if (ports === undefined && !hasPkg('openssh-server')) ssh = { state: 'off', detail: 'openssh-server is not installed and no sshd process is running' };
  else if (ports === undefined) ssh = { state: 'unknown', reason: `openssh-server is installed; ${failureReason('listing listening ports', conns.ok ? { error: 'failed', message: 'no data' } : conns)}` };
  else ssh = { state: 'off', detail: hasPkg('openssh-server') ? 'openssh-server is installed but not running or listening' : 'no SSH server is listening or installed' };

  const smbConf = await probe.readFile('remote.smb-conf', '/etc/samba/smb.conf');
  const exportsFile = await probe.readFile('remote.nfs-exports', '/etc/exports');
  const smbActive = ports?.includes(445) || ports?.includes(139) || running('smbd') || smbUnit;
  const nfsActive = ports?.includes(2049) || nfsUnit;
  const shares: Share[] = [...(smbActive && smbConf.ok ? parseSmbConfShares(smbConf.text) : []), ...(nfsActive && exportsFile.ok ? parseNfsExports(exportsFile.text) : [])];
  const services = [...(smbActive ? ['Samba (SMB)'] : []), ...(nfsActive ? ['NFS'] : [])];
  const fileSharing: SharingFact =
    services.length > 0
      ? { state: 'on', shares, services, detail: `${services.join(' and ')} running` }
      : ports === undefined && (hasPkg('samba') || hasPkg('nfs-kernel-server'))
        ? { state: 'unknown', reason: 'Samba or an NFS server is installed but the scan could not list listening ports to see whether it runs' }
        : { state: 'off', shares: [], services: [], detail: 'no Samba or NFS server is running' };
  return { ssh, fileSharing };
};
