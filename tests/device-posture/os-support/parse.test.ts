import { describe, expect, it } from 'vitest';
import { parse as parsePlist } from 'plist';
import { newestRpmInstall, parseHotFixJson, parseInstallHistory, parseOsRelease, parseUpdatesAvailable, summarizeDpkgLog, summarizePacmanLog } from '../../../checks/device-posture/os-support/parse.js';
import { lookupSupport, macMajor, windowsEditionGroup, type EolData } from '../../../checks/device-posture/os-support/eol.js';
import { EOL_DATA } from '../../../checks/device-posture/os-support/eol.js';
import { fixture } from '../screen-lock/posture-1-helpers.js';

describe('OS identity', () => {
  it('reads the real Debian 12 os-release and a typed Ubuntu one', () => {
    expect(parseOsRelease(fixture('os-support', 'debian-12-os-release.txt'))).toMatchObject({ id: 'debian', versionId: '12', prettyName: 'Debian GNU/Linux 12 (bookworm)' });
    expect(parseOsRelease(fixture('os-support', 'ubuntu-2404-os-release.txt'))).toMatchObject({ id: 'ubuntu', idLike: ['debian'], versionId: '24.04', ubuntuCodename: 'noble' });
    expect(parseOsRelease('garbage')).toBeUndefined();
  });

  it.each([
    ['Professional', 'consumer'],
    ['Core', 'consumer'],
    ['Enterprise', 'enterprise'],
    ['Education', 'enterprise'],
    ['EnterpriseS', 'ltsc'],
    ['IoTEnterpriseS', 'ltsc'],
    ['ServerStandard', 'server'],
  ])('maps EditionID %s to %s', (edition, group) => {
    expect(windowsEditionGroup(edition)).toBe(group);
  });

  it('names macOS releases', () => {
    expect(macMajor('15.1.1')).toBe('15');
    expect(macMajor('10.15.7')).toBe('10.15');
  });
});

describe('update history', () => {
  it('reads Get-HotFix JSON, including the PS 5.1 DateTime object form', () => {
    const fixes = parseHotFixJson(fixture('os-support', 'hotfix.json'));
    expect(fixes).toHaveLength(4);
    expect(fixes?.map((f) => f.installedOn).sort().at(-1)).toBe('2024-11-13');
    expect(parseHotFixJson(fixture('os-support', 'hotfix-ps51-datetime.json'))).toEqual([{ id: 'KB5034441', installedOn: '2024-01-16' }]);
    expect(parseHotFixJson('Get-HotFix : Access denied')).toBeUndefined();
  });

  it('keeps only Apple system updates from InstallHistory.plist', () => {
    const updates = parseInstallHistory(parsePlist(fixture('os-support', 'install-history.plist')));
    expect(updates?.map((u) => u.name)).toEqual(['macOS Sequoia 15.0', 'macOS Sequoia 15.1']);
    expect(updates?.at(-1)?.date).toBe('2024-10-29');
    expect(parseInstallHistory({ not: 'an array' })).toBeUndefined();
  });

  it('reads the real dpkg log', () => {
    expect(summarizeDpkgLog(fixture('os-support', 'dpkg-log-excerpt.txt'))).toEqual({ lastUpgrade: '2026-11-21', coversFrom: '2025-06-24' });
    expect(summarizeDpkgLog(fixture('os-support', 'dpkg-log-installs-only.txt'))).toEqual({ lastUpgrade: null, coversFrom: '2025-06-24' });
  });

  it('reads pacman and rpm records', () => {
    expect(summarizePacmanLog('[2024-01-02T10:11:12+0000] [PACMAN] Running pacman -Syu\n[2024-01-02T10:11:20+0000] [ALPM] upgraded linux (6.6.8-1 -> 6.6.9-1)\n')).toEqual({ lastUpgrade: '2024-01-02', coversFrom: '2024-01-02' });
    expect(newestRpmInstall(fixture('os-support', 'rpm-installtime.txt'))).toBe('2024-11-12');
    expect(newestRpmInstall('')).toBeNull();
  });

  it('reads the Ubuntu update-notifier cache', () => {
    expect(parseUpdatesAvailable(fixture('os-support', 'updates-available-ubuntu.txt'))).toEqual({ total: 12, security: 5 });
    expect(parseUpdatesAvailable('\n')).toEqual({ total: 0, security: 0 });
  });
});

