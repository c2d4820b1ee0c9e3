import { describe, expect, it } from 'vitest';
import { collectMessagingApps } from '../../checks/messaging-apps/collect.js';
import { parseSpotlightPaths, spotlightQuery } from '../../checks/messaging-apps/collect-mac.js';
import { facts, fakeProbe, fixturePlist, ran, type FakeMachine } from './fake-machine.js';

const HOME = '/Users/pat';
const RECENT = Date.parse('2026-11-18T15:00:00Z');
const TEAMS = `${HOME}/Library/Containers/com.microsoft.teams2/Data/Library/Application Support/Microsoft/MSTeams/EBWebView`;

const bundles: Record<string, string> = {
  '/Applications/WhatsApp.localized/WhatsApp.app': 'mac/WhatsApp.Info.plist',
  '/Applications/Signal.app': 'mac/Signal.Info.plist',
  '/Applications/Telegram.app': 'mac/Telegram-Desktop.Info.plist',
  '/Applications/zoom.us.app': 'mac/zoom.us.Info.plist',
  '/Applications/Slack.app': 'mac/Slack.Info.plist',
  '/Applications/Microsoft Teams.app': 'mac/Microsoft-Teams.Info.plist',
  '/Applications/Safari.app': 'mac/Safari.Info.plist',
  '/Applications/Signal Analyzer.app': 'mac/Signal-Analyzer.Info.plist',
};

const machine = (): FakeMachine => ({
  system: facts('darwin', HOME),
  entries: {
    ...Object.fromEntries(Object.keys(bundles).map((b) => [`${b}/Contents/Info.plist`, 'plist'])),
    // An app whose Info.plist cannot be read falls back to its exact bundle name.
    [`${HOME}/Applications/Messenger.app/Contents/MacOS/Messenger`]: { size: 10 },
    [`${HOME}/Library/Messages/chat.db`]: { size: 8_388_608, mtimeMs: RECENT },
    [`${HOME}/Library/Group Containers/6N38VWS5BX.ru.keepcoder.Telegram/account-1/postbox/db/db_sqlite`]: { size: 4096, mtimeMs: RECENT },
    [`${TEAMS}/WV2Profile_tfl/IndexedDB/https_teams.live.com_0.indexeddb.leveldb/000003.log`]: { size: 2048, mtimeMs: RECENT },
  },
  plists: Object.fromEntries(Object.entries(bundles).map(([b, f]) => [`${b}/Contents/Info.plist`, fixturePlist(f)])),
  processes: [
    { pid: 900, name: 'WhatsApp', path: '/Applications/WhatsApp.localized/WhatsApp.app/Contents/MacOS' },
    { pid: 901, name: 'Safari' },
  ],
});

