import { describe, expect, it } from 'vitest';
import { parse as parsePlist } from 'plist';
import { osSupportCheck } from '../../../checks/device-posture/os-support/index.js';
import { parseRegQuery } from '../../../checks/probe/registry-parse.js';
import { failed, fixture, ran, replayProbe, runCheck } from '../screen-lock/posture-1-helpers.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const currentVersion = (build: string, edition: string, display: string) =>
  `\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\n    ProductName    REG_SZ    Windows 10 Pro\n    EditionID    REG_SZ    ${edition}\n    DisplayVersion    REG_SZ    ${display}\n    CurrentBuild    REG_SZ    ${build}\n    UBR    REG_DWORD    0x1a2b\n    InstallationType    REG_SZ    Client\n`;

describe('os-support collect + analyze on recorded outputs', () => {
  it('Windows 11 24H2 Pro (ProductName still says Windows 10): support ended, updates 7 days old', async () => {
    const probe = replayProbe('win32', [
      { id: 'os.info', kind: 'si', result: { ok: true, value: { distro: 'Microsoft Windows 11 Pro', release: '10.0.26100', build: '26100' } } },
      { id: 'os-support.currentversion', kind: 'registry', result: { ok: true, keys: parseRegQuery(currentVersion('26100', 'Professional', '24H2')) } },
      { id: 'os-support.hotfix', kind: 'run', result: ran(fixture('os-support', 'hotfix.json')) },
      { id: 'os-support.reboot-required', kind: 'registry', result: { ok: false, error: 'not-found', message: 'ERROR: The system was unable to find the specified registry key or value.' } },
    ]);
    const { outcome, evidence } = await runCheck(osSupportCheck, probe, 'win32', new Date('2024-11-20T10:00:00Z'));
    expect(evidence).toMatchObject({ os: { ok: true, value: { name: 'Windows 11 Pro', build: 26100, edition: 'consumer', patch: 0x1a2b } } });
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toContain('KB5046617');
    // Two years later the same machine is out of support and unpatched.
    const later = await runCheck(osSupportCheck, probe, 'win32', NOW);
    expect(later.outcome.findings.map((f) => f.id)).toEqual(['os-support:support', 'os-support:updates']);
  });

  it('Windows 10 22H2 with a pending restart', async () => {
    const probe = replayProbe('win32', [
      { id: 'os.info', kind: 'si', result: { ok: true, value: { distro: 'Microsoft Windows 10 Pro', release: '10.0.19045', build: '19045' } } },
      { id: 'os-support.currentversion', kind: 'registry', result: { ok: true, keys: parseRegQuery(currentVersion('19045', 'Professional', '22H2')) } },
      { id: 'os-support.hotfix', kind: 'run', result: ran('{"HotFixID":"KB5068781","InstalledOn":"2026-11-12"}') },
      { id: 'os-support.reboot-required', kind: 'registry', result: { ok: true, keys: [] } },
    ]);
    const { outcome } = await runCheck(osSupportCheck, probe, 'win32', NOW);
    expect(outcome.status).toBe('fail');
    expect(outcome.findings.map((f) => f.id)).toEqual(['os-support:support', 'os-support:restart-pending']);
  });

  it('macOS 15 with InstallHistory.plist', async () => {
    const probe = replayProbe('darwin', [
      { id: 'os.info', kind: 'si', result: { ok: true, value: { distro: 'macOS', release: '15.1', build: '24B83' } } },
      { id: 'os-support.install-history', kind: 'plist', result: { ok: true, value: JSON.parse(JSON.stringify(parsePlist(fixture('os-support', 'install-history.plist')))) } },
    ]);
    const { outcome } = await runCheck(osSupportCheck, probe, 'darwin', new Date('2024-11-20T10:00:00Z'));
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toContain('macOS Sequoia 15.1');
  });

  it('macOS: update history unreadable is "could not determine", not a pass', async () => {
    const probe = replayProbe('darwin', [
      { id: 'os.info', kind: 'si', result: { ok: true, value: { distro: 'macOS', release: '26.1' } } },
      { id: 'os-support.install-history', kind: 'plist', result: { ok: false, error: 'denied', message: 'EACCES' } },
    ]);
    const { outcome } = await runCheck(osSupportCheck, probe, 'darwin', NOW);
    expect(outcome.status).toBe('unknown');
    expect(outcome.findings.map((f) => f.id)).toEqual(['os-support:updates']);
  });

  it('Linux: real Debian 12 os-release and dpkg log', async () => {
    const probe = replayProbe('linux', [
      { id: 'os.info', kind: 'si', result: { ok: true, value: { distro: 'Debian GNU/Linux', release: '12', codename: 'bookworm' } } },
      { id: 'os-support.os-release', kind: 'readFile', result: { ok: true, text: fixture('os-support', 'debian-12-os-release.txt'), truncated: false } },
      { id: 'os-support.updates-available', kind: 'readFile', result: { ok: false, error: 'not-found', message: 'ENOENT' } },
      { id: 'os-support.dpkg-log', kind: 'readFile', result: { ok: true, text: fixture('os-support', 'dpkg-log-excerpt.txt'), truncated: false } },
    ]);
    const { outcome, evidence } = await runCheck(osSupportCheck, probe, 'linux', new Date('2026-11-22T08:00:00Z'));
    expect(evidence).toMatchObject({ lastUpdate: { ok: true, value: { day: '2026-11-21' } }, pendingUpdates: null });
    expect(outcome.findings.map((f) => f.id)).toEqual(['os-support:support']);
    expect(outcome.findings[0]?.description).toContain('2026-06-10');
  });

  it('Linux: Ubuntu 24.04 on rpm-less, dpkg-less system says it cannot tell when updates ran', async () => {
    const probe = replayProbe('linux', [
      { id: 'os-support.os-release', kind: 'readFile', result: { ok: true, text: fixture('os-support', 'ubuntu-2404-os-release.txt'), truncated: false } },
      { id: 'os-support.updates-available', kind: 'readFile', result: { ok: true, text: fixture('os-support', 'updates-available-ubuntu.txt'), truncated: false } },
      { id: 'os-support.dpkg-log', kind: 'readFile', result: { ok: false, error: 'denied', message: 'EACCES' } },
      { id: 'os-support.rpm-installtime', kind: 'run', result: failed('not-found', 'spawn rpm ENOENT') },
      { id: 'os-support.pacman-log', kind: 'readFile', result: { ok: false, error: 'not-found', message: 'ENOENT' } },
    ]);
    const { outcome } = await runCheck(osSupportCheck, probe, 'linux', NOW);
    expect(outcome.status).toBe('fail');
    expect(outcome.findings.map((f) => [f.id, f.status])).toEqual([
      ['os-support:updates', 'unknown'],
      ['os-support:pending-updates', 'fail'],
    ]);
  });
});