describe('bundled end-of-support data', () => {
  it('dates every entry and names its source', () => {
    const all = [...EOL_DATA.windows, ...EOL_DATA.macos, ...EOL_DATA.linux];
    expect(EOL_DATA.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const e of all) {
      expect(e.source, e.name).toMatch(/^https:\/\//);
      expect(e.released, e.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.supportEnd === null ? e.expectedEnd : e.supportEnd, e.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each([
    [{ family: 'windows', name: 'Windows 10 Pro', build: 19045, edition: 'consumer', displayVersion: '22H2', patch: 5131 } as const, 'Windows 10 version 22H2'],
    [{ family: 'windows', name: 'Windows 11 Pro', build: 26100, edition: 'consumer', displayVersion: '24H2', patch: 2314 } as const, 'Windows 11 version 24H2'],
    [{ family: 'windows', name: 'Windows 11 Enterprise', build: 22631, edition: 'enterprise', displayVersion: '23H2', patch: 1 } as const, 'Windows 11 version 23H2'],
    [{ family: 'windows', name: 'Windows 10 Enterprise LTSC', build: 17763, edition: 'ltsc', displayVersion: null, patch: 1 } as const, 'Windows 10 Enterprise LTSC 2019'],
    [{ family: 'macos', name: 'macOS 13.6', version: '13.6.1' } as const, 'macOS 13 Ventura'],
    [{ family: 'linux', name: 'RHEL 9.4', id: 'rhel', version: '9.4' } as const, 'Red Hat Enterprise Linux 9 and rebuilds'],
    [{ family: 'linux', name: 'Debian 12', id: 'debian', version: '12' } as const, 'Debian 12 (bookworm)'],
  ])('finds %j', (os, name) => {
    const found = lookupSupport(os);
    expect(found.kind).toBe('found');
    if (found.kind === 'found') expect(found.entry.name).toBe(name);
  });

  it('recognizes releases newer than the data and refuses unknown ones', () => {
    expect(lookupSupport({ family: 'macos', name: 'macOS 27.0', version: '27.0' }).kind).toBe('newer');
    expect(lookupSupport({ family: 'windows', name: 'Windows 11 Pro', build: 26300, edition: 'consumer', displayVersion: '26H2', patch: 1 }).kind).toBe('newer');
    expect(lookupSupport({ family: 'windows', name: 'Windows Server 2022', build: 20348, edition: 'server', displayVersion: null, patch: 1 }).kind).toBe('unknown');
    expect(lookupSupport({ family: 'linux', name: 'Linux Mint 22', id: 'linuxmint', version: '22' }).kind).toBe('unknown');
    const mint = lookupSupport({ family: 'linux', name: 'Linux Mint 22', id: 'linuxmint', version: '22', ubuntuCodename: 'noble' });
    expect(mint.kind === 'found' && mint.entry.name).toBe('Linux Mint 22 (based on Ubuntu 24.04 LTS)');
    expect(lookupSupport({ family: 'linux', name: 'Debian testing', id: 'debian', version: '' }).kind).toBe('unknown');
    const tiny: EolData = { asOf: '2026-01-01', windows: [], macos: [], linux: [{ name: 'Fedora 40', ids: ['fedora'], version: '40', released: '2024-04-23', supportEnd: '2025-05-13', source: 'https://x' }] };
    expect(lookupSupport({ family: 'linux', name: 'Fedora 44', id: 'fedora', version: '44' }, tiny).kind).toBe('newer');
  });
});
