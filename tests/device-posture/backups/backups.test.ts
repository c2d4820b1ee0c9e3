import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { parseRegQuery, regString } from '../../../checks/probe/registry-parse.js';
import { analyzeBackups } from '../../../checks/device-posture/backups/analyze.js';
import { BACKUP_AGENTS, type BackupsEvidence } from '../../../checks/device-posture/backups/collect.js';
import { backupsCheck } from '../../../checks/device-posture/backups/index.js';
import { fileTimeToIso, parseGsettingsString, parseTimeMachinePlist, parseTimeshiftJson, parseTmDestinationInfo, parseTmLatestBackup, parseWbadminVersions } from '../../../checks/device-posture/backups/parse.js';
import { matchCatalog } from '../../../checks/device-posture/shared/software-catalog.js';
import { analyzeCtx, collectCtx, failed, fakeProbe, file, fixture, ran, reg } from '../accounts/fake-probe.js';

const f = (name: string) => fixture('backups', name);

describe('backup parsers', () => {
  it('reads tmutil destinationinfo', () => {
    expect(parseTmDestinationInfo(f('macos-tmutil-destinationinfo-two.txt'))).toEqual([
      { name: 'TM Backup', kind: 'Local', mountPoint: '/Volumes/TM Backup', id: '8D4E1C3B-5A6F-4B2E-9C1D-7E8F9A0B1C2D' },
      { name: 'TimeMachine', kind: 'Network', id: '2A9C7E11-0B3D-4F5A-8E6C-1D2B3A4F5E6D' },
    ]);
    expect(parseTmDestinationInfo(f('macos-tmutil-destinationinfo-none.txt'))).toEqual([]);
    expect(parseTmDestinationInfo('====================================================\nName          : TM\nKind          : Local\nMount Point   : /Volumes/TM\n> ID          : ABC-123\n')).toEqual([{ name: 'TM', kind: 'Local', mountPoint: '/Volumes/TM', id: 'ABC-123' }]);
    expect(parseTmDestinationInfo('tmutil: destinationinfo requires Full Disk Access privileges.')).toBeUndefined();
  });
  it.each([
    ['macos-tmutil-latestbackup-apfs.txt', '2026-11-19T09:30:12.000Z'],
    ['macos-tmutil-latestbackup-hfs.txt', '2019-05-01T12:34:56.000Z'],
  ])('reads tmutil latestbackup %s', (name, iso) => expect(parseTmLatestBackup(f(name))).toBe(iso));
  it('reads the Time Machine plist', () => expect(parseTimeMachinePlist(parsePlist(f('macos-timemachine-plist.xml')))).toEqual({ autoBackup: true, destinations: 1, latest: '2026-11-12T09:02:45.000Z' }));
  it('reads File History ProtectedUpToTime', () => expect(fileTimeToIso(regString(parseRegQuery(f('windows-reg-filehistory.txt'))[0], 'ProtectedUpToTime'))).toBe('2026-11-18T21:00:00.000Z'));
  it('ignores a zero FILETIME', () => expect(fileTimeToIso('0x0')).toBeUndefined());
  it('reads wbadmin version identifiers', () => expect(parseWbadminVersions(f('windows-wbadmin-get-versions.txt'))).toEqual({ count: 2, latest: '2026-11-10T05:00:00.000Z' }));
  it('reads Timeshift settings', () => expect(parseTimeshiftJson(f('linux-timeshift.json'))).toEqual({ device: true, scheduled: ['daily', 'boot'] }));
  it('reads Déjà Dup last-backup', () => {
    expect(parseGsettingsString(f('linux-gsettings-dejadup-last-backup.txt'))).toBe('2026-11-20T22:15:03.112Z');
    expect(parseGsettingsString("''")).toBeUndefined();
  });
  it('matches backup software', () => {
    const inv = { apps: ['Backblaze', 'Macrium Reflect Free'], launchd: [], packages: [], desktopFiles: [], processes: [], errors: [] };
    expect(matchCatalog(BACKUP_AGENTS, inv, 'win32').map((m) => m.id)).toEqual(['backblaze', 'macrium']);
  });
});

const now = new Date('2026-11-21T12:00:00Z');
const empty: BackupsEvidence = { sources: [], agents: [], unknowns: [] };
const tm = (lastBackup: string | null) => ({ kind: 'time-machine' as const, name: 'Time Machine', lastBackup, detail: '1 destination(s)' });

describe('analyzeBackups verdicts', () => {
  it.each([
    ['recent Time Machine', { sources: [tm('2026-11-19T09:30:12Z')] }, 'pass', []],
    ['stale Time Machine', { sources: [tm('2026-10-01T00:00:00Z')] }, 'fail', ['backups:stale:time-machine']],
    ['configured, no date', { sources: [tm(null)] }, 'unknown', ['backups:no-date:time-machine']],
    ['agent only', { agents: [{ id: 'backblaze', name: 'Backblaze Computer Backup', seen: [] }] }, 'unknown', ['backups:agent-unconfirmed']],
    ['nothing', {}, 'fail', ['backups:no-evidence']],
  ] as const)('%s', (_n, patch, status, ids) => {
    const out = analyzeBackups({ ...empty, ...patch } as BackupsEvidence, analyzeCtx('darwin', {}, now));
    expect(out.status).toBe(status);
    expect(out.findings.map((x) => x.id)).toEqual(ids);
  });
  it('never says "no backups", only "no backup evidence on this device"', () => {
    const out = analyzeBackups(empty, analyzeCtx('win32', {}, now));
    expect(out.findings[0]?.title).toBe('No backup evidence on this device');
    expect(JSON.stringify(out)).not.toMatch(/\bno backups\b/i);
  });
});

