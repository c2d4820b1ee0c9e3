/** Parsers for the Windows firewall: Get-NetFirewallProfile JSON (preferred) and netsh text (fallback). */
import type { RegistryKey } from '../../probe/probe.js';
import { regNumber } from '../../probe/registry-parse.js';
import { parsePowerShellObjects } from '../../probe/powershell-json.js';
import { decodeProductState } from '../shared/posture-1.js';

/** One Windows Firewall profile and whether it is on (null: not configured or unreadable). */
export type ProfileState = { name: 'domain' | 'private' | 'public'; enabled: boolean | null };

const PROFILE_NAMES = ['domain', 'private', 'public'] as const;

const profileName = (text: string): ProfileState['name'] | undefined => {
  const lower = text.toLowerCase();
  // netsh prints "Domain Profile Settings:"; German "Domänenprofil-Einstellungen:".
  if (/domain|domäne/.test(lower)) return 'domain';
  if (/private|privat/.test(lower)) return 'private';
  if (/public|öffentlich/.test(lower)) return 'public';
  return undefined;
};

// PowerShell 5.1 serializes the GpoBoolean enum as a number (0 False, 1 True, 2 NotConfigured); 7 may print words.
const gpoBoolean = (value: unknown): boolean | null => {
  if (value === true || value === 1 || value === 'True' || value === 'true') return true;
  if (value === false || value === 0 || value === 'False' || value === 'false') return false;
  return null;
};

/** Parses `Get-NetFirewallProfile | Select-Object Name,Enabled | ConvertTo-Json`; undefined if not that JSON. */
export const parseNetFirewallProfileJson = (stdout: string): ProfileState[] | undefined => {
  const rows = parsePowerShellObjects(stdout);
  if (!rows || rows.length === 0) return undefined;
  const profiles: ProfileState[] = [];
  for (const row of rows) {
    const name = typeof row.Name === 'string' ? profileName(row.Name) : undefined;
    if (name) profiles.push({ name, enabled: gpoBoolean(row.Enabled) });
  }
  return profiles.length > 0 ? profiles : undefined;
};

const STATE_LINE = /^\s*(?:State|Status|État|Estado|Stato)\s+(\S+)\s*$/i;
const ON_WORDS = new Set(['on', 'ein', 'activé', 'actif', 'activado', 'attivato']);
const OFF_WORDS = new Set(['off', 'aus', 'désactivé', 'inactif', 'desactivado', 'disattivato']);

/** Parses `netsh advfirewall show allprofiles [state]` (or one profile); profiles in header order. */
export const parseNetshAdvfirewall = (stdout: string): ProfileState[] => {
  const profiles: ProfileState[] = [];
  let current: ProfileState | undefined;
  let blockIndex = 0;
  for (const line of stdout.split(/\r?\n/)) {
    // A profile header is an unindented line ending in ":" (the "Logging:" sub-header has no profile word).
    if (/^\S.*:\s*$/.test(line) && !/^logging|^protokoll/i.test(line)) {
      const name = profileName(line) ?? PROFILE_NAMES[blockIndex];
      blockIndex += 1;
      current = name ? { name, enabled: null } : undefined;
      if (current) profiles.push(current);
      continue;
    }
    const state = STATE_LINE.exec(line);
    if (state && current && current.enabled === null) {
      const word = (state[1] ?? '').toLowerCase();
      current.enabled = ON_WORDS.has(word) ? true : OFF_WORDS.has(word) ? false : null;
    }
  }
  return profiles;
};

/** A third-party firewall registered with Windows Security Center. */
export type ThirdPartyFirewall = { name: string; enabled: boolean | null };

/** Parses `Get-CimInstance -Namespace root/SecurityCenter2 -ClassName FirewallProduct | ConvertTo-Json`. */
export const parseFirewallProducts = (stdout: string): ThirdPartyFirewall[] | undefined =>
  parsePowerShellObjects(stdout)?.map((row) => ({
    name: typeof row.displayName === 'string' ? row.displayName : 'unnamed product',
    enabled: typeof row.productState === 'number' ? decodeProductState(row.productState).enabled : null,
  }));

/** EnableFirewall for one profile: the Group Policy value wins over the local one; null when neither is set. */
export const firewallFromRegistry = (local: RegistryKey | undefined, policy: RegistryKey | undefined): boolean | null => {
  const value = regNumber(policy, 'EnableFirewall') ?? regNumber(local, 'EnableFirewall');
  return value === undefined ? null : value === 1;
};
