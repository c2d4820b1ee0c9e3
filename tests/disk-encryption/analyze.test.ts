import { describe, expect, it } from 'vitest';
import { analyzeDiskEncryption, SAFE_HARBOR, severityFor } from '../../checks/disk-encryption/analyze.js';
import { redactRaw, summarizeVolumes } from '../../checks/disk-encryption/collect.js';
import type { VolumeVerdict } from '../../checks/disk-encryption/evidence.js';
import type { Platform } from '../../checks/types.js';

const vol = (over: Partial<VolumeVerdict>): VolumeVerdict => ({ id: 'C:', mount: 'C:\\', device: null, kind: 'system', removable: false, encrypted: true, state: 'on', reason: 'r.', source: 'test', ...over });
const analyze = (platform: Platform, volumes: VolumeVerdict[]) => {
  const evidence = summarizeVolumes(platform, volumes, [], {});
  return { evidence, outcome: analyzeDiskEncryption(evidence, { platform, now: new Date(0), evidenceOf: () => undefined }) };
};

describe('severity table', () => {
  it.each([
    [{ kind: 'system', encrypted: false, state: 'off' }, 'critical'],
    [{ kind: 'system', encrypted: false, state: 'suspended' }, 'critical'],
    [{ kind: 'system', encrypted: false, state: 'hardware-only' }, 'critical'],
    [{ kind: 'system', encrypted: false, state: 'deferred' }, 'high'],
    [{ kind: 'system', encrypted: false, state: 'encrypting' }, 'medium'],
    [{ kind: 'system', encrypted: null, state: 'needs-admin' }, 'high'],
    [{ kind: 'data', encrypted: false, state: 'off' }, 'high'],
    [{ kind: 'removable', encrypted: false, state: 'not-encrypted' }, 'high'],
    [{ kind: 'swap', encrypted: false, state: 'not-encrypted' }, 'medium'],
    [{ kind: 'data', encrypted: null, state: 'unknown' }, 'medium'],
  ] as const)('%j -> %s', (over, severity) => {
    expect(severityFor(vol(over))).toBe(severity);
  });
});

describe('outcome and device summary', () => {
  it.each([
    ['all encrypted', [vol({}), vol({ id: 'D:', kind: 'data' })], 'pass', true, true, 'likely', 0],
    ['system plain', [vol({ encrypted: false, state: 'off' })], 'fail', false, false, 'not-available', 1],
    ['system fine, USB stick plain', [vol({}), vol({ id: 'E:', kind: 'removable', removable: true, encrypted: false, state: 'off' })], 'fail', true, true, 'likely', 1],
    ['system fine, swap plain', [vol({ id: '/', mount: '/' }), vol({ id: 'swap:/dev/sda5', kind: 'swap', encrypted: false, state: 'not-encrypted' })], 'fail', true, false, 'not-available', 1],
    ['system unknown', [vol({ encrypted: null, state: 'needs-admin', needsAdmin: true })], 'unknown', null, null, 'unknown', 1],
    ['network share ignored', [vol({}), vol({ id: '/mnt/nas', kind: 'other', encrypted: null, state: 'network' })], 'pass', true, true, 'likely', 0],
    ['nothing found', [], 'unknown', null, null, 'unknown', 1],
  ] as const)('%s', (_name, volumes, status, system, device, harbor, findings) => {
    const { evidence, outcome } = analyze('linux', [...volumes]);
    expect(outcome.status).toBe(status);
    expect(evidence).toMatchObject({ systemVolumeEncrypted: system, deviceEncrypted: device, safeHarbor: harbor });
    expect(outcome.findings).toHaveLength(findings);
    for (const f of outcome.findings) {
      expect(f.safeguards).toEqual(['164.312(a)(2)(iv)', '164.310(d)(1)']);
      expect(f.description).toContain(SAFE_HARBOR);
      expect(f.remediation.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['win32', /Control Panel > System and Security > BitLocker Drive Encryption/],
    ['darwin', /System Settings > Privacy & Security/],
    ['linux', /LUKS/],
  ] as const)('%s remediation names the exact place', (platform, re) => {
    const { outcome } = analyze(platform, [vol({ encrypted: false, state: 'off' })]);
    expect(outcome.findings[0]?.remediation.join(' ')).toMatch(re);
  });

  it('gives stable finding ids per volume', () => {
    const { outcome } = analyze('linux', [vol({ id: '/', encrypted: false }), vol({ id: 'swap:/dev/vda5', kind: 'swap', encrypted: false })]);
    expect(outcome.findings.map((f) => f.id)).toEqual(['disk-encryption:volume:/', 'disk-encryption:volume:swap:/dev/vda5']);
  });

  it('removes BitLocker recovery passwords from raw outputs', () => {
    expect(redactRaw('Password:\n  254793-568007-425557-712855-251119-474815-445082-696212\n')).toBe('Password:\n  [recovery password removed]\n');
  });
});
