/** Turns remote-access evidence into findings (pure). */
import type { AnalyzeContext, CheckOutcome, Finding, Platform } from '../../types.js';
import { makeFinding } from '../shared/findings.js';
import { outcomeOf } from '../shared/posture2-common.js';
import type { RemoteAccessEvidence } from './collect.js';
import { REMOTE_ACCESS_META as META } from './meta.js';

const base = { ...META, insuranceControls: ['remote-desktop'] };

const TOOL_FIX: Record<Platform, string[]> = {
  win32: ['If nobody uses it, uninstall it: Settings > Apps > Installed apps > (tool) > Uninstall.', 'If your IT provider uses it, ask them to confirm it requires multi-factor sign-in, that unattended access is limited to them, and that you have a BAA with them.'],
  darwin: ['If nobody uses it, quit it and drag it from Applications to the Bin (and remove its helper with the vendor uninstaller).', 'If your IT provider uses it, ask them to confirm it requires multi-factor sign-in and that you have a BAA with them.'],
  linux: ['If nobody uses it, remove the package (`sudo apt remove PACKAGE` or `sudo dnf remove PACKAGE`).', 'If your IT provider uses it, ask them to confirm it requires multi-factor sign-in and that you have a BAA with them.'],
};
const SSH_FIX: Record<Platform, string[]> = {
  win32: ['If not needed: Settings > System > Optional features > OpenSSH Server > Uninstall (or `Stop-Service sshd; Set-Service sshd -StartupType Disabled` as administrator).'],
  darwin: ['If not needed: System Settings > General > Sharing > turn off Remote Login.'],
  linux: ['If not needed: `sudo systemctl disable --now ssh` (Debian/Ubuntu) or `sshd` (Fedora/RHEL), or remove openssh-server.', 'If needed: allow key-based sign-in only (PasswordAuthentication no in /etc/ssh/sshd_config) and do not expose port 22 to the internet.'],
};
const SHARE_FIX: Record<Platform, string[]> = {
  win32: ['Open Computer Management > System Tools > Shared Folders > Shares, right-click each share that is not needed and choose Stop Sharing.', 'Keep any share that holds patient files limited to named accounts, never Everyone.'],
  darwin: ['System Settings > General > Sharing: turn off File Sharing unless needed; if needed, limit each shared folder to named users.'],
  linux: ['Stop Samba/NFS if not needed: `sudo systemctl disable --now smbd nfs-server`; otherwise limit each share to named users and the office network.'],
};

// How a person answers the question when the scan could not.
const BY_HAND: Record<'tools' | 'rdp' | 'ssh' | 'screen-sharing' | 'file-sharing', Record<Platform, string>> = {
  tools: {
    win32: 'To check by hand: Settings > Apps > Installed apps; look for TeamViewer, AnyDesk, ScreenConnect, Splashtop, LogMeIn, RustDesk, VNC or an IT provider\'s agent.',
    darwin: 'To check by hand: look in Applications and in System Settings > General > Login Items for remote-control tools (TeamViewer, AnyDesk, Splashtop, ScreenConnect...).',
    linux: 'To check by hand: `apt list --installed` (or `rpm -qa`) and look for remote-control tools (teamviewer, anydesk, rustdesk, x11vnc, xrdp...).',
  },
  rdp: { win32: 'To check by hand: Settings > System > Remote Desktop should be Off.', darwin: 'Not applicable on macOS.', linux: 'Not applicable.' },
  ssh: {
    win32: 'To check by hand: Services (services.msc) > "OpenSSH SSH Server" should be absent or Disabled.',
    darwin: 'To check by hand: System Settings > General > Sharing > Remote Login should be off.',
    linux: 'To check by hand: `ss -tln | grep :22` should print nothing, or `systemctl is-active ssh` should say inactive.',
  },
  'screen-sharing': {
    win32: 'Not applicable on Windows (see Remote Desktop).',
    darwin: 'To check by hand: System Settings > General > Sharing > Screen Sharing and Remote Management should be off.',
    linux: 'Not applicable.',
  },
  'file-sharing': {
    win32: 'To check by hand: run `net share`; anything besides C$, ADMIN$, IPC$ (and print$) is shared.',
    darwin: 'To check by hand: System Settings > General > Sharing > File Sharing should be off.',
    linux: 'To check by hand: `systemctl is-active smbd nfs-server` should say inactive.',
  },
};

