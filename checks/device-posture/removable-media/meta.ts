/** Static description of the removable-media check. */
import { PLATFORMS, type CheckMeta } from '../../types.js';

/** Meta for `removable-media`: USB storage policy and unencrypted removable volumes. */
export const REMOVABLE_MEDIA_META: CheckMeta = {
  id: 'removable-media',
  title: 'USB drives and other removable media',
  group: 'device-posture',
  platforms: PLATFORMS,
  safeguards: ['164.312(a)(2)(iv)', '164.310(d)(1)', '164.310(d)(2)(iii)'],
  insuranceControls: ['encryption-removable-media'],
  rationale:
    'Lost or stolen USB drives are a classic source of reportable breaches (several OCR settlements involve one unencrypted thumb drive). Insurers ask whether portable media is encrypted or blocked; the scan reads whether policy blocks USB storage and whether any removable volume attached now is unencrypted.',
  remediation: {
    win32: ['Encrypt USB drives with BitLocker To Go: right-click the drive in File Explorer > Turn on BitLocker.', 'Require it by policy (Pro/Business editions): gpedit.msc > Computer Configuration > Administrative Templates > Windows Components > BitLocker Drive Encryption > Removable Data Drives > "Deny write access to removable drives not protected by BitLocker" = Enabled; or block USB storage under System > Removable Storage Access.'],
    darwin: ['Encrypt USB drives: in Finder, Control-click the drive > Encrypt (or Disk Utility > Erase with "APFS (Encrypted)").', 'To block or restrict external disks, deploy a configuration profile through your device-management service (mount controls / disk management).'],
    linux: ['Encrypt USB drives with LUKS (GNOME Disks > Format > "Password protect volume (LUKS)").', 'To block USB storage: add `install usb-storage /bin/false` to /etc/modprobe.d/usb-storage.conf, or run USBGuard with an allow-list.'],
  },
  benefitsFromAdmin: true,
};
