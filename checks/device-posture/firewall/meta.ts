/** What the firewall check asks, why, and how to fix it on each OS. */
import type { CheckMeta } from '../../types.js';

/** Static description of the firewall check. */
export const firewallMeta: CheckMeta = {
  id: 'firewall',
  title: 'Firewall is on',
  group: 'device-posture',
  platforms: ['win32', 'darwin', 'linux'],
  safeguards: ['164.308(a)(1)(ii)(B)', '164.312(e)(1)'],
  insuranceControls: ['firewall'],
  benefitsFromAdmin: true,
  rationale:
    'A host firewall blocks unsolicited connections from other machines on the same network (clinic Wi-Fi, hotel, home). Without it, any service the laptop exposes (file sharing, remote desktop) can be reached directly. Insurers ask whether host firewalls are on.',
  remediation: {
    win32: [
      'Open Start > Settings > Privacy & security > Windows Security > Firewall & network protection.',
      'Turn Microsoft Defender Firewall on for Domain network, Private network and Public network.',
      'Or, in PowerShell run as administrator: Set-NetFirewallProfile -Profile Domain,Private,Public -Enabled True',
    ],
    darwin: [
      'Open Apple menu > System Settings > Network > Firewall and turn Firewall on (macOS 12 and older: System Preferences > Security & Privacy > Firewall).',
      'Or in Terminal: sudo /usr/libexec/ApplicationFirewall/socketfilterfw --setglobalstate on',
    ],
    linux: [
      'Debian/Ubuntu: sudo apt install ufw && sudo ufw enable (then sudo ufw status shows "Status: active").',
      'Fedora/RHEL: sudo systemctl enable --now firewalld (then firewall-cmd --state shows "running").',
    ],
  },
};
