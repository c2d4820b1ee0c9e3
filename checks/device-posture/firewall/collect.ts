/** Collects firewall state through the probe (read-only commands; nothing is changed). */
import type { Probe, RunResult } from '../../probe/probe.js';
import type { CollectContext } from '../../types.js';
import { reasonText } from '../shared/findings.js';
import { commandOutput, powershell, type Probed } from '../shared/posture-1.js';
import type { FirewallEvidence, LinuxFirewallEvidence, MacFirewallEvidence, WindowsFirewallEvidence } from './evidence.js';
import { firewallFromRegistry, parseFirewallProducts, parseNetFirewallProfileJson, parseNetshAdvfirewall, type ProfileState } from './parse-windows.js';
import { iptablesFiltersInput, nftFiltersInput, parseAlfGlobalstate, parseFirewalldState, parseSocketfilterfwState, parseUfwConf, parseUfwStatus } from './parse-unix.js';

const DENIED = /permission denied|operation not permitted|you need to be root|must be root/i;

/** Turns a command into a parsed fact; `null` when the tool is not installed. */
const probedFrom = <T>(result: RunResult, parse: (stdout: string) => T | undefined): Probed<T> | null => {
  if (!result.ok && result.error === 'not-found') return null;
  const out = commandOutput(result);
  if (!out.ok) return out;
  const text = `${out.value.stdout}\n${out.value.stderr}`;
  if (DENIED.test(text)) return { ok: false, error: 'denied', message: text.trim().split('\n')[0] ?? '' };
  const value = parse(out.value.stdout);
  return value === undefined ? { ok: false, error: 'failed', message: `unexpected output: ${text.trim().slice(0, 200)}` } : { ok: true, value };
};

// Local settings live under SharedAccess (Private is "StandardProfile"); Group Policy copies win.
const REGISTRY_PROFILES: readonly [ProfileState['name'], string, string][] = [
  ['domain', 'DomainProfile', 'DomainProfile'],
  ['private', 'StandardProfile', 'PrivateProfile'],
  ['public', 'PublicProfile', 'PublicProfile'],
];

const readRegistryProfiles = (probe: Probe): Promise<ProfileState[]> =>
  Promise.all(
    REGISTRY_PROFILES.map(async ([name, local, policy]) => {
      const [l, p] = await Promise.all([
        probe.registry(`firewall.registry-${name}`, `HKLM\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy\\${local}`, { valueName: 'EnableFirewall' }),
        probe.registry(`firewall.policy-${name}`, `HKLM\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall\\${policy}`, { valueName: 'EnableFirewall' }),
      ]);
      return { name, enabled: firewallFromRegistry(l.ok ? l.keys[0] : undefined, p.ok ? p.keys[0] : undefined) };
    }),
  );

const collectWindows = async (probe: Probe): Promise<WindowsFirewallEvidence> => {
  const problems: string[] = [];
  const [json, products] = await Promise.all([
    probe.run('firewall.netfirewallprofile', powershell('Get-NetFirewallProfile -PolicyStore ActiveStore | Select-Object Name,Enabled | ConvertTo-Json'), { timeoutMs: 30_000 }),
    probe.run('firewall.wsc-firewallproduct', powershell('Get-CimInstance -Namespace root/SecurityCenter2 -ClassName FirewallProduct | Select-Object displayName,productState | ConvertTo-Json'), { timeoutMs: 30_000 }),
  ]);
  const thirdPartyOut = commandOutput(products);
  const thirdParty: WindowsFirewallEvidence['thirdParty'] = thirdPartyOut.ok
    ? { ok: true, value: parseFirewallProducts(thirdPartyOut.value.stdout) ?? [] }
    : thirdPartyOut;
  const fromJson = json.ok ? parseNetFirewallProfileJson(json.stdout) : undefined;
  if (fromJson) return { platform: 'win32', source: 'Get-NetFirewallProfile', profiles: fromJson, problems, thirdParty };
  problems.push(`Get-NetFirewallProfile: ${json.ok ? 'unexpected output' : reasonText({ error: json.error ?? 'failed', message: json.stderr || json.message || '' })}`);
  const netsh = await probe.run('firewall.netsh', ['netsh', 'advfirewall', 'show', 'allprofiles', 'state']);
  const fromNetsh = netsh.ok ? parseNetshAdvfirewall(netsh.stdout) : [];
  if (fromNetsh.length > 0) return { platform: 'win32', source: 'netsh', profiles: fromNetsh, problems, thirdParty };
  problems.push(`netsh: ${netsh.ok ? 'unexpected output' : reasonText({ error: netsh.error ?? 'failed', message: netsh.stderr || netsh.message || '' })}`);
  const fromRegistry = await readRegistryProfiles(probe);
  if (fromRegistry.some((p) => p.enabled !== null)) return { platform: 'win32', source: 'registry', profiles: fromRegistry, problems, thirdParty };
  problems.push('registry: no EnableFirewall values could be read');
  return { platform: 'win32', source: null, profiles: [], problems, thirdParty };
};

