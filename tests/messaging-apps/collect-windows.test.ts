import { describe, expect, it } from 'vitest';
import { collectMessagingApps } from '../../checks/messaging-apps/collect.js';
import { APPX_ARGV, UNINSTALL_SOURCES } from '../../checks/messaging-apps/collect-windows.js';
import { facts, fakeProbe, fixture, ran, regFixture, type FakeMachine } from './fake-machine.js';

const HOME = 'C:\\Users\\pat';
const LOCAL = `${HOME}\\AppData\\Local`;
const ROAMING = `${HOME}\\AppData\\Roaming`;
const RECENT = Date.parse('2026-11-19T08:00:00Z');
const [HKLM, WOW, HKCU] = [UNINSTALL_SOURCES[0].key, UNINSTALL_SOURCES[1].key, UNINSTALL_SOURCES[2].key];

const machine = (): FakeMachine => ({
  system: facts('win32', HOME, { USERPROFILE: HOME, LOCALAPPDATA: LOCAL, APPDATA: ROAMING }),
  registry: { [HKLM]: regFixture('windows/reg-uninstall-hklm.txt'), [WOW]: regFixture('windows/reg-uninstall-wow6432.txt'), [HKCU]: regFixture('windows/reg-uninstall-hkcu.txt') },
  runs: { powershell: ran(fixture('windows/appx.json')) },
  entries: {
    [`${LOCAL}\\Programs\\signal-desktop\\Signal.exe`]: { size: 180_000_000 },
    [`${ROAMING}\\Signal\\sql\\db.sqlite`]: { size: 73_400_320, mtimeMs: RECENT },
    [`${LOCAL}\\LINE\\Data\\db\\a1b2c3.edb`]: { size: 5_000_000, mtimeMs: Date.parse('2024-02-01T00:00:00Z') },
    // Phone Link ships with Windows: without a paired phone's phone.db it is not a finding.
    [`${LOCAL}\\Packages\\Microsoft.YourPhone_8wekyb3d8bbwe\\LocalState\\settings.dat`]: { size: 100 },
  },
  processes: [
    { pid: 7001, name: 'WhatsApp.Root.exe', path: 'C:\\Program Files\\WindowsApps\\5319275A.WhatsAppDesktop_2.2545.3.0_x64__cv1g1gvanyjgm' },
    { pid: 4, name: 'System' },
    { pid: 7002, name: 'ms-teams.exe' },
  ],
});

describe('messaging-apps on Windows', () => {
  it('finds apps in all three uninstall keys, Store packages and per-user paths, and nothing else', async () => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'win32' });
    const apps = new Set([...evidence.detections.map((d) => d.appId), ...evidence.stores.map((s) => s.appId)]);
    expect([...apps].sort()).toEqual(
      ['discord', 'kakaotalk', 'line', 'microsoft-teams', 'microsoft-teams-personal', 'signal', 'skype', 'slack', 'telegram', 'threema', 'viber', 'wechat', 'whatsapp', 'zoom'].sort(),
    );
    expect(evidence.gaps).toEqual([]);
  });

  it.each([
    ['signal', 'uninstall-key', '7d96caee-06e6-597c-9f2f-c7bb2e0948b4 (Signal 7.46.1)'],
    ['telegram', 'uninstall-key', '{53F49750-6209-4FBF-9CA8-7A333C87D1ED}_is1 (Telegram Desktop)'],
    ['zoom', 'uninstall-key', 'ZoomUMX (Zoom Workplace)'],
    ['zoom', 'uninstall-display-name', 'Zoom Workplace (64-bit)'],
    ['viber', 'uninstall-display-name', 'Viber'],
    ['kakaotalk', 'uninstall-key', 'KakaoTalk (카카오톡)'],
    ['wechat', 'uninstall-key', 'WeChat (微信)'],
    ['skype', 'uninstall-key', 'Skype_is1 (Skype version 8.136)'],
    ['microsoft-teams', 'uninstall-key', '{731F6BAA-A986-45A4-8936-7C3AAAAA760B} (Teams Machine-Wide Installer)'],
    ['whatsapp', 'store-package', '5319275A.WhatsAppDesktop_cv1g1gvanyjgm'],
    ['microsoft-teams', 'store-package', 'MSTeams_8wekyb3d8bbwe'],
    ['microsoft-teams-personal', 'store-package', 'MicrosoftTeams_8wekyb3d8bbwe'],
    ['threema', 'store-package', 'Threema.Desktop.Consumer_3x9s2gq1n5ftm'],
    ['signal', 'install-path', `${LOCAL}\\Programs\\signal-desktop\\Signal.exe`],
    ['whatsapp', 'process', 'WhatsApp.Root.exe'],
    ['microsoft-teams', 'process', 'ms-teams.exe'],
  ])('%s via %s %s', async (appId, source, identifier) => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'win32' });
    expect(evidence.detections).toContainEqual(expect.objectContaining({ appId, source, identifier }));
  });

  it('skips look-alikes: Teams Outlook add-in, Skype for Business plug-in, Zoom Outlook plug-in, SignalRgb', async () => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'win32' });
    const identifiers = evidence.detections.map((d) => d.identifier).join('\n');
    for (const name of ['Meeting Add-in', 'Skype for Business', 'Zoom Outlook Plugin', 'SignalRgb', 'OneDrive', '7-Zip']) expect(identifiers).not.toContain(name);
  });

  it('resolves data stores from %APPDATA% and %LOCALAPPDATA% in the system facts', async () => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'win32' });
    expect(evidence.stores).toContainEqual(expect.objectContaining({ appId: 'signal', path: `${ROAMING}\\Signal\\sql\\db.sqlite`, sizeBytes: 73_400_320 }));
    expect(evidence.stores).toContainEqual(expect.objectContaining({ appId: 'line', path: `${LOCAL}\\LINE\\Data\\db`, kind: 'messages' }));
  });

  it('lists Store packages with the documented PowerShell command', async () => {
    const probe = fakeProbe(machine());
    await collectMessagingApps({ probe, platform: 'win32' });
    expect(probe.calls).toContain(`run messaging.win.appx ${APPX_ARGV.join(' ')}`);
    expect(APPX_ARGV.at(-1)).toBe('Get-AppxPackage | Select Name,PackageFamilyName,Version | ConvertTo-Json');
  });

  it('turns an unreadable Get-AppxPackage answer into a gap, not a crash', async () => {
    const m = machine();
    m.runs = { powershell: ran('Get-AppxPackage : Access is denied.') };
    const evidence = await collectMessagingApps({ probe: fakeProbe(m), platform: 'win32' });
    expect(evidence.gaps).toContainEqual(expect.objectContaining({ what: 'Microsoft Store app list (Get-AppxPackage)', error: 'failed' }));
    expect(evidence.detections.some((d) => d.appId === 'signal')).toBe(true);
  });
});
