import { describe, expect, it } from 'vitest';
import { analyzeRemoteAccess } from '../../../checks/device-posture/remote-access/analyze.js';
import type { RemoteAccessEvidence } from '../../../checks/device-posture/remote-access/collect.js';
import { remoteAccessCheck } from '../../../checks/device-posture/remote-access/index.js';
import { analyzeCtx, collectCtx, failed, fakeProbe, file, fixture, ran, reg } from '../accounts/fake-probe.js';

const f = (name: string) => fixture('remote-access', name);
const quiet: RemoteAccessEvidence = {
  tools: { found: [], errors: [] },
  rdp: { state: 'off', nla: true, byPolicy: false },
  ssh: { state: 'off', detail: 'x' },
  screenSharing: { state: 'not-applicable' },
  fileSharing: { state: 'off', shares: [], services: [], detail: 'x' },
};

describe('analyzeRemoteAccess verdicts', () => {
  it.each([
    ['nothing on', {}, 'pass', []],
    ['a tool', { tools: { found: [{ id: 'anydesk', name: 'AnyDesk', seen: [{ via: 'installed', value: 'AnyDesk' }] }], errors: [] } }, 'fail', ['remote-access:tool:anydesk']],
    ['RDP with NLA', { rdp: { state: 'on', nla: true, byPolicy: false } }, 'fail', ['remote-access:rdp']],
    ['SSH', { ssh: { state: 'on', detail: 'sshd is running' } }, 'fail', ['remote-access:ssh']],
    ['sharing', { fileSharing: { state: 'on', shares: [{ name: 'Scans', kind: 'folder' }], services: [], detail: '1 share' } }, 'fail', ['remote-access:file-sharing']],
    ['unknown ssh', { ssh: { state: 'unknown', reason: 'launchctl failed' } }, 'unknown', ['remote-access:ssh']],
    ['inventory blind', { tools: { found: [], errors: [{ source: 'processes', reason: 'timed out' }] } }, 'unknown', ['remote-access:tools']],
  ] as const)('%s', (_n, patch, status, ids) => {
    const out = analyzeRemoteAccess({ ...quiet, ...patch } as RemoteAccessEvidence, analyzeCtx('win32'));
    expect(out.status).toBe(status);
    expect(out.findings.map((x) => x.id)).toEqual(ids);
    // Finding a remote tool says nothing about MFA; the checklist must not read it as "no MFA".
    expect(out.findings.flatMap((x) => x.insuranceControls)).not.toContain('mfa-remote-access');
  });
  it('rates RDP without NLA high', () => {
    const out = analyzeRemoteAccess({ ...quiet, rdp: { state: 'on', nla: false, byPolicy: false } }, analyzeCtx('win32'));
    expect(out.findings[0]).toMatchObject({ severity: 'high', insuranceControls: ['remote-desktop'] });
  });
});

const notFound = failed('not-found', 'ERROR: The system was unable to find the specified registry key or value.');

describe('remote-access on Windows (replay)', () => {
  it('finds the tools, RDP without NLA and a shared folder', async () => {
    const probe = fakeProbe('win32', [
      { id: 'posture.uninstall-1', kind: 'registry', result: notFound },
      { id: 'posture.uninstall-2', kind: 'registry', result: reg(f('windows-reg-uninstall-remote-tools.txt')) },
      { id: 'posture.uninstall-3', kind: 'registry', result: notFound },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [{ name: 'AnyDesk.exe' }, { name: 'svchost.exe' }] } } },
      { id: 'remote.rdp-local', kind: 'registry', result: reg(f('windows-reg-rdp-on.txt')) },
      { id: 'remote.rdp-policy', kind: 'registry', result: notFound },
      { id: 'remote.rdp-nla', kind: 'registry', result: reg(f('windows-reg-rdp-nla-off.txt')) },
      { id: 'remote.sshd-service', kind: 'registry', result: notFound },
      { id: 'remote.smb-shares', kind: 'registry', result: reg(f('windows-reg-lanmanserver-shares.txt')) },
      { id: 'remote.lanmanserver', kind: 'registry', result: reg('\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\r\n    Start    REG_DWORD    0x2\r\n') },
    ]);
    const out = remoteAccessCheck.analyze(await remoteAccessCheck.collect(collectCtx(probe, 'win32')), analyzeCtx('win32'));
    expect(out.status).toBe('fail');
    expect(out.findings.map((x) => x.id)).toEqual(['remote-access:tool:teamviewer', 'remote-access:tool:anydesk', 'remote-access:tool:screenconnect', 'remote-access:rdp', 'remote-access:file-sharing']);
    expect(out.findings.find((x) => x.id === 'remote-access:rdp')?.severity).toBe('high');
  });
});

