/** Static description of the backups check. */
import { PLATFORMS, type CheckMeta } from '../../types.js';

/** Meta for `backups`: built-in backups (Time Machine, File History, Windows Backup, Linux tools) and backup software. */
export const BACKUPS_META: CheckMeta = {
  id: 'backups',
  title: 'Backups of this computer',
  group: 'device-posture',
  platforms: PLATFORMS,
  safeguards: ['164.308(a)(7)(ii)(A)', '164.310(d)(2)(iv)'],
  insuranceControls: ['backups'],
  rationale:
    'HIPAA requires retrievable exact copies of ePHI (data backup plan), and ransomware claims turn on whether recent backups exist. The scan looks for built-in backups and known backup software and reads the last backup time where the system records it; backups made elsewhere (for example by the EHR vendor) cannot be seen from this computer.',
  remediation: {
    win32: ['Turn on a backup: Control Panel > File History > Turn on (with an external drive or network location), or use the backup service your IT provider manages.', 'Keep at least one copy offline or immutable, and test a restore at least once a year.'],
    darwin: ['Turn on Time Machine: System Settings > General > Time Machine > Add Backup Disk, and leave "Back up automatically" on.', 'Keep at least one copy offline or immutable, and test a restore at least once a year.'],
    linux: ['Set up a scheduled backup of home folders, e.g. Déjà Dup ("Backups" app) or borgmatic, to an external or off-site target.', 'Keep at least one copy offline or immutable, and test a restore at least once a year.'],
  },
  benefitsFromAdmin: true,
};
