import { describe, expect, it } from 'vitest';
import { runScan } from '../../checks/engine.js';
import { createReplayProbe, parseRecording } from '../../checks/probe/recording.js';
import { defineCheck, type Check, type ScanOptions } from '../../checks/types.js';
import { buildReport } from '../../reports/build-report.js';
import { parseReport } from '../../reports/schema.js';

const OPTIONS: ScanOptions = { paths: [], allVolumes: false, exclude: [], include: [], maxFileBytes: 1e6, fileTimeoutMs: 1000, workers: 1, cacheDir: null };

const probe = createReplayProbe(
  parseRecording({
    format: 'practice-audit-recording',
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    toolVersion: 'fixture',
    system: { platform: 'linux', arch: 'x64', hostname: 'exam-room-2', username: 'nurse', homedir: '/home/nurse', env: {}, elevated: false },
    calls: [
      { id: 'device.os', kind: 'si', result: { ok: true, value: { distro: 'Ubuntu', release: '24.04.1 LTS' } } },
      { id: 'fake.value', kind: 'run', result: { ok: true, exitCode: 0, stdout: '42', stderr: '' } },
    ],
  }),
);

const meta = (id: string, platforms: Check['meta']['platforms'] = ['win32', 'darwin', 'linux']) => ({
  id,
  title: id,
  group: 'device-posture' as const,
  platforms,
  safeguards: ['164.312(a)(1)'],
  insuranceControls: [],
  rationale: 'test',
  remediation: { win32: [], darwin: [], linux: [] },
});

const reader = defineCheck<{ value: number }>({
  meta: meta('reader'),
  collect: async ({ probe: p }) => ({ value: Number((await p.run('fake.value', ['x'])).stdout) }),
  analyze: (e) => ({
    status: e.value > 10 ? 'fail' : 'pass',
    summary: `value ${e.value}`,
    findings: [{ id: 'reader:value', checkId: 'reader', status: 'fail', severity: 'low', title: 'Value too high', description: 'd', remediation: [], safeguards: [], insuranceControls: [], evidence: { value: e.value } }],
  }),
});
const crossReader = defineCheck<null>({
  meta: meta('cross'),
  collect: () => Promise.resolve(null),
  analyze: (_e, ctx) => ({ status: 'pass', summary: `saw ${JSON.stringify(ctx.evidenceOf('reader'))}`, findings: [] }),
});
const broken = defineCheck<null>({
  meta: meta('broken'),
  collect: () => Promise.reject(new Error('probe exploded')),
  analyze: () => ({ status: 'pass', summary: '', findings: [] }),
});
const windowsOnly = defineCheck<null>({ meta: meta('win-only', ['win32']), collect: () => Promise.resolve(null), analyze: () => ({ status: 'pass', summary: '', findings: [] }) });

describe('runScan', () => {
  it('collects, analyzes with other checks evidence, isolates failures and skips other platforms', async () => {
    const events: string[] = [];
    const scan = await runScan({ probe, checks: [reader, crossReader, broken, windowsOnly], options: OPTIONS, progress: (e) => events.push(`${e.kind}:${'checkId' in e ? e.checkId : ''}`) });
    expect(scan.runs.map((r) => r.check.meta.id)).toEqual(['reader', 'cross', 'broken']);
    expect(scan.runs[0]?.outcome?.status).toBe('fail');
    expect(scan.runs[1]?.outcome?.summary).toBe('saw {"value":42}');
    expect(scan.runs[2]?.error).toMatch(/could not collect: probe exploded/);
    expect(events).toContain('check-start:reader');
    expect(events).toContain('check-end:broken');

    const report = parseReport(buildReport({ scan, toolVersion: '0.0.1' }));
    expect(report.device).toMatchObject({ hostname: 'exam-room-2', user: 'nurse', os: { name: 'Ubuntu', version: '24.04.1 LTS', platform: 'linux' } });
    expect(report.checks.find((c) => c.checkId === 'broken')?.status).toBe('error');
    expect(report.errors).toContainEqual(expect.objectContaining({ checkId: 'broken', kind: 'check-failed' }));
    expect(report.findings.map((f) => f.id)).toEqual(['reader:value']);
  });

  it('marks the scan partial and skips remaining checks once cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const scan = await runScan({ probe, checks: [reader], options: OPTIONS, signal: controller.signal });
    expect(scan.partial).toBe(true);
    expect(scan.runs[0]?.error).toMatch(/cancelled/);
  });
});