describe('remote-access on macOS (replay)', () => {
  it('reads Remote Login and Screen Sharing from launchd without admin rights', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'posture.applications', kind: 'listDir', result: { ok: true, entries: [{ name: 'Safari.app', type: 'dir' }, { name: 'TeamViewer.app', type: 'dir' }] } },
      { id: 'posture.applications-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchdaemons', kind: 'listDir', result: { ok: true, entries: [{ name: 'com.teamviewer.teamviewer_service.plist', type: 'file' }] } },
      { id: 'posture.launchagents', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchagents-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [{ name: 'Finder' }] } } },
      { id: 'remote.launchctl-print-disabled', kind: 'run', result: ran(f('macos-launchctl-print-disabled-sonoma.txt')) },
    ]);
    const ev = (await remoteAccessCheck.collect(collectCtx(probe, 'darwin'))) as RemoteAccessEvidence;
    expect(ev.ssh.state).toBe('on');
    expect(ev.screenSharing.state).toBe('on');
    expect(ev.fileSharing.state).toBe('off');
    const out = remoteAccessCheck.analyze(ev, analyzeCtx('darwin'));
    expect(out.findings.map((x) => x.id)).toEqual(['remote-access:tool:teamviewer', 'remote-access:ssh', 'remote-access:screen-sharing']);
  });
  it('says could not determine when launchctl fails', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'posture.applications', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'posture.launchdaemons', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'posture.applications-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchagents', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchagents-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [] } } },
      { id: 'remote.launchctl-print-disabled', kind: 'run', result: { ok: false, exitCode: null, stdout: '', stderr: '', error: 'timeout', message: 'timed out' } },
    ]);
    const out = remoteAccessCheck.analyze(await remoteAccessCheck.collect(collectCtx(probe, 'darwin')), analyzeCtx('darwin'));
    expect(out.status).toBe('unknown');
    expect(out.findings.map((x) => `${x.id}:${x.status}`)).toEqual(['remote-access:ssh:unknown', 'remote-access:screen-sharing:unknown', 'remote-access:file-sharing:unknown']);
  });
  it('falls back to launchctl print when the override list is unavailable', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'posture.applications', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'posture.launchdaemons', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'posture.applications-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchagents', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchagents-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [] } } },
      { id: 'remote.launchctl-print-disabled', kind: 'run', result: { ok: false, exitCode: 1, stdout: '', stderr: 'Unrecognized subcommand', error: 'failed', message: 'exit 1' } },
      { id: 'remote.launchctl-print', kind: 'run', args: { argv: ['/bin/launchctl', 'print', 'system/com.openssh.sshd'] }, result: ran('system/com.openssh.sshd = {\n\tactive count = 0\n\tpath = /System/Library/LaunchDaemons/ssh.plist\n\tstate = waiting\n}\n') },
      { id: 'remote.launchctl-print', kind: 'run', args: { argv: ['/bin/launchctl', 'print', 'system/com.apple.screensharing'] }, result: { ok: false, exitCode: 113, stdout: 'Could not find service "com.apple.screensharing" in domain for system\n', stderr: '', error: 'failed', message: 'exit 113' } },
    ]);
    const ev = (await remoteAccessCheck.collect(collectCtx(probe, 'darwin'))) as RemoteAccessEvidence;
    expect([ev.ssh.state, ev.screenSharing.state, ev.fileSharing.state]).toEqual(['on', 'off', 'unknown']);
  });
});