/** Analyzes the remote-access evidence. */
export const analyzeRemoteAccess = (e: RemoteAccessEvidence, ctx: AnalyzeContext): CheckOutcome => {
  const p = ctx.platform;
  const findings: Finding[] = [];
  const unknown = (subject: keyof typeof BY_HAND, title: string, reason: string, controls: string[]) =>
    findings.push(makeFinding(base, p, { subject, status: 'unknown', severity: 'medium', title, description: `Could not determine: ${reason}`, remediation: [BY_HAND[subject][p]], insuranceControls: controls }));

  for (const tool of e.tools.found) {
    findings.push(
      makeFinding(base, p, {
        subject: `tool:${tool.id}`,
        status: 'fail',
        severity: 'medium',
        title: `Remote-control software found: ${tool.name}`,
        description: `${tool.name} can give someone full control of this computer from anywhere. Attackers use these tools, and so do support scams; if an IT provider uses it, they can see patient data and need a BAA.`,
        remediation: TOOL_FIX[p],
        safeguards: ['164.308(b)(1)', '164.312(d)'],
        insuranceControls: ['remote-desktop', 'vendor-baa'],
        evidence: { tool: tool.id, seen: tool.seen },
      }),
    );
  }
  if (e.tools.errors.length > 0 && e.tools.found.length === 0) unknown('tools', 'Could not fully check for remote-control software', e.tools.errors.map((x) => x.reason).join('; '), ['remote-desktop']);

  if (e.rdp.state === 'on') {
    findings.push(
      makeFinding(base, p, {
        subject: 'rdp',
        status: 'fail',
        severity: e.rdp.nla === false ? 'high' : 'medium',
        title: e.rdp.nla === false ? 'Remote Desktop is on without Network Level Authentication' : 'Remote Desktop is on',
        description: `Remote Desktop lets anyone who can reach this computer over the network try to sign in.${e.rdp.nla === false ? ' Network Level Authentication is off, so the sign-in screen is offered before any password is checked.' : ''}${e.rdp.byPolicy ? ' The setting comes from a group policy.' : ''} Whether it is reachable from the internet needs an outside scan.`,
        remediation: ['If not needed: Settings > System > Remote Desktop > Off.', 'If needed: keep "Require devices to use Network Level Authentication" ticked, reach it only through a VPN with multi-factor sign-in, never straight from the internet.'],
        safeguards: ['164.312(e)(1)', '164.312(d)'],
        evidence: { nla: e.rdp.nla, byPolicy: e.rdp.byPolicy },
      }),
    );
  } else if (e.rdp.state === 'unknown') unknown('rdp', 'Could not tell whether Remote Desktop is on', e.rdp.reason, ['remote-desktop']);

  if (e.ssh.state === 'on') {
    findings.push(makeFinding(base, p, { subject: 'ssh', status: 'fail', severity: 'medium', title: 'An SSH server (remote login) is on', description: `People on the network can sign in to a command line on this computer (${e.ssh.detail}).`, remediation: SSH_FIX[p], safeguards: ['164.312(d)', '164.312(e)(1)'], evidence: { detail: e.ssh.detail } }));
  } else if (e.ssh.state === 'unknown') unknown('ssh', 'Could not tell whether an SSH server is on', e.ssh.reason, ['remote-desktop']);

  if (e.screenSharing.state === 'on') {
    findings.push(makeFinding(base, p, { subject: 'screen-sharing', status: 'fail', severity: 'medium', title: 'Screen Sharing or Remote Management is on', description: `Others on the network can view and control this Mac's screen (${e.screenSharing.detail}).`, remediation: ['System Settings > General > Sharing: turn off Screen Sharing and Remote Management unless your IT provider needs them; if they do, limit access to named users.'], safeguards: ['164.312(d)', '164.312(a)(1)'], evidence: { detail: e.screenSharing.detail } }));
  } else if (e.screenSharing.state === 'unknown') unknown('screen-sharing', 'Could not tell whether Screen Sharing is on', e.screenSharing.reason, ['remote-desktop']);

  if (e.fileSharing.state === 'on') {
    const names = e.fileSharing.shares.map((s) => (s.path ? `${s.name} (${s.path})` : s.name));
    findings.push(
      makeFinding(base, p, {
        subject: 'file-sharing',
        status: 'fail',
        severity: 'medium',
        title: 'This computer shares files on the network',
        description: `${e.fileSharing.detail}${names.length > 0 ? `: ${names.join(', ')}` : ''}. Anyone on the same network with the right (or a guessed) password can copy what is shared.`,
        remediation: SHARE_FIX[p],
        safeguards: ['164.312(a)(1)', '164.308(a)(4)(ii)(B)'],
        insuranceControls: ['file-sharing'],
        evidence: { shares: e.fileSharing.shares, services: e.fileSharing.services },
      }),
    );
  } else if (e.fileSharing.state === 'unknown') unknown('file-sharing', 'Could not tell whether files are shared on the network', e.fileSharing.reason, ['file-sharing']);

  return outcomeOf(findings, {
    pass: 'No remote-control tools, Remote Desktop, SSH server or file/screen sharing found.',
    fail: `Remote access or sharing found: ${findings.filter((f) => f.status === 'fail').map((f) => f.title.replace(/^Remote-control software found: /, '')).join('; ')}.`,
    unknown: 'Some remote-access settings could not be determined (see findings).',
  });
};
