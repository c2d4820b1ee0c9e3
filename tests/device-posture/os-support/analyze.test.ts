import { describe, expect, it } from 'vitest';
import { analyzeOsSupport } from '../../../checks/device-posture/os-support/analyze.js';
import type { OsSupportEvidence } from '../../../checks/device-posture/os-support/evidence.js';
import type { OsIdentity } from '../../../checks/device-posture/os-support/eol.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const ctx = { platform: 'win32' as const, now: NOW, evidenceOf: () => undefined };
const win = (build: number, edition: 'consumer' | 'enterprise' = 'consumer'): OsIdentity => ({ family: 'windows', name: `Windows build ${build}`, build, edition, displayVersion: null, patch: 1 });
const recent = { ok: true as const, value: { day: '2026-11-12', source: 'Get-HotFix', coversFrom: null, name: 'KB5068861' } };
const ev = (os: OsIdentity, over: Partial<OsSupportEvidence> = {}): OsSupportEvidence => ({ platform: 'win32', os: { ok: true, value: os }, lastUpdate: recent, pendingUpdates: null, restartPending: { ok: true, value: false }, ...over });

describe('analyzeOsSupport verdicts (scan date 2026-11-20)', () => {
  it.each<[string, OsSupportEvidence, string, string[]]>([
    ['Windows 11 25H2 Pro, patched last week', ev(win(26200)), 'pass', []],
    ['Windows 11 24H2 Pro: support ended 2026-10-13', ev(win(26100)), 'fail', ['os-support:support']],
    ['Windows 11 24H2 Enterprise: supported to 2027', ev(win(26100, 'enterprise')), 'pass', []],
    ['Windows 10 22H2: only with ESU', ev(win(19045)), 'fail', ['os-support:support']],
    ['Windows 10 1909: long dead', ev(win(18363)), 'fail', ['os-support:support']],
    ['Windows Server: not in data', ev({ family: 'windows', name: 'Windows Server 2022', build: 20348, edition: 'server', displayVersion: null, patch: 1 }), 'unknown', ['os-support:support']],
    ['macOS 26, patched', ev({ family: 'macos', name: 'macOS 26.1', version: '26.1' }, { platform: 'darwin', restartPending: null }), 'pass', []],
    ['macOS 14 after its expected end', ev({ family: 'macos', name: 'macOS 14.8', version: '14.8' }, { platform: 'darwin', restartPending: null }), 'unknown', ['os-support:support']],
    ['macOS 12', ev({ family: 'macos', name: 'macOS 12.7', version: '12.7.6' }, { platform: 'darwin', restartPending: null }), 'fail', ['os-support:support']],
    ['Debian 12 in LTS', ev({ family: 'linux', name: 'Debian 12', id: 'debian', version: '12' }, { platform: 'linux', restartPending: null }), 'fail', ['os-support:support']],
    ['Ubuntu 24.04, 5 security updates waiting', ev({ family: 'linux', name: 'Ubuntu 24.04', id: 'ubuntu', version: '24.04' }, { platform: 'linux', restartPending: null, pendingUpdates: { ok: true, value: { total: 12, security: 5 } } }), 'fail', ['os-support:pending-updates']],
    ['updates 70 days old', ev(win(26200), { lastUpdate: { ok: true, value: { day: '2026-09-11', source: 'Get-HotFix', coversFrom: null } } }), 'fail', ['os-support:updates']],
    ['restart pending', ev(win(26200), { restartPending: { ok: true, value: true } }), 'fail', ['os-support:restart-pending']],
    ['no upgrade in a log covering 5 months', ev(win(26200), { lastUpdate: { ok: true, value: { day: null, source: '/var/log/dpkg.log', coversFrom: '2026-06-01' } } }), 'fail', ['os-support:updates']],
    ['no upgrade in a log covering 2 weeks', ev(win(26200), { lastUpdate: { ok: true, value: { day: null, source: '/var/log/dpkg.log', coversFrom: '2026-11-10' } } }), 'unknown', ['os-support:updates']],
    ['update history unreadable', ev(win(26200), { lastUpdate: { ok: false, error: 'timeout', message: 'Get-HotFix timed out' } }), 'unknown', ['os-support:updates']],
    ['OS unidentified', ev(win(26200), { os: { ok: false, error: 'not-recorded', message: 'x' } }), 'unknown', ['os-support:support']],
  ])('%s', (_name, evidence, status, findingIds) => {
    const outcome = analyzeOsSupport(evidence, ctx);
    expect(outcome.status).toBe(status);
    expect(outcome.findings.map((f) => f.id)).toEqual(findingIds);
    for (const f of outcome.findings) expect(f.insuranceControls.length).toBe(1);
  });

  it('grades severity by how much support is left', () => {
    const sev = (os: OsIdentity) => analyzeOsSupport(ev(os), ctx).findings[0]?.severity;
    expect(sev(win(18363))).toBe('critical');
    expect(sev(win(19045))).toBe('high');
    expect(sev({ family: 'linux', name: 'Debian 12', id: 'debian', version: '12' })).toBe('medium');
  });

  it('warns in the summary when support ends within 90 days', () => {
    expect(analyzeOsSupport(ev(win(22631, 'enterprise')), { ...ctx, now: new Date('2026-10-01T00:00:00Z') }).summary).toContain('only 40 days left');
    expect(analyzeOsSupport(ev(win(26200)), ctx).summary).not.toContain('days left');
  });

  it('Windows 10 wording mentions ESU and the scan cannot see enrolment', () => {
    const [finding] = analyzeOsSupport(ev(win(19045)), ctx).findings;
    expect(finding?.description).toMatch(/2025-10-14/);
    expect(finding?.description).toMatch(/Extended Security Updates/);
  });
});
