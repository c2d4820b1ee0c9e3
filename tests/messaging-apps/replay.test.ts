import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMessagingApps } from '../../checks/messaging-apps/analyze.js';
import { collectMessagingApps } from '../../checks/messaging-apps/collect.js';
import { createReplayProbe, parseRecording } from '../../checks/probe/recording.js';

const recording = () => parseRecording(JSON.parse(readFileSync('tests/fixtures/messaging-apps/replay-windows/recording.json', 'utf8')));

describe('messaging-apps replayed from a Windows recording', () => {
  it('answers every call from the recording and finds the same apps', async () => {
    const evidence = await collectMessagingApps({ probe: createReplayProbe(recording()), platform: 'win32' });
    expect(evidence.gaps).toEqual([]);
    const outcome = analyzeMessagingApps(evidence, { platform: 'win32', now: new Date('2026-11-21T09:00:00Z') });
    expect(outcome.findings.map((f) => [f.id, f.severity])).toEqual([
      ['messaging-apps:whatsapp', 'medium'],
      ['messaging-apps:telegram', 'high'],
      ['messaging-apps:wechat', 'medium'],
      ['messaging-apps:viber', 'medium'],
      ['messaging-apps:skype', 'medium'],
      ['messaging-apps:threema', 'medium'],
      ['messaging-apps:kakaotalk', 'medium'],
      ['messaging-apps:microsoft-teams', 'low'],
      ['messaging-apps:microsoft-teams-personal', 'medium'],
      ['messaging-apps:zoom', 'low'],
      ['messaging-apps:microsoft-phone-link', 'high'],
    ]);
  });

  it('reports recorded home folders, not the replaying machine\'s', async () => {
    const evidence = await collectMessagingApps({ probe: createReplayProbe(recording()), platform: 'win32' });
    expect(evidence.home).toBe('C:\\Users\\amy');
    expect(evidence.stores.map((s) => s.path)).toContain('C:\\Users\\amy\\Downloads\\Telegram Desktop');
  });

  it('turns calls missing from a recording into gaps, never into a clean result', async () => {
    const partial = recording();
    partial.calls = partial.calls.filter((c) => c.id !== 'messaging.win.appx');
    const evidence = await collectMessagingApps({ probe: createReplayProbe(partial), platform: 'win32' });
    expect(evidence.gaps).toContainEqual(expect.objectContaining({ error: 'not-recorded' }));
    const outcome = analyzeMessagingApps(evidence, { platform: 'win32', now: new Date('2026-11-21T09:00:00Z') });
    expect(outcome.findings.at(-1)?.id).toBe('messaging-apps:incomplete');
  });
});