describe('remote-access on Linux (replay)', () => {
  const linuxBase = [
    { id: 'posture.desktop-files', kind: 'listDir' as const, result: { ok: true, entries: [] } },
    { id: 'posture.desktop-files-local', kind: 'listDir' as const, result: failed('not-found') },
    { id: 'posture.desktop-files-user', kind: 'listDir' as const, result: failed('not-found') },
    { id: 'posture.desktop-files-flatpak', kind: 'listDir' as const, result: failed('not-found') },
    { id: 'posture.desktop-files-snap', kind: 'listDir' as const, result: failed('not-found') },
    { id: 'remote.systemctl-is-enabled', kind: 'run' as const, result: { ok: false, exitCode: 1, stdout: '', stderr: 'System has not been booted with systemd as init system (PID 1). Can\'t operate.', error: 'failed', message: 'exit 1' } },
  ];
  it('this kind of container: nothing listening, nothing installed -> pass', async () => {
    const probe = fakeProbe('linux', [
      ...linuxBase,
      { id: 'posture.dpkg-packages', kind: 'run', result: ran(f('linux-dpkg-query-debian12.txt')) },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [{ name: 'node' }, { name: 'bash' }] } } },
      { id: 'remote.network-connections', kind: 'si', result: { ok: true, value: JSON.parse(f('linux-si-networkconnections-container.json')) } },
      { id: 'remote.smb-conf', kind: 'readFile', result: failed('not-found') },
      { id: 'remote.nfs-exports', kind: 'readFile', result: failed('not-found') },
    ]);
    const out = remoteAccessCheck.analyze(await remoteAccessCheck.collect(collectCtx(probe, 'linux')), analyzeCtx('linux'));
    expect(out).toMatchObject({ status: 'pass', findings: [] });
  });
  it('sshd and Samba listening, x11vnc running', async () => {
    const probe = fakeProbe('linux', [
      ...linuxBase,
      { id: 'posture.dpkg-packages', kind: 'run', result: ran('openssh-server\tii \nsamba\tii \nx11vnc\tii \n') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [{ name: 'sshd' }, { name: 'smbd' }, { name: 'x11vnc' }] } } },
      { id: 'remote.network-connections', kind: 'si', result: { ok: true, value: JSON.parse(f('linux-si-networkconnections-sshd-samba.json')) } },
      { id: 'remote.smb-conf', kind: 'readFile', result: file(f('linux-smb.conf')) },
      { id: 'remote.nfs-exports', kind: 'readFile', result: failed('not-found') },
    ]);
    const ev = (await remoteAccessCheck.collect(collectCtx(probe, 'linux'))) as RemoteAccessEvidence;
    expect(ev.fileSharing).toMatchObject({ state: 'on', services: ['Samba (SMB)'], shares: [{ name: 'scans' }] });
    const out = remoteAccessCheck.analyze(ev, analyzeCtx('linux'));
    expect(out.findings.map((x) => x.id)).toEqual(['remote-access:tool:vnc-server', 'remote-access:ssh', 'remote-access:file-sharing']);
  });
  it('Arch-style system: falls back to pacman for the package list', async () => {
    const missing = { ok: false, exitCode: null, stdout: '', stderr: '', error: 'not-found', message: 'ENOENT' };
    const probe = fakeProbe('linux', [
      ...linuxBase,
      { id: 'posture.dpkg-packages', kind: 'run', result: missing },
      { id: 'posture.rpm-packages', kind: 'run', result: missing },
      { id: 'posture.pacman-packages', kind: 'run', result: ran('base\nanydesk-bin\nrustdesk\n') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [] } } },
      { id: 'remote.network-connections', kind: 'si', result: { ok: true, value: [] } },
      { id: 'remote.smb-conf', kind: 'readFile', result: failed('not-found') },
      { id: 'remote.nfs-exports', kind: 'readFile', result: failed('not-found') },
    ]);
    const ev = (await remoteAccessCheck.collect(collectCtx(probe, 'linux'))) as RemoteAccessEvidence;
    expect(ev.tools.errors).toEqual([]);
    expect(ev.tools.found.map((t) => t.id)).toEqual(['anydesk', 'rustdesk']);
  });
});
