/** Judges firewall evidence: on for every Windows profile, on in macOS, some input filtering on Linux. */
import { assertNever, type AnalyzeContext, type CheckOutcome } from '../../types.js';
import { elevationHint } from '../../elevation.js';
import { makeFinding, reasonText } from '../shared/findings.js';
import { type Probed } from '../shared/posture-1.js';
import type { FirewallEvidence, LinuxFirewallEvidence, MacFirewallEvidence, WindowsFirewallEvidence } from './evidence.js';
import { firewallMeta as meta } from './meta.js';

const PROFILE_LABEL = { domain: 'Domain', private: 'Private', public: 'Public' } as const;

const analyzeWindows = (e: WindowsFirewallEvidence): CheckOutcome => {
  if (e.profiles.length === 0) {
    const description = `Could not determine whether Windows Firewall is on: ${e.problems.join('; ')}.`;
    return { status: 'unknown', summary: 'Could not determine the Windows Firewall state.', findings: [makeFinding(meta, 'win32', { subject: 'state', status: 'unknown', severity: 'medium', title: 'Firewall state could not be read', description, evidence: { problems: e.problems } })] };
  }
  const off = e.profiles.filter((p) => p.enabled === false).map((p) => PROFILE_LABEL[p.name]);
  const unclear = e.profiles.filter((p) => p.enabled === null).map((p) => PROFILE_LABEL[p.name]);
  const missing = (['domain', 'private', 'public'] as const).filter((n) => !e.profiles.some((p) => p.name === n)).map((n) => PROFILE_LABEL[n]);
  const others = e.thirdParty.ok ? e.thirdParty.value.filter((p) => p.enabled === true).map((p) => p.name) : [];
  const evidence = { source: e.source, profiles: e.profiles, thirdPartyFirewalls: e.thirdParty.ok ? e.thirdParty.value : null };
  if (off.length > 0 && others.length > 0) {
    const description = `Windows Firewall is off for the ${off.join(', ')} profile(s), and Windows Security Center reports another firewall as on: ${others.join(', ')}. Confirm with whoever manages it that it filters incoming connections on every network.`;
    return { status: 'unknown', summary: `Windows Firewall off for ${off.join(', ')}; ${others.join(', ')} reported on instead.`, findings: [makeFinding(meta, 'win32', { subject: 'profiles', status: 'unknown', severity: 'low', title: 'Another firewall replaces Windows Firewall', description, evidence })] };
  }
  if (off.length > 0) {
    const description = `Windows Firewall is turned off for the ${off.join(', ')} network profile(s). While connected to such a network, other computers can reach this laptop's services directly.`;
    return { status: 'fail', summary: `Windows Firewall is off for ${off.join(', ')}.`, findings: [makeFinding(meta, 'win32', { subject: 'profiles', status: 'fail', severity: 'high', title: `Firewall off for ${off.join(', ')} networks`, description, evidence })] };
  }
  if (unclear.length > 0 || missing.length > 0) {
    const names = [...unclear, ...missing];
    const description = `Windows Firewall is on where it could be read, but the state of the ${names.join(', ')} profile(s) could not be determined.`;
    return { status: 'unknown', summary: `Could not determine the firewall state for ${names.join(', ')}.`, findings: [makeFinding(meta, 'win32', { subject: 'profiles', status: 'unknown', severity: 'medium', title: 'Firewall state partly unknown', description, evidence })] };
  }
  return { status: 'pass', summary: 'Windows Firewall is on for the Domain, Private and Public profiles.', findings: [] };
};

