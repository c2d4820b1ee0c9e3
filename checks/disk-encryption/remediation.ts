/** Remediation steps per OS and volume state: the exact settings path or command, in plain words. */
import { elevationHint } from '../elevation.js';
import type { Platform } from '../types.js';
import type { VolumeVerdict } from './evidence.js';

const KEY_AWAY = 'Keep the recovery key somewhere other than the computer (for example printed in the office safe); a key taped to the laptop voids the protection.';

const windows = (v: VolumeVerdict, home: boolean): string[] => {
  const d = v.id;
  if (v.state === 'needs-admin') {
    return [
      elevationHint('win32', 'disk-encryption'),
      home ? 'Or check by hand: Settings > Privacy & security > Device encryption.' : 'Or check by hand: Control Panel > System and Security > BitLocker Drive Encryption.',
    ];
  }
  if (v.encrypted === null) return [`Check ${d} by hand in an administrator Command Prompt: manage-bde -status ${d}`, 'Or open Control Panel > System and Security > BitLocker Drive Encryption (Windows Home: Settings > Privacy & security > Device encryption).'];
  if (v.state === 'encrypting' || v.state === 'encryption-paused') {
    return ['Keep the computer plugged in and running until encryption finishes.', `Check progress in an administrator Command Prompt: manage-bde -status ${d}`, ...(v.state === 'encryption-paused' ? [`Resume it: manage-bde -resume ${d}`] : [])];
  }
  if (v.state === 'suspended' || v.state === 'waiting-for-activation') {
    return [
      home
        ? 'Open Settings > Privacy & security > Device encryption and turn it on; sign in with the practice\'s Microsoft account so activation completes and the recovery key is saved.'
        : `Open Control Panel > System and Security > BitLocker Drive Encryption and choose "Resume protection" (or "Turn on BitLocker" for ${d}).`,
      `Or in an administrator Command Prompt: manage-bde -protectors -enable ${d}${v.state === 'waiting-for-activation' ? ` (first add a recovery password: manage-bde -protectors -add ${d} -RecoveryPassword)` : ''}`,
      KEY_AWAY,
    ];
  }
  if (v.kind === 'removable') {
    return [
      `In File Explorer, right-click drive ${d} and choose "Turn on BitLocker" (BitLocker To Go), set a password and save the recovery key.`,
      `Or in an administrator Command Prompt: manage-bde -on ${d} -Password -RecoveryPassword`,
      ...(home ? ['Windows Home can open but not encrypt USB drives: use hardware-encrypted USB drives, or encrypt them once on a Windows Pro computer.'] : []),
    ];
  }
  if (home) {
    return [
      'Open Settings > Privacy & security > Device encryption and turn Device encryption on (Windows 10: Settings > Update & Security > Device encryption).',
      'If Device encryption is not offered, this PC cannot be encrypted on Windows Home: upgrade to Windows Pro (Settings > System > Activation) and turn on BitLocker.',
      KEY_AWAY,
    ];
  }
  return [
    `Open Control Panel > System and Security > BitLocker Drive Encryption and choose "Turn on BitLocker" for ${d}.`,
    `Or in an administrator Command Prompt: manage-bde -on ${d} -RecoveryPassword${v.kind === 'data' ? ` and then manage-bde -autounlock -enable ${d}` : ''}`,
    KEY_AWAY,
  ];
};

const mac = (v: VolumeVerdict): string[] => {
  if (v.encrypted === null) return ['Check by hand: Apple menu > System Settings > Privacy & Security > FileVault, or run fdesetup status in Terminal.'];
  if (v.state === 'encrypting') return ['Keep the Mac plugged in and awake until encryption finishes; watch progress in System Settings > Privacy & Security > FileVault or with fdesetup status.'];
  if (v.state === 'deferred') return ['Log out and back in (or restart) so FileVault finishes turning on, then confirm with fdesetup status in Terminal.'];
  if (v.kind === 'removable') {
    return [
      `In Finder, Control-click the drive${v.label ? ` "${v.label}"` : ''} and choose Encrypt (APFS and Mac OS Extended drives).`,
      'FAT, exFAT and NTFS drives cannot be encrypted: copy the data off, erase the drive in Disk Utility as "APFS (Encrypted)", then copy it back.',
      `Or in Terminal: diskutil apfs encryptVolume ${v.device ?? 'diskNsN'} -user disk`,
    ];
  }
  if (v.kind === 'data') return [`Encrypt the volume: in Finder Control-click it and choose Encrypt, or in Terminal: diskutil apfs encryptVolume ${v.device ?? 'diskNsN'} -user disk`];
  return [
    'Open Apple menu > System Settings > Privacy & Security, scroll to FileVault and click Turn On (macOS 12 and earlier: System Preferences > Security & Privacy > FileVault).',
    'Or in Terminal: sudo fdesetup enable',
    KEY_AWAY,
  ];
};

const linux = (v: VolumeVerdict): string[] => {
  if (v.encrypted === null) return [elevationHint('linux', 'disk-encryption'), 'Or check by hand: lsblk -o NAME,TYPE,FSTYPE,MOUNTPOINTS shows a "crypt" device above every encrypted filesystem.'];
  if (v.kind === 'swap') {
    return [
      `Encrypt swap with a fresh random key at every boot: add "cryptswap ${v.device ?? '/dev/sdXN'} /dev/urandom swap,cipher=aes-xts-plain64,size=256" to /etc/crypttab and use /dev/mapper/cryptswap in /etc/fstab.`,
      'Or turn disk swap off: sudo swapoff -a, then remove the swap line from /etc/fstab (zram swap stays in memory).',
    ];
  }
  if (v.kind === 'removable') return [`Encrypt the drive with LUKS (this erases it: copy the data off first): GNOME Disks > select the drive > Format Partition > "Password protect volume (LUKS)", or sudo cryptsetup luksFormat ${v.device ?? '/dev/sdX1'}`];
  if (v.kind === 'data') return [`Back up ${v.mount ?? v.device}, then re-create it on LUKS: sudo cryptsetup luksFormat ${v.device ?? '<device>'}, sudo cryptsetup open ${v.device ?? '<device>'} data, make a filesystem on /dev/mapper/data, and list it in /etc/crypttab and /etc/fstab.`];
  return [
    'Full-disk encryption (LUKS) for Linux is chosen when the system is installed: back up the data, reinstall, and pick "Use LVM and encryption" (Ubuntu: Advanced features) or "Encrypt my data" (Fedora).',
    KEY_AWAY,
    'Until then, keep no patient data on this computer.',
  ];
};

/** The steps that fix one volume's verdict on the scanned OS. */
export const remediationFor = (platform: Platform, v: VolumeVerdict, windowsHome: boolean): string[] => {
  if (platform === 'win32') return windows(v, windowsHome);
  if (platform === 'darwin') return mac(v);
  return linux(v);
};