describe('backups on each OS (replay)', () => {
  it('macOS: Time Machine with a backup 2 days old passes', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'posture.applications', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'posture.launchdaemons', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'posture.applications-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchagents', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchagents-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [] } } },
      { id: 'backups.tmutil-destinationinfo', kind: 'run', result: ran(f('macos-tmutil-destinationinfo-two.txt')) },
      { id: 'backups.timemachine-plist', kind: 'plist', result: { ok: true, value: parsePlist(f('macos-timemachine-plist.xml')) } },
      { id: 'backups.tmutil-latestbackup', kind: 'run', result: ran(f('macos-tmutil-latestbackup-apfs.txt')) },
    ]);
    const out = backupsCheck.analyze(await backupsCheck.collect(collectCtx(probe, 'darwin')), analyzeCtx('darwin', {}, now));
    expect(out.status).toBe('pass');
    expect(out.summary).toContain('2026-11-19');
  });
  it('Windows: File History 3 days old passes; wbadmin is not run without admin', async () => {
    const probe = fakeProbe('win32', [
      { id: 'posture.uninstall-1', kind: 'registry', result: reg('\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\x\r\n    DisplayName    REG_SZ    7-Zip 23.01 (x64)\r\n') },
      { id: 'posture.uninstall-2', kind: 'registry', result: failed('not-found') },
      { id: 'posture.uninstall-3', kind: 'registry', result: failed('not-found') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [] } } },
      { id: 'backups.filehistory-config', kind: 'listDir', result: { ok: true, entries: [{ name: 'Config1.xml', type: 'file' }, { name: 'Config2.xml', type: 'file' }] } },
      { id: 'backups.filehistory-registry', kind: 'registry', result: reg(f('windows-reg-filehistory.txt')) },
    ]);
    const ev = (await backupsCheck.collect(collectCtx(probe, 'win32'))) as BackupsEvidence;
    expect(ev.unknowns).toEqual([{ what: 'Windows Backup (wbadmin)', reason: expect.stringContaining('administrator') as string, needsAdmin: true }]);
    expect(backupsCheck.analyze(ev, analyzeCtx('win32', {}, now)).status).toBe('pass');
  });
  it('Linux: nothing configured -> no backup evidence, with the places that were checked', async () => {
    const probe = fakeProbe('linux', [
      { id: 'posture.dpkg-packages', kind: 'run', result: ran('bash\tii \ncoreutils\tii \n') },
      { id: 'posture.desktop-files', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.desktop-files-local', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.desktop-files-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.desktop-files-flatpak', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.desktop-files-snap', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [{ name: 'node' }] } } },
      { id: 'backups.timeshift-config', kind: 'readFile', result: failed('not-found') },
      { id: 'backups.dejadup-last-backup', kind: 'run', result: { ok: false, exitCode: null, stdout: '', stderr: '', error: 'not-found', message: 'spawn gsettings ENOENT' } },
      { id: 'backups.borgmatic-config', kind: 'stat', result: failed('not-found') },
    ]);
    const out = backupsCheck.analyze(await backupsCheck.collect(collectCtx(probe, 'linux')), analyzeCtx('linux', {}, now));
    expect(out.status).toBe('fail');
    expect(out.findings.map((x) => x.id)).toEqual(['backups:no-evidence']);
  });
  it('Linux: Timeshift and a recent Déjà Dup backup pass', async () => {
    const probe = fakeProbe('linux', [
      { id: 'posture.dpkg-packages', kind: 'run', result: ran('deja-dup\tii \ntimeshift\tii \n') },
      { id: 'posture.desktop-files', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.desktop-files-local', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.desktop-files-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.desktop-files-flatpak', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.desktop-files-snap', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [] } } },
      { id: 'backups.timeshift-config', kind: 'readFile', args: { path: '/etc/timeshift/timeshift.json' }, result: file(f('linux-timeshift.json')) },
      { id: 'backups.dejadup-last-backup', kind: 'run', result: ran(f('linux-gsettings-dejadup-last-backup.txt')) },
      { id: 'backups.borgmatic-config', kind: 'stat', result: failed('not-found') },
    ]);
    const ev = (await backupsCheck.collect(collectCtx(probe, 'linux'))) as BackupsEvidence;
    expect(ev.sources.map((s) => s.kind)).toEqual(['timeshift', 'deja-dup']);
    expect(ev.agents.map((a) => a.id)).toEqual(['deja-dup', 'timeshift']);
    expect(backupsCheck.analyze(ev, analyzeCtx('linux', {}, now)).status).toBe('pass');
  });
  it('macOS: explains Full Disk Access when tmutil and the plist are blocked', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'posture.applications', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'posture.launchdaemons', kind: 'listDir', result: { ok: true, entries: [] } },
      { id: 'posture.applications-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchagents', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.launchagents-user', kind: 'listDir', result: failed('not-found') },
      { id: 'posture.processes', kind: 'si', result: { ok: true, value: { list: [] } } },
      { id: 'backups.tmutil-destinationinfo', kind: 'run', result: { ok: false, exitCode: 80, stdout: '', stderr: 'tmutil: destinationinfo requires Full Disk Access privileges.\n', error: 'failed', message: 'exit 80' } },
      { id: 'backups.timemachine-plist', kind: 'plist', result: failed('denied', 'EPERM: operation not permitted') },
    ]);
    const ev = (await backupsCheck.collect(collectCtx(probe, 'darwin'))) as BackupsEvidence;
    expect(ev.unknowns[0]?.reason).toMatch(/Full Disk Access: System Settings > Privacy & Security/);
    const out = backupsCheck.analyze(ev, analyzeCtx('darwin', {}, now));
    expect(out.findings[0]?.description).toMatch(/could not check: Time Machine/);
  });
});
