import { describe, expect, it } from 'vitest';
import { assessBreach } from '../../reports/breach.js';
import { CONTROL_IDS } from '../../reports/control-ids.js';
import { checklistQuestions } from '../../reports/data/checklist-questions.js';
import { buildChecklist, readinessOf, readinessOrder } from '../../reports/checklist.js';
import { overallRisk, rateRisk } from '../../reports/risk.js';
import { parseReport, type Report } from '../../reports/schema.js';
import { loadFixture, loadRaw } from './helpers.js';

const withEncryption = (r: Report, systemVolumeEncrypted: boolean | null): Report => ({
  ...r,
  checks: r.checks.map((c) =>
    c.group === 'disk-encryption' ? { ...c, evidence: { volumes: [{ mount: 'C:', kind: 'system', removable: false, encrypted: systemVolumeEncrypted, reason: 'test' }], systemVolumeEncrypted } } : c,
  ),
});

describe('report fixtures', () => {
  it.each(['sample', 'clean', 'macos'] as const)('%s validates before and after deriving', (name) => {
    expect(() => loadRaw(name)).not.toThrow();
    expect(() => parseReport(JSON.parse(JSON.stringify(loadFixture(name))))).not.toThrow();
  });
});

describe('risk matrix', () => {
  it.each([
    ['low', 'high', 'high'],
    ['high', 'low', 'moderate'],
    ['moderate', 'high', 'critical'],
    ['high', 'high', 'critical'],
    ['low', 'low', 'low'],
    ['moderate', 'moderate', 'moderate'],
  ] as const)('likelihood %s x impact %s = %s', (l, i, rating) => {
    expect(rateRisk(l, i)).toBe(rating);
  });

  it('rates the unencrypted laptop with patient files critical, and the clean one low', () => {
    const sample = loadFixture('sample');
    expect(sample.risks.find((r) => r.id === 'risk:encryption-laptops')).toMatchObject({ impact: 'high', rating: 'critical' });
    expect(sample.risks.find((r) => r.id === 'risk:edr')?.rating).toBe('critical');
    expect(overallRisk(sample.risks)).toBe('critical');
    const clean = loadFixture('clean');
    expect(clean.risks).toEqual([]);
    expect(overallRisk(clean.risks)).toBe('low');
  });

  it('puts the risk with the most severe finding first among equal ratings', () => {
    const sample = loadFixture('sample');
    const critical = sample.risks.filter((r) => r.rating === 'critical').map((r) => r.id);
    expect(critical.indexOf('risk:encryption-laptops')).toBe(0);
    expect(critical).toContain('risk:edr');
  });

  it('lowers likelihood for weaknesses the scan could not confirm', () => {
    const firewall = loadFixture('macos').risks.find((r) => r.id === 'risk:firewall');
    expect(firewall).toMatchObject({ likelihood: 'low', vulnerability: expect.stringMatching(/^Not confirmed/) });
  });
});

describe('breach assessment', () => {
  it('says yes for an unencrypted laptop with patient files, counting patients from PHI only', () => {
    const b = assessBreach(loadFixture('sample'));
    expect(b.verdict).toBe('yes');
    expect(b.patients).toEqual({ min: 820, max: 1192 });
    expect(b.reasons.join(' ')).toMatch(/Social Security numbers/);
  });

  it('applies the safe harbor when patient files sit on an encrypted disk', () => {
    expect(assessBreach(loadFixture('macos')).verdict).toBe('safe-harbor');
    expect(assessBreach(loadFixture('clean')).verdict).toBe('safe-harbor');
  });

  it('never calls exposed personal data (no patient files) protected', () => {
    const sample = loadFixture('sample');
    const piiOnly = { ...sample, patientRecords: { ...sample.patientRecords!, files: sample.patientRecords!.files.filter((f) => f.category === 'pii') } };
    expect(piiOnly.patientRecords.files.length).toBeGreaterThan(0);
    const b = assessBreach(piiOnly);
    expect(b.verdict).not.toBe('safe-harbor');
    expect(b.headline).not.toMatch(/encrypted: the breach safe harbor/);
    expect(b.reasons.join(' ')).toMatch(/Social Security numbers/);
    expect(b.reasons.join(' ')).not.toMatch(/protected by encryption/);
  });

  it('cannot tell when encryption is unknown and patient files are present', () => {
    const b = assessBreach(withEncryption(loadFixture('sample'), null));
    expect(b.verdict).toBe('cannot-tell');
    expect(b.headline).toMatch(/Cannot tell/);
  });

  it('cannot tell when patient records were not searched', () => {
    const { patientRecords: _omit, ...rest } = loadFixture('sample');
    expect(assessBreach(rest as Report).verdict).toBe('cannot-tell');
  });

  it('reports "none found" for an unencrypted disk where the search found nothing', () => {
    const clean = withEncryption(loadFixture('clean'), false);
    expect(assessBreach(clean).verdict).toBe('none-found');
  });

  it('ignores unmounted volumes when matching files to disks', () => {
    const sample = loadFixture('sample');
    const r: Report = {
      ...sample,
      checks: sample.checks.map((c) =>
        c.group === 'disk-encryption' ? { ...c, evidence: { systemVolumeEncrypted: true, volumes: [{ id: 'disk2s1', mount: null, kind: 'data', removable: false, encrypted: false, reason: 'unmounted' }, { mount: 'C:', kind: 'system', removable: false, encrypted: true, reason: 'on' }] } } : c,
      ),
    };
    expect(assessBreach(r).verdict).toBe('safe-harbor');
  });

  it('judges each file by the disk it sits on', () => {
    const sample = loadFixture('sample');
    const r: Report = {
      ...sample,
      checks: sample.checks.map((c) =>
        c.group === 'disk-encryption'
          ? { ...c, evidence: { systemVolumeEncrypted: true, volumes: [{ mount: 'C:', kind: 'system', removable: false, encrypted: true, reason: 'on' }, { mount: 'E:', kind: 'removable', removable: true, encrypted: false, reason: 'off' }] } }
          : c,
      ),
    };
    const b = assessBreach(r);
    expect(b.verdict).toBe('yes'); // the lab archive on the unencrypted USB drive E:
    expect(b.patients).toEqual({ min: 1, max: 1 });
    expect(b.files.exposed).toBe(1);
  });
});