const collectMac = async (probe: Probe): Promise<MacFirewallEvidence> => {
  const sff = await probe.run('firewall.socketfilterfw', ['/usr/libexec/ApplicationFirewall/socketfilterfw', '--getglobalstate']);
  const state = sff.ok ? parseSocketfilterfwState(sff.stdout) : undefined;
  if (state !== undefined) return { platform: 'darwin', state: { ok: true, value: state }, source: 'socketfilterfw', raw: sff.stdout.trim() };
  // Older macOS kept the state in a plist too (removed in macOS 15, osquery commit 38236c9fb).
  const alf = await probe.run('firewall.alf-globalstate', ['/usr/bin/defaults', 'read', '/Library/Preferences/com.apple.alf', 'globalstate']);
  const alfState = alf.ok ? parseAlfGlobalstate(alf.stdout) : undefined;
  if (alfState !== undefined) return { platform: 'darwin', state: { ok: true, value: alfState }, source: 'com.apple.alf', raw: alf.stdout.trim() };
  const failure = commandOutput(sff);
  return {
    platform: 'darwin',
    state: failure.ok ? { ok: false, error: 'failed', message: `unexpected output: ${sff.stdout.trim().slice(0, 200)}` } : failure,
    source: null,
    raw: `${sff.stdout}${sff.stderr}`.trim().slice(0, 500),
  };
};

const collectLinux = async (probe: Probe, elevated: boolean | null): Promise<LinuxFirewallEvidence> => {
  const [conf, ufw, firewalld, nft, iptables] = await Promise.all([
    probe.readFile('firewall.ufw-conf', '/etc/ufw/ufw.conf'),
    probe.run('firewall.ufw-status', ['ufw', 'status']),
    probe.run('firewall.firewalld-state', ['firewall-cmd', '--state']),
    probe.run('firewall.nft-ruleset', ['nft', 'list', 'ruleset']),
    probe.run('firewall.iptables', ['iptables', '-S']),
  ]);
  const ufwInstalled = conf.ok || !(ufw.error === 'not-found');
  return {
    platform: 'linux',
    elevated,
    ufw: { installed: ufwInstalled, enabledAtBoot: conf.ok ? (parseUfwConf(conf.text) ?? null) : null, active: ufwInstalled ? probedFrom(ufw, parseUfwStatus) : null },
    firewalld: probedFrom(firewalld, parseFirewalldState),
    nftables: probedFrom(nft, nftFiltersInput),
    iptables: probedFrom(iptables, iptablesFiltersInput),
  };
};

/** Collects the firewall evidence for the scanned platform. */
export const collectFirewall = async (ctx: CollectContext): Promise<FirewallEvidence> => {
  if (ctx.platform === 'win32') return collectWindows(ctx.probe);
  if (ctx.platform === 'darwin') return collectMac(ctx.probe);
  return collectLinux(ctx.probe, (await ctx.probe.system()).elevated);
};
