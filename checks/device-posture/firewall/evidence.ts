/** What the firewall collector hands to analyze (plain JSON). */
import type { Probed } from '../shared/posture-1.js';
import type { ProfileState, ThirdPartyFirewall } from './parse-windows.js';

/** Windows: each profile's state, where it came from, and third-party firewalls Security Center knows. */
export type WindowsFirewallEvidence = {
  platform: 'win32';
  source: 'Get-NetFirewallProfile' | 'netsh' | 'registry' | null;
  profiles: ProfileState[];
  /** Why each source could not answer (empty when the first one did). */
  problems: string[];
  thirdParty: Probed<ThirdPartyFirewall[]>;
};

/** macOS: the application firewall's global state (0 off, 1 on, 2 block all incoming). */
export type MacFirewallEvidence = {
  platform: 'darwin';
  state: Probed<number>;
  source: 'socketfilterfw' | 'com.apple.alf' | null;
  raw: string;
};

/** Linux: each firewall front end; `null` values mean "not installed". */
export type LinuxFirewallEvidence = {
  platform: 'linux';
  elevated: boolean | null;
  ufw: { installed: boolean; enabledAtBoot: boolean | null; active: Probed<boolean> | null };
  firewalld: Probed<boolean> | null;
  nftables: Probed<boolean> | null;
  iptables: Probed<boolean> | null;
};

/** Evidence for one scan, by platform. */
export type FirewallEvidence = WindowsFirewallEvidence | MacFirewallEvidence | LinuxFirewallEvidence;
