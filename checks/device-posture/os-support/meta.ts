/** What the os-support check asks, why, and how to fix it on each OS. */
import type { CheckMeta } from '../../types.js';

/** Days without an installed update after which patching fails (insurers commonly ask for 30). */
export const MAX_DAYS_SINCE_UPDATE = 30;

/** Static description of the os-support check. */
export const osSupportMeta: CheckMeta = {
  id: 'os-support',
  title: 'Operating system is supported and up to date',
  group: 'device-posture',
  platforms: ['win32', 'darwin', 'linux'],
  safeguards: ['164.308(a)(1)(ii)(B)', '164.308(a)(5)(ii)(B)'],
  insuranceControls: ['end-of-life-software', 'patching'],
  rationale:
    'An operating system past its end of support gets no more security fixes, so every new flaw stays open for good; insurers ask about end-of-life systems and many exclude them. A supported system still needs its updates installed: this check also looks at when updates were last installed (30 days or less passes).',
  remediation: {
    win32: [
      'Open Start > Settings > Windows Update, click "Check for updates" and install everything offered, including the latest feature update; restart when asked.',
      'If the PC runs Windows 10, upgrade it to Windows 11 (Settings > Windows Update) or, if the hardware cannot run Windows 11, enrol it in Extended Security Updates or replace it.',
    ],
    darwin: [
      'Open Apple menu > System Settings > General > Software Update and install every update; turn on Automatic Updates.',
      'If this Mac cannot install a supported macOS version, plan to replace it: Apple only patches the current and two previous releases.',
    ],
    linux: [
      'Install updates: Debian/Ubuntu: sudo apt update && sudo apt full-upgrade; Fedora/RHEL: sudo dnf upgrade --refresh.',
      'Turn on automatic security updates (Debian/Ubuntu: sudo apt install unattended-upgrades && sudo dpkg-reconfigure -plow unattended-upgrades; Fedora/RHEL: dnf-automatic).',
      'Upgrade to a supported release of the distribution before its end-of-support date.',
    ],
  },
};
