import { describe, expect, it } from 'vitest';
import { analyzeMessagingApps, RECENT_DAYS } from '../../checks/messaging-apps/analyze.js';
import type { DataStore, Detection, MessagingEvidence } from '../../checks/messaging-apps/evidence.js';
import type { Platform } from '../../checks/types.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

const evidence = (platform: Platform, detections: Detection[], stores: DataStore[] = [], gaps: MessagingEvidence['gaps'] = []): MessagingEvidence => ({ platform, home: '/home/pat', detections, stores, gaps, looked: {} });
const installed = (appId: string, source: Detection['source'] = 'flatpak', identifier = appId): Detection => ({ appId, source, identifier, location: 'x' });
const store = (appId: string, kind: DataStore['kind'], age: number, path = `/home/pat/${appId}`): DataStore => ({ appId, path, kind, type: 'dir', sizeBytes: 1_500_000, sizeComplete: true, lastModified: daysAgo(age), encryptedAtRest: 'no' });
const analyze = (e: MessagingEvidence) => analyzeMessagingApps(e, { platform: e.platform, now: NOW });

describe('messaging-apps findings', () => {
  it.each([
    ['recent chat store', [installed('whatsapp')], [store('whatsapp', 'messages', 3)], 'high'],
    ['recent downloads folder, app removed', [], [store('telegram', 'downloads', 10)], 'high'],
    ['installed, no chat store', [installed('signal')], [], 'medium'],
    ['installed, old chat store', [installed('signal')], [store('signal', 'messages', RECENT_DAYS + 1)], 'medium'],
    ['running only', [installed('viber', 'process', 'Viber')], [], 'medium'],
    ['leftover chats, not installed', [], [store('skype', 'messages', 400)], 'low'],
    ['leftover app folder recently touched', [], [store('discord', 'app-data', 1)], 'low'],
    ['Slack with recent chats', [installed('slack')], [store('slack', 'messages', 1)], 'medium'],
    ['Zoom installed', [installed('zoom')], [], 'low'],
    ['Teams work installed', [installed('microsoft-teams', 'store-package', 'MSTeams_8wekyb3d8bbwe')], [], 'low'],
    ['Teams personal chats', [], [store('microsoft-teams-personal', 'messages', 2)], 'high'],
    ['Apple Messages history, not recent', [], [store('apple-messages', 'messages', 200)], 'medium'],
  ])('%s -> %s', (_case, detections, stores, severity) => {
    const outcome = analyze(evidence('linux', detections, stores));
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0]?.severity).toBe(severity);
  });

  it('writes one finding per app with a stable id, citations and the secure-messaging control', () => {
    const outcome = analyze(evidence('win32', [installed('whatsapp', 'store-package', '5319275A.WhatsAppDesktop_cv1g1gvanyjgm'), installed('whatsapp', 'process', 'WhatsApp.Root.exe')]));
    const [f] = outcome.findings;
    expect(f).toMatchObject({ id: 'messaging-apps:whatsapp', checkId: 'messaging-apps', status: 'fail', severity: 'medium', insuranceControls: ['secure-messaging'] });
    expect(f?.safeguards).toEqual(['164.308(b)(1)', '164.312(e)(1)', '164.502(e)']);
    expect(f?.title).toBe('WhatsApp is installed on this computer');
    expect(f?.description).toMatch(/does not sign a Business Associate Agreement/);
    expect(f?.description).toMatch(/running now/);
    expect(f?.remediation.join(' ')).toMatch(/Settings > Apps > Installed apps/);
    expect(f?.evidence).toMatchObject({ baa: { status: 'none' }, use: 'installed', running: ['WhatsApp.Root.exe'] });
  });

  it('asks to confirm the plan for apps with a BAA on business plans', () => {
    const [f] = analyze(evidence('darwin', [installed('slack', 'mac-bundle-id', 'com.tinyspeck.slackmacgap')])).findings;
    expect(f?.title).toBe('Slack is installed on this computer: confirm your plan includes a BAA');
    expect(f?.description).toMatch(/Enterprise Grid/);
    expect(f?.remediation[0]).toMatch(/Confirm the practice's Slack plan includes a signed BAA/);
    expect(f?.remediation.join(' ')).not.toMatch(/Trash/);
  });

  it('says when an app is retired and where its leftover data is', () => {
    const [f] = analyze(evidence('win32', [], [store('skype', 'messages', 300, 'C:\\Users\\pat\\AppData\\Roaming\\Microsoft\\Skype for Desktop')])).findings;
    expect(f?.title).toBe('Skype left chat data behind on this computer');
    expect(f?.description).toMatch(/not installed any more/);
    expect(f?.description).toMatch(/retired Skype on 5 May 2025/);
    expect(f?.remediation.join(' ')).toContain('C:\\Users\\pat\\AppData\\Roaming\\Microsoft\\Skype for Desktop');
  });

  it.each([
    ['linux', installed('signal', 'flatpak', 'org.signal.Signal'), 'flatpak uninstall --delete-data org.signal.Signal'],
    ['linux', installed('signal', 'snap', 'signal-desktop'), 'sudo snap remove --purge signal-desktop'],
    ['linux', installed('element', 'system-package', 'element-desktop'), 'sudo apt remove element-desktop'],
    ['darwin', { ...installed('signal', 'mac-bundle-id'), location: '/Applications/Signal.app' }, 'drag it from /Applications/Signal.app to the Trash'],
  ] as const)('gives the %s removal step for %j', (platform, detection, step) => {
    const [f] = analyze(evidence(platform, [detection])).findings;
    expect(f?.remediation.join(' ')).toContain(step);
  });

  it('passes when nothing is found and says unknown when places could not be read', () => {
    expect(analyze(evidence('linux', []))).toMatchObject({ status: 'pass', findings: [] });
    const gaps = [{ what: '/Users/pat/Library/Messages', appId: 'apple-messages', error: 'denied' as const, message: 'operation not permitted' }];
    const outcome = analyze(evidence('darwin', [], [], gaps));
    expect(outcome.status).toBe('unknown');
    expect(outcome.findings[0]).toMatchObject({ id: 'messaging-apps:incomplete', status: 'unknown', needsAdmin: true });
    expect(outcome.findings[0]?.remediation[0]).toMatch(/Full Disk Access/);
  });

  it('keeps findings in catalog order and names every app in the summary', () => {
    const outcome = analyze(evidence('linux', [installed('zoom'), installed('telegram'), installed('signal')]));
    expect(outcome.findings.map((f) => f.id)).toEqual(['messaging-apps:signal', 'messaging-apps:telegram', 'messaging-apps:zoom']);
    expect(outcome.summary).toBe('Messaging apps or their chat data found: Signal, Telegram, Zoom.');
  });
});
