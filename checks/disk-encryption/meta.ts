/** Static description of the disk-encryption check. */
import { PLATFORMS, type CheckMeta } from '../types.js';

/** Meta for `disk-encryption`: would a lost laptop or USB drive expose patient data? */
export const diskEncryptionMeta: CheckMeta = {
  id: 'disk-encryption',
  title: 'Disk encryption (BitLocker, FileVault, LUKS)',
  group: 'disk-encryption',
  platforms: PLATFORMS,
  safeguards: ['164.312(a)(2)(iv)', '164.310(d)(1)'],
  insuranceControls: ['encryption-laptops', 'encryption-removable-media'],
  rationale:
    'Encryption is what decides whether a lost or stolen laptop or USB drive is a reportable HIPAA breach: data on a device encrypted to NIST SP 800-111 is "secured" under the Breach Notification Rule safe harbor, while a password alone does not count. The check looks at every volume (system, data, swap, removable) and tells "encrypted" apart from "encrypted but unprotected" (BitLocker suspended, hardware-only encryption without FileVault).',
  remediation: {
    win32: [
      'Windows Pro: Control Panel > System and Security > BitLocker Drive Encryption > Turn on BitLocker (or manage-bde -on C: -RecoveryPassword in an administrator Command Prompt).',
      'Windows Home: Settings > Privacy & security > Device encryption > On.',
      'USB drives: right-click the drive in File Explorer > Turn on BitLocker.',
    ],
    darwin: [
      'Apple menu > System Settings > Privacy & Security > FileVault > Turn On (or sudo fdesetup enable).',
      'External drives: Control-click the drive in Finder > Encrypt.',
    ],
    linux: [
      'Install with full-disk encryption (LUKS): "Use LVM and encryption" on Ubuntu, "Encrypt my data" on Fedora.',
      'Encrypt swap (/etc/crypttab with a random key) and USB drives (GNOME Disks > Format > "Password protect volume (LUKS)").',
    ],
  },
  benefitsFromAdmin: true,
};
