/** Pure parsers for removable-storage policy (Windows registry, macOS managed preferences, Linux modprobe/USBGuard). */
import type { RegistryKey } from '../../probe/probe.js';
import { regNumber } from '../../probe/registry-parse.js';

/** What policy does to USB storage: blocked, read-only, writable only when encrypted, or not restricted. */
export type UsbPolicy = 'blocked' | 'read-only' | 'encrypt-to-write' | 'allowed';

/** Removable-disk device class in RemovableStorageDevices policies. */
const REMOVABLE_DISKS = '{53f5630d-b6bf-11d0-94f2-00a0c91efb8b}';

/** Combines the Windows policy keys; the strictest setting wins. Each argument is the `reg query` result (undefined when absent). */
export const parseWindowsUsbPolicy = (input: {
  usbstor?: RegistryKey;
  removableStorage?: RegistryKey[];
  fve?: RegistryKey;
  storageDevicePolicies?: RegistryKey;
}): { policy: UsbPolicy; details: string[] } => {
  const details: string[] = [];
  let policy: UsbPolicy = 'allowed';
  const rs = input.removableStorage ?? [];
  const root = rs.find((k) => /\\RemovableStorageDevices$/i.test(k.path));
  const disks = rs.find((k) => k.path.toLowerCase().endsWith(REMOVABLE_DISKS));
  if (regNumber(input.usbstor, 'Start') === 4) details.push('USBSTOR driver disabled (Start=4)');
  if (regNumber(root, 'Deny_All') === 1) details.push('policy "All Removable Storage classes: Deny all access"');
  if (regNumber(disks, 'Deny_Read') === 1) details.push('policy "Removable Disks: Deny read access"');
  if (details.length > 0) policy = 'blocked';
  else {
    if (regNumber(disks, 'Deny_Write') === 1) details.push('policy "Removable Disks: Deny write access"');
    if (regNumber(input.storageDevicePolicies, 'WriteProtect') === 1) details.push('StorageDevicePolicies WriteProtect=1');
    if (details.length > 0) policy = 'read-only';
    else if (regNumber(input.fve, 'RDVDenyWriteAccess') === 1) {
      details.push('BitLocker policy "Deny write access to removable drives not protected by BitLocker" (RDVDenyWriteAccess=1)');
      policy = 'encrypt-to-write';
    }
  }
  return { policy, details };
};

/**
 * macOS managed preferences `com.apple.systemuiserver` `mount-controls` (set by a configuration
 * profile): e.g. `{ "harddisk-external": ["deny"] }` or `["read-only"]`. Undefined when not set.
 */
export const parseMountControls = (value: unknown): { policy: UsbPolicy; details: string[] } | undefined => {
  const dict = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const mc = dict['mount-controls'];
  if (typeof mc !== 'object' || mc === null) return undefined;
  const ext = (mc as Record<string, unknown>)['harddisk-external'];
  const actions = Array.isArray(ext) ? ext.map(String) : [];
  if (actions.includes('deny') || actions.includes('eject')) return { policy: 'blocked', details: [`mount-controls harddisk-external: ${actions.join(', ')}`] };
  if (actions.includes('read-only')) return { policy: 'read-only', details: ['mount-controls harddisk-external: read-only'] };
  return { policy: 'allowed', details: [`mount-controls harddisk-external: ${actions.join(', ') || 'no restriction'}`] };
};

/**
 * modprobe.d lines that stop the usb-storage module: `install usb-storage /bin/false` (or true)
 * really blocks it; `blacklist usb-storage` only stops automatic loading. Module names accept - or _.
 */
export const parseModprobeUsbStorage = (text: string): { install: boolean; blacklist: boolean } => {
  let install = false;
  let blacklist = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^(install|blacklist)\s+usb[-_]storage(?:\s+(.*))?$/.exec(line);
    if (!m) continue;
    if (m[1] === 'blacklist') blacklist = true;
    else if (/(^|\/)(true|false)\b/.test(m[2] ?? '')) install = true;
  }
  return { install, blacklist };
};

/** usbguard-daemon.conf: `ImplicitPolicyTarget=block|reject` means devices without an allow rule are refused. */
export const parseUsbguardConf = (text: string): boolean => /^\s*ImplicitPolicyTarget\s*=\s*(block|reject)\s*$/m.test(text);

/** /proc/modules: whether the usb_storage module is loaded right now. */
export const usbStorageLoaded = (procModules: string): boolean => /^usb_storage\s/m.test(procModules);
