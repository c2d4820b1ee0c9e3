import { describe, expect, it } from 'vitest';
import { collectMessagingApps } from '../../checks/messaging-apps/collect.js';
import { MAX_ENTRIES_PER_STORE } from '../../checks/messaging-apps/collect-stores.js';
import { facts, fakeProbe, fixture, ran, type FakeMachine } from './fake-machine.js';

const HOME = '/home/pat';
const RECENT = Date.parse('2026-11-20T09:00:00Z');
const OLD = Date.parse('2024-03-01T09:00:00Z');

const machine = (): FakeMachine => ({
  system: facts('linux', HOME),
  entries: {
    '/usr/share/applications/org.telegram.desktop.desktop': fixture('linux/org.telegram.desktop.desktop'),
    '/usr/share/applications/org.gnome.Calculator.desktop': fixture('linux/org.gnome.Calculator.desktop'),
    '/usr/share/applications/signal-generator.desktop': fixture('linux/signal-generator.desktop'),
    '/var/lib/flatpak/exports/share/applications/org.signal.Signal.desktop': fixture('linux/exported-org.signal.Signal.desktop'),
    '/var/lib/snapd/desktop/applications/signal-desktop_signal-desktop.desktop': fixture('linux/signal-desktop_signal-desktop.desktop'),
    // Launchers people make themselves: matched on what Exec runs, never on Name.
    [`${HOME}/.local/share/applications/my-chat.desktop`]: fixture('linux/signal-desktop_signal-desktop.desktop'),
    [`${HOME}/.local/share/applications/appimagekit_0f3a-Element.desktop`]: '[Desktop Entry]\nName=Element\nExec=/home/pat/Apps/element-desktop %U\nType=Application\n',
    [`${HOME}/.config/Signal/sql/db.sqlite`]: { size: 52_428_800, mtimeMs: RECENT },
    [`${HOME}/.local/share/TelegramDesktop/tdata/key_datas`]: { size: 1024, mtimeMs: RECENT },
    [`${HOME}/.ViberPC/15551234567/viber.db`]: { size: 2_000_000, mtimeMs: OLD },
  },
  runs: { flatpak: ran(fixture('linux/flatpak-list.txt')), snap: ran(fixture('linux/snap-list.txt')), 'dpkg-query': ran(fixture('linux/dpkg-query.txt')) },
  processes: [
    { pid: 4242, name: 'telegram-deskto', command: '/usr/bin/telegram-desktop', path: '/usr/bin' },
    { pid: 1, name: 'systemd', command: '/sbin/init' },
    { pid: 5151, name: 'signal-monitor', command: '/usr/local/bin/signal-monitor' },
  ],
});

