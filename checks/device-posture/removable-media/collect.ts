/** Collects the USB-storage policy and the mounted removable volumes through the probe. */
import type { Probe, RegistryResult, SystemFacts } from '../../probe/probe.js';
import type { CollectContext } from '../../types.js';
import { failureReason } from '../shared/findings.js';
import { joinPath, type Unknown } from '../shared/posture2-common.js';
import { parseModprobeUsbStorage, parseMountControls, parseUsbguardConf, parseWindowsUsbPolicy, usbStorageLoaded, type UsbPolicy } from './parse.js';

export type PolicyFact = { state: UsbPolicy; details: string[] } | Unknown;
/** A mounted removable volume as systeminformation reports it (no encryption facts of its own). */
export type RemovableVolume = { device: string; mount: string; label: string; fsType: string };
export type VolumesFact = { state: 'listed'; volumes: RemovableVolume[] } | Unknown;

/** Evidence of the removable-media check. */
export type RemovableMediaEvidence = { policy: PolicyFact; volumes: VolumesFact };

/** Collects the evidence for the scanned OS. */
export const collectRemovableMedia = async ({ probe }: CollectContext): Promise<RemovableMediaEvidence> => {
  const system = await probe.system();
  const policy = system.platform === 'win32' ? await windowsPolicy(probe) : system.platform === 'darwin' ? await macPolicy(probe, system) : await linuxPolicy(probe);
  return { policy, volumes: await removableVolumes(probe) };
};

type SiBlock = { name?: string; device?: string; mount?: string; label?: string; fsType?: string; removable?: boolean; type?: string };

const removableVolumes = async (probe: Probe): Promise<VolumesFact> => {
  const r = await probe.si<SiBlock[]>('removable.block-devices', 'blockDevices');
  if (!r.ok) return { state: 'unknown', reason: failureReason('listing disks (systeminformation blockDevices)', r) };
  const rows = Array.isArray(r.value) ? r.value : [];
  return {
    state: 'listed',
    volumes: rows.filter((b) => b.removable === true && typeof b.mount === 'string' && b.mount !== '').map((b) => ({ device: b.device || b.name || '', mount: b.mount ?? '', label: b.label ?? '', fsType: b.fsType ?? '' })),
  };
};

const key = (r: RegistryResult) => (r.ok ? r.keys[0] : undefined);

const windowsPolicy = async (probe: Probe): Promise<PolicyFact> => {
  const usbstor = await probe.registry('removable.usbstor', 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\USBSTOR', { valueName: 'Start' });
  const rs = await probe.registry('removable.storage-policy', 'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\RemovableStorageDevices', { recursive: true });
  const fve = await probe.registry('removable.bitlocker-to-go', 'HKLM\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FVE', { valueName: 'RDVDenyWriteAccess' });
  const sdp = await probe.registry('removable.write-protect', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\StorageDevicePolicies', { valueName: 'WriteProtect' });
  const failed = [usbstor, rs, fve, sdp].filter((r): r is Extract<RegistryResult, { ok: false }> => !r.ok && r.error !== 'not-found');
  const parsed = parseWindowsUsbPolicy({ usbstor: key(usbstor), removableStorage: rs.ok ? rs.keys : [], fve: key(fve), storageDevicePolicies: key(sdp) });
  // A policy that blocks is conclusive even if another key could not be read.
  if (failed.length > 0 && parsed.policy === 'allowed') return { state: 'unknown', reason: failed.map((f) => failureReason('reading the removable-storage policy', f)).join('; ') };
  return { state: parsed.policy, details: parsed.details };
};

const macPolicy = async (probe: Probe, system: SystemFacts): Promise<PolicyFact> => {
  const managed = await probe.plist('removable.managed-systemuiserver', '/Library/Managed Preferences/com.apple.systemuiserver.plist');
  const fromPrefs = managed.ok ? parseMountControls(managed.value) : undefined;
  if (fromPrefs && fromPrefs.policy !== 'allowed') return { state: fromPrefs.policy, details: fromPrefs.details };
  if (system.elevated !== true) {
    return { state: 'unknown', reason: 'Listing the configuration profiles that can block USB drives (`profiles show`) needs administrator rights, and no managed mount-controls setting was found without them.', needsAdmin: true };
  }
  const profiles = await probe.run('removable.profiles-show', ['/usr/bin/profiles', 'show', '-type', 'configuration']);
  if (!profiles.ok && profiles.stdout.trim() === '') return { state: 'unknown', reason: failureReason('`profiles show -type configuration`', { error: profiles.error ?? 'failed', message: profiles.stderr.trim() || (profiles.message ?? '') }) };
  const text = profiles.stdout;
  if (/harddisk-external[\s\S]{0,80}?\b(deny|eject)\b/i.test(text) || /ExternalStorage[\s\S]{0,40}?Disallowed/i.test(text)) return { state: 'blocked', details: ['a configuration profile denies external disks'] };
  if (/harddisk-external[\s\S]{0,80}?read-only/i.test(text) || /ExternalStorage[\s\S]{0,40}?ReadOnly/i.test(text)) return { state: 'read-only', details: ['a configuration profile makes external disks read-only'] };
  return { state: 'allowed', details: ['no configuration profile restricts external disks'] };
};

const MODPROBE_DIRS = ['/etc/modprobe.d', '/run/modprobe.d', '/usr/local/lib/modprobe.d', '/usr/lib/modprobe.d', '/lib/modprobe.d'];

const linuxPolicy = async (probe: Probe): Promise<PolicyFact> => {
  let install: string | undefined;
  let blacklist: string | undefined;
  const errors: string[] = [];
  for (const dir of MODPROBE_DIRS) {
    const listed = await probe.listDir('removable.modprobe-dir', dir);
    if (!listed.ok) {
      if (listed.error !== 'not-found') errors.push(failureReason(`listing ${dir}`, listed));
      continue;
    }
    for (const name of listed.entries.map((e) => e.name).filter((n) => n.endsWith('.conf'))) {
      const path = joinPath('linux', dir, name);
      const file = await probe.readFile('removable.modprobe-conf', path);
      if (!file.ok) continue;
      const found = parseModprobeUsbStorage(file.text);
      if (found.install) install ??= path;
      if (found.blacklist) blacklist ??= path;
    }
  }
  const modules = await probe.readFile('removable.proc-modules', '/proc/modules');
  const loaded = modules.ok ? usbStorageLoaded(modules.text) : undefined;
  const guardConf = await probe.readFile('removable.usbguard-conf', '/etc/usbguard/usbguard-daemon.conf');
  let usbguard = false;
  if (guardConf.ok && parseUsbguardConf(guardConf.text)) {
    const active = await probe.run('removable.usbguard-active', ['systemctl', 'is-active', 'usbguard']);
    usbguard = active.stdout.trim() === 'active';
  }
  if (install && loaded !== true) return { state: 'blocked', details: [`usb-storage module disabled by an install rule in ${install}`] };
  if (usbguard) return { state: 'blocked', details: ['USBGuard is running and refuses devices that have no allow rule'] };
  if (blacklist && loaded !== true) return { state: 'blocked', details: [`usb-storage blacklisted in ${blacklist} (stops automatic loading only)`] };
  if (errors.length > 0 && !blacklist && !install) return { state: 'unknown', reason: errors.join('; ') };
  return { state: 'allowed', details: [loaded ? 'the usb-storage module is loaded' : 'no modprobe rule or USBGuard policy blocks USB storage'] };
};
