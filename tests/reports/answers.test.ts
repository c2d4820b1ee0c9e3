import { describe, expect, it } from 'vitest';
import { AnswersError, parseAnswersYaml } from '../../reports/answers.js';
import { applyAnswers } from '../../reports/derive.js';
import { answersTemplate } from '../../reports/index.js';
import { loadFixture } from './helpers.js';

const header = 'attestedBy: "Jane Doe, Office Manager"\nattestedAt: 2026-11-20\nanswers:\n';

const problemsOf = (text: string): string[] => {
  try {
    parseAnswersYaml(text);
  } catch (err) {
    if (err instanceof AnswersError) return err.problems;
    throw err;
  }
  return [];
};

describe('parseAnswersYaml', () => {
  it('reads short and long answers, counts and comments', () => {
    const a = parseAnswersYaml(`${header}  mfa-email: yes\n  backups-tested:\n    answer: no\n    comment: never tried\n  phi-inventory: "4,200"\n  funds-transfer: n/a\n  edr: true\n`);
    expect(a.attestedBy).toBe('Jane Doe, Office Manager');
    expect(a.answers).toEqual([
      { id: 'mfa-email', answer: 'yes', line: 4 },
      { id: 'backups-tested', answer: 'no', comment: 'never tried', line: 5 },
      { id: 'phi-inventory', value: 4200, line: 8 },
      { id: 'funds-transfer', answer: 'not-applicable', line: 9 },
      { id: 'edr', answer: 'yes', line: 10 },
    ]);
  });

  it.each([
    [`${header}  mfa-emial: yes\n`, /line 4: unknown question id "mfa-emial" \(did you mean "mfa-email"\?\)/],
    [`${header}  edr: maybe\n`, /line 4: edr: answer must be one of yes, no/],
    [`${header}  phi-inventory: lots\n`, /line 4: phi-inventory takes a whole number/],
    [`${header}  edr: yes\n  edr: no\n`, /line 5: .*keys must be unique/],
    [`${header}  edr:\n    answer: yes\n    colour: blue\n`, /line 4: edr: unknown field "colour"/],
    [`answers:\n  edr: yes\n`, /attestedBy is missing/],
    [`${header.replace('2026-11-20', 'someday')}  edr: yes\n`, /line 2: attestedAt must be a date/],
    [`${header}  edr: [yes\n`, /line \d+: not valid YAML/],
    ['- just\n- a list\n', /must be a mapping/],
    [`${header}  edr: yes\nsigner: me\n`, /line 5: unknown setting "signer"/],
  ])('names the line and id for mistakes (%#)', (text, message) => {
    expect(problemsOf(text).join('\n')).toMatch(message);
  });

  it('accepts the template as written (nothing answered yet) and once filled in', () => {
    const template = answersTemplate(loadFixture('sample'), '2026-11-21');
    expect(parseAnswersYaml(template).answers).toEqual([]);
    const filled = template.replace('attestedBy: ""', 'attestedBy: "Dr. Lee, Owner"').replace(/^ {2}mfa-email:$/m, '  mfa-email: yes');
    expect(parseAnswersYaml(filled).answers.map((a) => a.id)).toEqual(['mfa-email']);
  });
});

describe('applyAnswers', () => {
  it('labels answers as attested by whom and when, and keeps what the scan said', () => {
    const report = applyAnswers(loadFixture('sample'), parseAnswersYaml(`${header}  mfa-email: yes\n  phi-inventory: 4200\n`));
    expect(report.checklist.find((c) => c.id === 'mfa-email')).toMatchObject({ answer: 'yes', basis: 'attested', attestedBy: 'Jane Doe, Office Manager', attestedAt: '2026-11-20', scanAnswer: null });
    expect(report.checklist.find((c) => c.id === 'phi-inventory')).toMatchObject({ value: 4200, basis: 'attested' });
  });

  it('flags an attestation that contradicts scan evidence', () => {
    const report = applyAnswers(loadFixture('sample'), parseAnswersYaml(`${header}  encryption-laptops: yes\n`));
    const item = report.checklist.find((c) => c.id === 'encryption-laptops');
    expect(item).toMatchObject({ answer: 'yes', basis: 'attested', scanAnswer: 'no' });
    expect(item?.conflict).toMatch(/evidence for "no"/);
  });

  it('feeds attested answers into the safeguard table', () => {
    const before = loadFixture('clean').safeguards.find((s) => s.citation === '164.308(a)(6)(ii)');
    const after = applyAnswers(loadFixture('clean'), parseAnswersYaml(`${header}  incident-response-plan: yes\n`)).safeguards.find((s) => s.citation === '164.308(a)(6)(ii)');
    expect(before?.status).toBe('needs-person');
    expect(after?.status).toBe('met');
    expect(after?.evidence.join(' ')).toMatch(/Attested yes by Jane Doe/);
  });
});