const analyzeMac = (e: MacFirewallEvidence): CheckOutcome => {
  if (!e.state.ok) {
    const description = `Could not determine whether the macOS firewall is on: ${reasonText(e.state)}.`;
    return { status: 'unknown', summary: 'Could not determine the macOS firewall state.', findings: [makeFinding(meta, 'darwin', { subject: 'state', status: 'unknown', severity: 'medium', title: 'Firewall state could not be read', description, evidence: { raw: e.raw } })] };
  }
  if (e.state.value >= 1) {
    const mode = e.state.value >= 2 ? ' and blocks all incoming connections' : '';
    return { status: 'pass', summary: `The macOS firewall is on${mode}.`, findings: [] };
  }
  const description = 'The macOS application firewall is turned off, so apps and services on this Mac accept connections from any computer on the same network.';
  return { status: 'fail', summary: 'The macOS firewall is off.', findings: [makeFinding(meta, 'darwin', { subject: 'state', status: 'fail', severity: 'high', title: 'Firewall is off', description, evidence: { state: e.state.value, source: e.source, raw: e.raw } })] };
};

const isOn = (p: Probed<boolean> | null): boolean => p !== null && p.ok && p.value;
const unanswered = (p: Probed<boolean> | null): boolean => p !== null && !p.ok;

const analyzeLinux = (e: LinuxFirewallEvidence): CheckOutcome => {
  const evidence = { ufw: e.ufw, firewalld: e.firewalld, nftables: e.nftables, iptables: e.iptables, elevated: e.elevated };
  if (isOn(e.ufw.active)) return { status: 'pass', summary: 'The ufw firewall is active.', findings: [] };
  if (isOn(e.firewalld)) return { status: 'pass', summary: 'firewalld is running.', findings: [] };
  if (isOn(e.nftables) || isOn(e.iptables)) return { status: 'pass', summary: 'Firewall rules filter incoming connections.', findings: [] };
  // ufw status needs root; its config file says whether it starts at boot, which is the best an unprivileged scan can tell.
  if (e.ufw.enabledAtBoot === true && unanswered(e.ufw.active)) return { status: 'pass', summary: 'ufw is enabled (set to start at boot; its live status needs root to read).', findings: [] };
  const sources: [string, Probed<boolean> | null][] = [['nftables', e.nftables], ['iptables', e.iptables], ['ufw', e.ufw.active], ['firewalld', e.firewalld]];
  const pending = sources.flatMap(([name, p]) => (p !== null && !p.ok ? [{ name, error: p.error }] : []));
  if (pending.length > 0) {
    const names = pending.map((p) => p.name);
    const needsAdmin = pending.some((p) => p.error === 'denied');
    const description = `No active firewall was found among the tools that answered, and ${names.join(', ')} could not be read${needsAdmin ? ' without root rights' : ''}. ${needsAdmin ? elevationHint('linux', meta.id) : ''}`.trim();
    return { status: 'unknown', summary: 'Could not determine whether a firewall filters incoming connections.', findings: [makeFinding(meta, 'linux', { subject: 'state', status: 'unknown', severity: 'medium', title: 'Firewall state could not be read', description, evidence, needsAdmin })] };
  }
  const installed = [e.ufw.installed ? 'ufw' : null, e.firewalld ? 'firewalld' : null, e.nftables ? 'nftables' : null, e.iptables ? 'iptables' : null].filter(Boolean);
  const description = installed.length === 0
    ? 'No firewall software (ufw, firewalld, nftables or iptables) is installed, so nothing filters incoming connections.'
    : `Firewall tools are installed (${installed.join(', ')}) but none filters incoming connections: ufw is not active, firewalld is not running and no drop/reject rules exist for incoming traffic.`;
  return { status: 'fail', summary: 'No firewall filters incoming connections.', findings: [makeFinding(meta, 'linux', { subject: 'state', status: 'fail', severity: 'high', title: 'Firewall is off', description, evidence })] };
};

/** Turns firewall evidence into an outcome (pure). */
export const analyzeFirewall = (evidence: FirewallEvidence, _ctx: AnalyzeContext): CheckOutcome => {
  switch (evidence.platform) {
    case 'win32':
      return analyzeWindows(evidence);
    case 'darwin':
      return analyzeMac(evidence);
    case 'linux':
      return analyzeLinux(evidence);
    default:
      return assertNever(evidence);
  }
};
