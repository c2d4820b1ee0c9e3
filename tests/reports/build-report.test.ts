import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../checks/engine.js';
import { defineCheck, type Finding } from '../../checks/types.js';
import { parseAnswersYaml } from '../../reports/answers.js';
import { buildReport } from '../../reports/build-report.js';
import { parseReport } from '../../reports/schema.js';

const finding: Finding = {
  id: 'anti-malware:none',
  checkId: 'anti-malware',
  status: 'fail',
  severity: 'critical',
  title: 'No anti-malware',
  description: 'Nothing protects this computer.',
  remediation: ['Turn on Microsoft Defender.'],
  safeguards: ['164.308(a)(5)(ii)(B)'],
  insuranceControls: ['edr'],
  evidence: { products: [] },
};

const check = defineCheck({
  meta: { id: 'anti-malware', title: 'Anti-malware', group: 'device-posture', platforms: ['win32'], safeguards: ['164.308(a)(5)(ii)(B)'], insuranceControls: ['edr'], rationale: 'r', remediation: { win32: ['x'], darwin: ['x'], linux: ['x'] } },
  collect: async () => ({}),
  analyze: () => ({ status: 'fail', summary: 'No anti-malware.', findings: [finding] }),
});

const scan: ScanResult = {
  system: { platform: 'win32', arch: 'x64', hostname: 'PC1', username: 'frontdesk', homedir: 'C:\\Users\\frontdesk', env: {}, elevated: true },
  device: { osName: 'Windows 11 Pro', osVersion: '10.0.26100' },
  runs: [{ check, evidence: {}, outcome: { status: 'fail', summary: 'No anti-malware.', findings: [finding] }, error: null, durationMs: 5 }],
  startedAt: new Date('2026-11-20T10:00:00Z'),
  finishedAt: new Date('2026-11-20T10:01:00Z'),
  partial: false,
};

describe('buildReport', () => {
  it('derives the register, checklist and safeguards, and copies check controls', () => {
    const report = parseReport(JSON.parse(JSON.stringify(buildReport({ scan, toolVersion: '0.1.0' }))));
    expect(report.checks[0]?.insuranceControls).toEqual(['edr']);
    expect(report.risks.map((r) => r.id)).toEqual(['risk:edr']);
    expect(report.checklist.find((c) => c.id === 'edr')).toMatchObject({ answer: 'no', basis: 'evidence' });
    expect(report.safeguards.find((s) => s.citation === '164.308(a)(5)(ii)(B)')?.status).toBe('not-met');
  });

  it('applies answers given with the scan', () => {
    const answers = parseAnswersYaml('attestedBy: Dr. Lee\nattestedAt: 2026-11-20\nanswers:\n  mfa-email: yes\n');
    const report = buildReport({ scan, toolVersion: '0.1.0', answers });
    expect(report.checklist.find((c) => c.id === 'mfa-email')).toMatchObject({ basis: 'attested', attestedBy: 'Dr. Lee' });
  });
});
