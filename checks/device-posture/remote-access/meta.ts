/** Static description of the remote-access check. */
import { PLATFORMS, type CheckMeta } from '../../types.js';

/** Meta for `remote-access`: remote-control tools, RDP, SSH server, screen and file sharing. */
export const REMOTE_ACCESS_META: CheckMeta = {
  id: 'remote-access',
  title: 'Remote access and sharing (remote-control tools, Remote Desktop, SSH, file and screen sharing)',
  group: 'device-posture',
  platforms: PLATFORMS,
  safeguards: ['164.312(a)(1)', '164.312(d)', '164.312(e)(1)', '164.308(b)(1)'],
  insuranceControls: ['remote-desktop', 'file-sharing', 'vendor-baa'],
  rationale:
    'Remote-control tools, Remote Desktop, SSH and file or screen sharing let people reach this computer and its patient data from elsewhere. Exposed RDP and unmanaged remote-support tools are the most common ransomware entry points, so insurers ask whether remote access is controlled and protected by MFA, and any vendor who connects needs a BAA.',
  remediation: {
    win32: ['Uninstall remote-control tools nobody uses (Settings > Apps > Installed apps).', 'Turn off Remote Desktop unless needed (Settings > System > Remote Desktop), and keep "Require devices to use Network Level Authentication" on when it is.', 'Stop sharing folders that do not need to be shared (Computer Management > Shared Folders > Shares).'],
    darwin: ['Uninstall remote-control tools nobody uses (move them from Applications to the Bin).', 'System Settings > General > Sharing: turn off Remote Login, Screen Sharing, Remote Management and File Sharing unless needed.'],
    linux: ['Remove remote-control tools nobody uses (`sudo apt remove PACKAGE`).', 'Stop and disable servers that are not needed: `sudo systemctl disable --now ssh smbd nfs-server`.'],
  },
};
