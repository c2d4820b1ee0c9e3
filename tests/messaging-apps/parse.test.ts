import { describe, expect, it } from 'vitest';
import { parseDesktopEntry, parseDpkgQuery, parseFlatpakList, parseRpmList, parseSnapList } from '../../checks/messaging-apps/parse-linux.js';
import { parseAppxJson, parseUninstallKeys } from '../../checks/messaging-apps/parse-windows.js';
import { matchProcesses } from '../../checks/messaging-apps/parse-processes.js';
import { buildMatchIndex } from '../../checks/messaging-apps/match.js';
import { CATALOG } from '../../checks/messaging-apps/catalog.js';
import { parseRegQuery } from '../../checks/probe/registry-parse.js';
import { fixture } from './fake-machine.js';

describe('parseDesktopEntry', () => {
  it.each([
    ['linux/org.telegram.desktop.desktop', { name: 'Telegram', program: 'Telegram' }],
    ['linux/org.signal.Signal.desktop', { name: 'Signal', program: 'signal-desktop' }],
    ['linux/exported-org.signal.Signal.desktop', { name: 'Signal', program: 'flatpak', flatpakId: 'org.signal.Signal' }],
    ['linux/signal-desktop_signal-desktop.desktop', { name: 'Signal', program: 'signal-desktop', snapName: 'signal-desktop' }],
    ['linux/org.gnome.Calculator.desktop', { name: 'Calculator', program: 'gnome-calculator' }],
    ['linux/signal-generator.desktop', { name: 'Signal Generator', program: 'siggen' }],
  ])('%s', (file, expected) => {
    expect(parseDesktopEntry(fixture(file))).toEqual(expected);
  });

  it('reads only the [Desktop Entry] group and honours quoted program paths', () => {
    expect(parseDesktopEntry('[Desktop Action quit]\nExec=other\n[Desktop Entry]\nExec="/opt/My Apps/Element/element-desktop" %U\n')).toEqual({ program: 'element-desktop' });
    expect(parseDesktopEntry('[Desktop Entry]\nName=Broken\n')).toEqual({ name: 'Broken' });
  });
});

describe('Linux package lists', () => {
  it('parses snap list, flatpak list, dpkg-query and rpm output', () => {
    expect(parseSnapList(fixture('linux/snap-list.txt'))).toEqual(['bare', 'core22', 'firefox', 'gnome-42-2204', 'signal-desktop', 'slack', 'snapd']);
    expect(parseFlatpakList(`Application ID\n${fixture('linux/flatpak-list.txt')}`)).toEqual(['com.discordapp.Discord', 'org.gnome.Calculator', 'org.mozilla.firefox', 'org.telegram.desktop', 'us.zoom.Zoom']);
    expect(parseDpkgQuery(fixture('linux/dpkg-query.txt'))).toEqual(['adduser', 'bash', 'element-desktop', 'firefox-esr', 'skypeforlinux', 'teams-for-linux', 'zoom', 'zoomer']);
    expect(parseDpkgQuery('libc6:amd64\tii \n')).toEqual(['libc6']);
    expect(parseRpmList('signal-desktop\nzoom\n\n')).toEqual(['signal-desktop', 'zoom']);
  });
});

describe('Windows parsers', () => {
  it('keeps only the direct children of the Uninstall key', () => {
    const entries = parseUninstallKeys(parseRegQuery(fixture('windows/reg-uninstall-hklm.txt')));
    expect(entries.map((e) => e.keyName)).toEqual(['7-Zip', 'KakaoTalk', '{A7AB73A3-CB10-4AA5-9D38-6AEFFBDE4C91}', '{E2D0A3C8-1B5F-4D3E-9C7A-2F6B8E4D1A90}', '{86B5F2B1-7C4A-4F5E-8D6A-0C9E1B2A3D4F}']);
    expect(entries[1]).toEqual({ keyName: 'KakaoTalk', keyPath: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\KakaoTalk', displayName: '카카오톡' });
  });

  it('parses Get-AppxPackage JSON: an array, a single object, a byte-order mark, or nothing', () => {
    expect(parseAppxJson(fixture('windows/appx.json'))).toHaveLength(7);
    expect(parseAppxJson('\uFEFF{"Name":"MSTeams","PackageFamilyName":"MSTeams_8wekyb3d8bbwe","Version":"25153.1010.3727.5483"}')).toEqual([{ name: 'MSTeams', packageFamilyName: 'MSTeams_8wekyb3d8bbwe', version: '25153.1010.3727.5483' }]);
    expect(parseAppxJson('')).toEqual([]);
    expect(() => parseAppxJson('Get-AppxPackage : Access is denied.')).toThrow();
  });
});

describe('matchProcesses', () => {
  const index = buildMatchIndex(CATALOG);
  it.each([
    ['linux', { name: 'telegram-deskto', command: '/snap/telegram-desktop/6000/usr/bin/telegram-desktop' }, ['telegram']],
    ['linux', { name: 'signal-desktop', command: '/opt/Signal/signal-desktop --type=renderer' }, ['signal']],
    ['linux', { name: 'signal-monitor', command: '/usr/bin/signal-monitor' }, []],
    ['darwin', { name: 'zoom.us', path: '/Applications/zoom.us.app/Contents/MacOS' }, ['zoom']],
    ['darwin', { name: 'Signal Helper (Renderer)' }, []],
    ['win32', { name: 'SIGNAL.EXE' }, ['signal']],
    ['win32', { name: 'Update.exe' }, []],
  ] as const)('%s %j', (platform, proc, expected) => {
    expect(matchProcesses({ list: [proc] }, platform, index).map((d) => d.appId)).toEqual(expected);
  });
});