describe('messaging-apps on macOS', () => {
  it('finds apps by CFBundleIdentifier and chat stores in ~/Library, and nothing else', async () => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'darwin' });
    const apps = new Set([...evidence.detections.map((d) => d.appId), ...evidence.stores.map((s) => s.appId)]);
    expect([...apps].sort()).toEqual(['apple-messages', 'facebook-messenger', 'microsoft-teams', 'microsoft-teams-personal', 'signal', 'slack', 'telegram', 'whatsapp', 'zoom']);
  });

  it.each([
    ['whatsapp', 'net.whatsapp.WhatsApp', '/Applications/WhatsApp.localized/WhatsApp.app'],
    ['signal', 'org.whispersystems.signal-desktop', '/Applications/Signal.app'],
    ['telegram', 'com.tdesktop.Telegram', '/Applications/Telegram.app'],
    ['zoom', 'us.zoom.xos', '/Applications/zoom.us.app'],
    ['slack', 'com.tinyspeck.slackmacgap', '/Applications/Slack.app'],
    ['microsoft-teams', 'com.microsoft.teams2', '/Applications/Microsoft Teams.app'],
  ])('%s by bundle id %s', async (appId, identifier, location) => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'darwin' });
    expect(evidence.detections).toContainEqual({ appId, source: 'mac-bundle-id', identifier, location });
  });

  it('never matches an unrelated app on a shared word in its name', async () => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'darwin' });
    expect(evidence.detections.filter((d) => d.location.includes('Signal Analyzer') || d.location.includes('Safari'))).toEqual([]);
    expect(evidence.detections).toContainEqual(expect.objectContaining({ appId: 'facebook-messenger', source: 'mac-app-name', identifier: 'Messenger.app' }));
  });

  it('tells personal Teams chats apart from work ones by the WebView2 profile', async () => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'darwin' });
    expect(evidence.stores).toContainEqual(expect.objectContaining({ appId: 'microsoft-teams-personal', path: `${TEAMS}/WV2Profile_tfl`, kind: 'messages' }));
    // The work app's container exists too, but it holds no work-profile (WV2Profile_tfw) chats.
    expect(evidence.stores.filter((s) => s.appId === 'microsoft-teams').map((s) => s.kind)).toEqual(['app-data']);
  });

  it('finds Telegram for macOS data through the wildcard group container', async () => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'darwin' });
    expect(evidence.stores).toContainEqual(expect.objectContaining({ appId: 'telegram', path: `${HOME}/Library/Group Containers/6N38VWS5BX.ru.keepcoder.Telegram`, kind: 'messages' }));
  });

  it('records a gap when privacy protection blocks ~/Library/Messages', async () => {
    const m = machine();
    m.denied = [`${HOME}/Library/Messages`];
    const evidence = await collectMessagingApps({ probe: fakeProbe(m), platform: 'darwin' });
    expect(evidence.stores.filter((s) => s.appId === 'apple-messages')).toEqual([]);
    expect(evidence.gaps).toContainEqual(expect.objectContaining({ appId: 'apple-messages', error: 'denied' }));
  });

  it('only stats other apps\' containers, never lists inside them (macOS privacy prompts)', async () => {
    const probe = fakeProbe(machine());
    const evidence = await collectMessagingApps({ probe, platform: 'darwin' });
    expect(probe.calls.filter((c) => c.startsWith('listDir messaging.store.list') && c.includes('/Library/Containers/'))).toEqual([]);
    expect(evidence.stores).toContainEqual(expect.objectContaining({ appId: 'microsoft-teams', path: `${HOME}/Library/Containers/com.microsoft.teams2`, sizeComplete: false }));
  });

  it('also finds catalog apps Spotlight knows outside the Applications folders', async () => {
    const m = machine();
    const viber = `${HOME}/Downloads/Viber.app`;
    m.entries = { ...m.entries, [`${viber}/Contents/Info.plist`]: 'plist' };
    m.plists = { ...m.plists, [`${viber}/Contents/Info.plist`]: { CFBundleIdentifier: 'com.viber.osx', CFBundleName: 'Viber' } };
    m.runs = { mdfind: ran(`/Applications/Signal.app\n${viber}\n/Volumes/Signal 7.46.1/Signal.app\n`) };
    const probe = fakeProbe(m);
    const evidence = await collectMessagingApps({ probe, platform: 'darwin' });
    expect(evidence.detections).toContainEqual({ appId: 'viber', source: 'mac-bundle-id', identifier: 'com.viber.osx', location: viber });
    expect(probe.calls.filter((c) => c.includes('/Volumes/'))).toEqual([]);
    expect(probe.calls.filter((c) => c === 'plist messaging.mac.info-plist /Applications/Signal.app/Contents/Info.plist')).toHaveLength(1);
  });

  it('builds one Spotlight query over the bundle ids and drops disk images and nested bundles', () => {
    expect(spotlightQuery(['us.zoom.xos', 'com.hnc.Discord'])).toBe('kMDItemCFBundleIdentifier == "us.zoom.xos" || kMDItemCFBundleIdentifier == "com.hnc.Discord"');
    expect(parseSpotlightPaths('/Applications/zoom.us.app\n/Volumes/Zoom/zoom.us.app\n/Applications/Ferdium.app/Contents/Resources/WhatsApp.app\n/Users/pat/Library/Caches/x.txt\n')).toEqual(['/Applications/zoom.us.app']);
  });
});
