/** Pure parsers for remote-access and sharing outputs. */
import type { RegistryKey } from '../../probe/probe.js';
import { regNumber } from '../../probe/registry-parse.js';
import { parseIni } from '../shared/posture2-common.js';

/** A shared folder or printer offered to the network. */
export type Share = { name: string; path?: string; kind: 'folder' | 'printer' | 'other' };

/**
 * HKLM\SYSTEM\CurrentControlSet\Services\LanmanServer\Shares: one REG_MULTI_SZ value per share the
 * user created (`Path=...`, `Type=0` folder, `Type=1` printer). The hidden admin shares
 * (C$, ADMIN$, IPC$) are created by Windows at start-up and never stored here; skip any `$` name anyway.
 */
export const parseLanmanShares = (keys: RegistryKey[]): Share[] => {
  const key = keys.find((k) => /\\Shares$/i.test(k.path));
  if (!key) return [];
  return key.values
    .filter((v) => v.type === 'REG_MULTI_SZ' && v.name !== '' && !v.name.endsWith('$'))
    .map((v) => {
      const fields = Object.fromEntries(
        v.data.split('\\0').map((part) => {
          const eq = part.indexOf('=');
          return eq > 0 ? [part.slice(0, eq).toLowerCase(), part.slice(eq + 1)] : [part, ''];
        }),
      );
      const type = Number(fields.type ?? '0') & 0xff;
      return { name: v.name, ...(fields.path ? { path: fields.path } : {}), kind: type === 0 ? 'folder' : type === 1 ? 'printer' : 'other' };
    });
};

/** RDP state from the Terminal Server keys: policy (if set) wins over the local setting. */
export const parseRdp = (local: RegistryKey | undefined, policy: RegistryKey | undefined, rdpTcp: RegistryKey | undefined): { enabled: boolean | undefined; nla: boolean | null; byPolicy: boolean } => {
  const policyDeny = regNumber(policy, 'fDenyTSConnections');
  const localDeny = regNumber(local, 'fDenyTSConnections');
  const deny = policyDeny ?? localDeny;
  const nlaValue = regNumber(policy, 'UserAuthentication') ?? regNumber(rdpTcp, 'UserAuthentication');
  return { enabled: deny === undefined ? undefined : deny === 0, nla: nlaValue === undefined ? null : nlaValue === 1, byPolicy: policyDeny !== undefined };
};

/**
 * `launchctl print-disabled system`: lines like `"com.openssh.sshd" => disabled` (macOS 11+) or
 * `"com.openssh.sshd" => true` (older, where true means disabled). Returns label -> disabled.
 */
export const parseLaunchctlDisabled = (stdout: string): Record<string, boolean> => {
  const map: Record<string, boolean> = {};
  for (const m of stdout.matchAll(/"([^"]+)"\s*=>\s*(enabled|disabled|true|false)/g)) {
    const label = m[1] ?? '';
    map[label] = m[2] === 'disabled' || m[2] === 'true';
  }
  return map;
};

/** `systemsetup -getremotelogin` (admin only): "Remote Login: On|Off". */
export const parseRemoteLogin = (stdout: string): boolean | undefined => {
  const m = /Remote Login:\s*(On|Off)/i.exec(stdout);
  return m ? m[1]?.toLowerCase() === 'on' : undefined;
};

/** `systemctl is-enabled A B`: one word per unit, in order ("enabled", "disabled", "masked", "static", ...). */
export const parseIsEnabled = (stdout: string): string[] => stdout.split('\n').map((l) => l.trim()).filter(Boolean);

/** Samba shares defined in smb.conf, without the [global] section and the printer pseudo-shares. */
export const parseSmbConfShares = (text: string): Share[] =>
  parseIni(text)
    .filter((s) => s.name !== '' && !/^(global|printers|print\$)$/i.test(s.name))
    .filter((s) => !/^(no|false|0)$/i.test(s.values.available ?? 'yes'))
    .map((s) => ({ name: s.name, ...(s.values.path ? { path: s.values.path } : {}), kind: s.name.toLowerCase() === 'homes' ? 'folder' : /^(yes|true|1)$/i.test(s.values.printable ?? '') ? 'printer' : 'folder' }));

/** /etc/exports: one NFS export per non-comment line (`/srv/data 192.168.1.0/24(rw)`). */
export const parseNfsExports = (text: string): Share[] =>
  text
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((l) => {
      const path = l.startsWith('"') ? l.slice(1, l.indexOf('"', 1)) : (l.split(/\s+/)[0] ?? l);
      return { name: path, path, kind: 'folder' as const };
    });

/** Ports listened on, from `systeminformation.networkConnections()` rows. */
export const listeningPorts = (rows: unknown): number[] => {
  if (!Array.isArray(rows)) return [];
  const ports = new Set<number>();
  for (const r of rows as { state?: unknown; localPort?: unknown; protocol?: unknown }[]) {
    if (typeof r !== 'object' || r === null) continue;
    const listening = String(r.state ?? '').toUpperCase() === 'LISTEN';
    const port = Number(r.localPort);
    if (listening && Number.isInteger(port)) ports.add(port);
  }
  return [...ports].sort((a, b) => a - b);
};
