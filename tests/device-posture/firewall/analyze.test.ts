import { describe, expect, it } from 'vitest';
import { analyzeFirewall } from '../../../checks/device-posture/firewall/analyze.js';
import type { FirewallEvidence, LinuxFirewallEvidence } from '../../../checks/device-posture/firewall/evidence.js';

const ctx = { platform: 'linux' as const, now: new Date('2026-11-20T10:00:00Z'), evidenceOf: () => undefined };
const on = { ok: true as const, value: true };
const off = { ok: true as const, value: false };
const denied = { ok: false as const, error: 'denied' as const, message: 'Operation not permitted' };
const win = (profiles: [boolean | null, boolean | null, boolean | null], thirdParty: { name: string; enabled: boolean | null }[] = []): FirewallEvidence => ({
  platform: 'win32',
  source: 'Get-NetFirewallProfile',
  profiles: (['domain', 'private', 'public'] as const).map((name, i) => ({ name, enabled: profiles[i] ?? null })),
  problems: [],
  thirdParty: { ok: true, value: thirdParty },
});
const linux = (over: Partial<LinuxFirewallEvidence>): FirewallEvidence => ({ platform: 'linux', elevated: false, ufw: { installed: false, enabledAtBoot: null, active: null }, firewalld: null, nftables: null, iptables: null, ...over });

describe('analyzeFirewall verdicts', () => {
  it.each<[string, FirewallEvidence, string, string?]>([
    ['Windows all on', win([true, true, true]), 'pass'],
    ['Windows public off', win([true, true, false]), 'fail', 'Public'],
    ['Windows public off, third-party on', win([false, false, false], [{ name: 'ESET Firewall', enabled: true }]), 'unknown', 'ESET Firewall'],
    ['Windows one profile unreadable', win([true, null, true]), 'unknown', 'Private'],
    ['Windows nothing read', { platform: 'win32', source: null, profiles: [], problems: ['netsh: denied'], thirdParty: { ok: true, value: [] } }, 'unknown', 'netsh'],
    ['macOS state 1', { platform: 'darwin', state: { ok: true, value: 1 }, source: 'socketfilterfw', raw: '' }, 'pass'],
    ['macOS state 2', { platform: 'darwin', state: { ok: true, value: 2 }, source: 'socketfilterfw', raw: '' }, 'pass'],
    ['macOS state 0', { platform: 'darwin', state: { ok: true, value: 0 }, source: 'socketfilterfw', raw: '' }, 'fail', 'turned off'],
    ['macOS unreadable', { platform: 'darwin', state: { ok: false, error: 'not-found', message: 'x' }, source: null, raw: '' }, 'unknown', 'does not exist'],
    ['Linux ufw active', linux({ ufw: { installed: true, enabledAtBoot: true, active: on } }), 'pass'],
    ['Linux ufw enabled, status needs root', linux({ ufw: { installed: true, enabledAtBoot: true, active: denied } }), 'pass'],
    ['Linux firewalld running', linux({ firewalld: on }), 'pass'],
    ['Linux nft drop rules', linux({ nftables: on }), 'pass'],
    ['Linux nothing installed', linux({}), 'fail', 'No firewall software'],
    ['Linux installed but idle', linux({ ufw: { installed: true, enabledAtBoot: false, active: off }, nftables: off }), 'fail', 'none filters'],
    ['Linux rules unreadable without root', linux({ nftables: denied, iptables: denied }), 'unknown', 'sudo'],
  ])('%s', (_name, evidence, status, text) => {
    const outcome = analyzeFirewall(evidence, ctx);
    expect(outcome.status).toBe(status);
    if (status === 'pass') expect(outcome.findings).toEqual([]);
    else {
      expect(outcome.findings).toHaveLength(1);
      const [finding] = outcome.findings;
      expect(finding?.id).toMatch(/^firewall:/);
      expect(finding?.status).toBe(status);
      expect(finding?.safeguards.length).toBeGreaterThan(0);
      expect(finding?.insuranceControls).toContain('firewall');
      if (text) expect(finding?.description).toContain(text);
    }
  });

  it('marks root-only answers as needing admin', () => {
    const [finding] = analyzeFirewall(linux({ nftables: denied, iptables: denied }), ctx).findings;
    expect(finding?.needsAdmin).toBe(true);
  });
});