describe('messaging-apps on Linux', () => {
  it('finds each app by its exact launcher, Flatpak, Snap and package ids, and nothing else', async () => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'linux' });
    const apps = new Set([...evidence.detections.map((d) => d.appId), ...evidence.stores.map((s) => s.appId)]);
    expect([...apps].sort()).toEqual(['discord', 'element', 'microsoft-teams', 'signal', 'skype', 'slack', 'telegram', 'viber', 'zoom']);
    expect(evidence.gaps).toEqual([]);
  });

  it.each([
    ['telegram', 'desktop-file', 'org.telegram.desktop.desktop'],
    ['signal', 'desktop-file', 'org.signal.Signal.desktop'],
    ['signal', 'desktop-file', 'signal-desktop_signal-desktop.desktop'],
    ['signal', 'desktop-file', 'my-chat.desktop (/snap/bin/signal-desktop)'],
    ['element', 'desktop-file', 'appimagekit_0f3a-Element.desktop (Exec element-desktop)'],
    ['telegram', 'flatpak', 'org.telegram.desktop'],
    ['zoom', 'flatpak', 'us.zoom.Zoom'],
    ['discord', 'flatpak', 'com.discordapp.Discord'],
    ['signal', 'snap', 'signal-desktop'],
    ['slack', 'snap', 'slack'],
    ['skype', 'system-package', 'skypeforlinux'],
    ['microsoft-teams', 'system-package', 'teams-for-linux'],
    ['telegram', 'process', 'telegram-desktop'],
  ])('%s via %s %s', async (appId, source, identifier) => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'linux' });
    expect(evidence.detections).toContainEqual(expect.objectContaining({ appId, source, identifier }));
  });

  it('does not count a removed package ("rc") as installed', async () => {
    const evidence = await collectMessagingApps({ probe: fakeProbe(machine()), platform: 'linux' });
    expect(evidence.detections.filter((d) => d.appId === 'signal' && d.source === 'system-package')).toEqual([]);
  });

  it('measures chat stores without opening them', async () => {
    const probe = fakeProbe(machine());
    const evidence = await collectMessagingApps({ probe, platform: 'linux' });
    expect(evidence.stores).toContainEqual(expect.objectContaining({ appId: 'signal', path: `${HOME}/.config/Signal/sql/db.sqlite`, kind: 'messages', sizeBytes: 52_428_800, encryptedAtRest: 'yes' }));
    expect(evidence.stores).toContainEqual(expect.objectContaining({ appId: 'viber', path: `${HOME}/.ViberPC`, kind: 'messages', sizeBytes: 2_000_000, lastModified: new Date(OLD).toISOString() }));
    expect(probe.calls.filter((c) => c.startsWith('readFile') && !c.endsWith('.desktop'))).toEqual([]);
  });

  it('follows XDG_CONFIG_HOME and XDG_DATA_HOME from the system facts', async () => {
    const m = machine();
    m.system = facts('linux', HOME, { XDG_CONFIG_HOME: '/data/pat/config', XDG_DATA_HOME: '/data/pat/share' });
    m.entries = { '/data/pat/config/Signal/sql/db.sqlite': { size: 10, mtimeMs: RECENT }, '/data/pat/share/applications/org.telegram.desktop._2b7e1516.desktop': 'x' };
    const evidence = await collectMessagingApps({ probe: fakeProbe(m), platform: 'linux' });
    expect(evidence.stores.map((s) => s.path)).toContain('/data/pat/config/Signal/sql/db.sqlite');
    expect(evidence.detections).toContainEqual(expect.objectContaining({ appId: 'telegram', identifier: 'org.telegram.desktop._2b7e1516.desktop' }));
  });

  const snapDown = { ok: false, exitCode: 1, stdout: '', stderr: 'error: cannot communicate with server', error: 'failed' as const, message: 'exit 1' };

  it('reports unreadable places as gaps, and missing tools as nothing', async () => {
    const m = machine();
    m.denied = [`${HOME}/.config/Signal`, '/snap'];
    m.runs = { snap: snapDown };
    const evidence = await collectMessagingApps({ probe: fakeProbe(m), platform: 'linux' });
    expect(evidence.gaps).toContainEqual(expect.objectContaining({ appId: 'signal', error: 'denied' }));
    expect(evidence.gaps).toContainEqual(expect.objectContaining({ what: 'snap list', error: 'failed' }));
    expect(evidence.gaps.some((g) => g.what.startsWith('flatpak') || g.what.startsWith('rpm'))).toBe(false);
  });

  it('lets /snap answer when snapd is installed but not running', async () => {
    const m = machine();
    m.runs = { snap: snapDown };
    m.entries = { '/snap/telegram-desktop/6000/meta/snap.yaml': 'name: telegram-desktop', '/snap/bin/telegram-desktop': 'x' };
    const evidence = await collectMessagingApps({ probe: fakeProbe(m), platform: 'linux' });
    expect(evidence.gaps).toEqual([]);
    expect(evidence.detections.filter((d) => d.source !== 'process')).toEqual([expect.objectContaining({ appId: 'telegram', source: 'snap', location: '/snap/telegram-desktop' })]);
  });

  it('finds Flatpak and Snap data folders left behind by removed apps', async () => {
    const m: FakeMachine = {
      system: facts('linux', HOME),
      entries: {
        [`${HOME}/.var/app/com.slack.Slack/config/Slack/Cookies`]: { size: 20_480, mtimeMs: OLD },
        [`${HOME}/snap/telegram-desktop/6000/.local/share/TelegramDesktop/tdata/settingss`]: { size: 512, mtimeMs: OLD },
        [`${HOME}/.var/app/org.gnome.Calculator/config/x`]: { size: 1 },
      },
    };
    const evidence = await collectMessagingApps({ probe: fakeProbe(m), platform: 'linux' });
    expect(evidence.detections).toEqual([]);
    expect(evidence.stores.map((s) => [s.appId, s.path])).toEqual([
      ['telegram', `${HOME}/snap/telegram-desktop`],
      ['slack', `${HOME}/.var/app/com.slack.Slack/config/Slack`],
      ['slack', `${HOME}/.var/app/com.slack.Slack`],
    ]);
  });

  it('keeps the walk of a huge store bounded and says the size is a lower bound', async () => {
    const cache = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`${HOME}/.config/discord/Cache/Cache_Data/f_${String(i).padStart(6, '0')}`, { size: 1000, mtimeMs: RECENT }]));
    const probe = fakeProbe({ system: facts('linux', HOME), entries: cache });
    const evidence = await collectMessagingApps({ probe, platform: 'linux' });
    const store = evidence.stores.find((s) => s.path === `${HOME}/.config/discord`);
    expect(store).toMatchObject({ appId: 'discord', sizeComplete: false });
    expect(store?.sizeBytes).toBeLessThanOrEqual(MAX_ENTRIES_PER_STORE * 1000);
    expect(probe.calls.filter((c) => c.startsWith(`stat messaging.store.stat ${HOME}/.config/discord/`)).length).toBeLessThanOrEqual(MAX_ENTRIES_PER_STORE);
  });
});