describe('checklist', () => {
  it('has a question for every control id checks may cite', () => {
    const ids = checklistQuestions.map((q) => q.id);
    expect(CONTROL_IDS.filter((c) => !ids.includes(c))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(25);
  });

  it('never turns a practice-wide pass on one device into a plain yes', () => {
    for (const name of ['sample', 'clean', 'macos'] as const) {
      for (const item of loadFixture(name).checklist) if (item.answer === 'yes') expect(item.basis, `${name} ${item.id}`).toBe('indicated');
    }
  });

  it('answers from evidence when a check proves a gap', () => {
    const edr = loadFixture('sample').checklist.find((c) => c.id === 'edr');
    expect(edr).toMatchObject({ answer: 'no', basis: 'evidence', findingIds: ['anti-malware:none-active'] });
  });

  it('leaves questions the scan cannot see to a person, and unknowns too', () => {
    const mac = loadFixture('macos').checklist;
    expect(mac.find((c) => c.id === 'mfa-email')?.basis).toBe('needs-person');
    expect(mac.find((c) => c.id === 'firewall')).toMatchObject({ basis: 'needs-person', answer: null });
  });

  it('does not let an unrelated check indicate encryption, nor any check indicate MFA', () => {
    const clean = loadFixture('clean');
    const onlyRecords = buildChecklist({ findings: [], checks: clean.checks.map((c) => (c.group === 'patient-records' ? { ...c, insuranceControls: ['phi-inventory', 'encryption-laptops'] } : c)).filter((c) => c.group !== 'disk-encryption') });
    expect(onlyRecords.find((c) => c.id === 'encryption-laptops')?.basis).toBe('needs-person');
    const accounts = buildChecklist({ findings: [], checks: clean.checks.map((c) => (c.checkId === 'accounts' ? { ...c, insuranceControls: ['account-security', 'least-privilege', 'mfa-privileged'] } : c)) });
    expect(accounts.find((c) => c.id === 'mfa-privileged')).toMatchObject({ basis: 'needs-person', answer: null });
    expect(accounts.find((c) => c.id === 'least-privilege')).toMatchObject({ basis: 'indicated', answer: 'yes' });
  });

  it('answers "partly" when the only gaps are low severity', () => {
    expect(loadFixture('macos').checklist.find((c) => c.id === 'patching')).toMatchObject({ answer: 'partial', basis: 'evidence' });
  });

  it('puts open decline-risk items first in the readiness order', () => {
    const ordered = readinessOrder(loadFixture('sample').checklist);
    const firstNonDecline = ordered.findIndex((i) => !i.declineRisk);
    expect(ordered.slice(0, firstNonDecline).every((i) => i.declineRisk && readinessOf(i) !== 'ready')).toBe(true);
    expect(readinessOf(ordered[0]!)).toBe('gap');
  });
});

describe('safeguard table', () => {
  it('marks encryption not met on the unencrypted laptop and met on the clean one', () => {
    const row = (r: Report, c: string) => r.safeguards.find((s) => s.citation === c);
    expect(row(loadFixture('sample'), '164.312(a)(2)(iv)')?.status).toBe('not-met');
    expect(row(loadFixture('clean'), '164.312(a)(2)(iv)')?.status).toBe('met');
    expect(row(loadFixture('clean'), '164.308(a)(6)(ii)')?.status).toBe('needs-person');
  });

  it('marks proposed-rule items as proposed, with the rule status', () => {
    const proposed = loadFixture('sample').safeguards.filter((s) => s.proposed);
    expect(proposed.length).toBeGreaterThanOrEqual(5);
    for (const p of proposed) expect(p.kind).toBe('proposed');
    expect(proposed.find((p) => p.citation === 'NPRM: encryption')?.status).toBe('not-met');
    expect(proposed[0]?.evidence.join(' ')).toMatch(/not final/);
  });
});
