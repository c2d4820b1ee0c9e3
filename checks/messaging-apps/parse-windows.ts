/** Parsers for Windows sources: uninstall keys and Get-AppxPackage JSON (pure). */
import type { RegistryKey } from '../probe/probe.js';
import { regString } from '../probe/registry-parse.js';
import { parsePowerShellJson } from '../probe/powershell-json.js';

/** One program in Apps & features: its uninstall key name and DisplayName. */
export type UninstallEntry = { keyName: string; keyPath: string; displayName?: string };

/** Keeps the direct children of an `...\Uninstall` key (`reg query /s` also prints deeper keys). */
export const parseUninstallKeys = (keys: RegistryKey[]): UninstallEntry[] =>
  keys.flatMap((key) => {
    const parts = key.path.split('\\');
    if (parts.length < 2 || parts[parts.length - 2]?.toLowerCase() !== 'uninstall') return [];
    const displayName = regString(key, 'DisplayName')?.trim();
    const entry: UninstallEntry = { keyName: parts[parts.length - 1] ?? '', keyPath: key.path };
    return [displayName ? { ...entry, displayName } : entry];
  });

/** One Store/MSIX package from Get-AppxPackage. */
export type AppxPackage = { name: string; packageFamilyName: string; version?: string };

/**
 * Parses `Get-AppxPackage | Select Name,PackageFamilyName,Version | ConvertTo-Json`: an array, or a
 * single object when only one package exists (ConvertTo-Json unwraps one-element arrays).
 */
export const parseAppxJson = (stdout: string): AppxPackage[] => {
  const items = parsePowerShellJson(stdout);
  if (!items) throw new Error(`not JSON: ${stdout.trim().slice(0, 120)}`);
  return items.flatMap((item) => {
    const o = item as { Name?: unknown; PackageFamilyName?: unknown; Version?: unknown } | null;
    if (!o || typeof o.Name !== 'string' || typeof o.PackageFamilyName !== 'string') return [];
    return [{ name: o.Name, packageFamilyName: o.PackageFamilyName, ...(typeof o.Version === 'string' ? { version: o.Version } : {}) }];
  });
};
