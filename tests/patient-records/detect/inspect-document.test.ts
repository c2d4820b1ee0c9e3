import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, StructuredField } from '../../../checks/patient-records/extracted.js';
import { inspectDocument, mergeVerdicts } from '../../../checks/patient-records/detect/index.js';

const FIXTURES = 'tests/fixtures/patient-records/detect/';
const doc = (over: Partial<ExtractedDocument>): ExtractedDocument => ({ format: 'txt', encrypted: false, text: '', tables: [], fields: [], capped: false, ...over });
const fromFixture = (name: string) => doc({ text: readFileSync(FIXTURES + name, 'utf8') });

describe('inspectDocument on hand-written documents', () => {
  it.each<[string, 'phi' | 'pii' | null, number]>([
    ['guideline-no-patient.txt', null, 0],
    ['staff-directory.csv', null, 0],
    ['provider-list.csv', null, 0],
    ['invoice-part-numbers.txt', null, 0],
    ['code-with-test-numbers.js.txt', null, 0],
    ['referral-letter.txt', 'phi', 1],
    ['appointments.csv', 'phi', 4],
    ['hr-ssn-list.csv', 'pii', 3],
    ['progress-note.md', 'phi', 1],
    ['lab-results-email.txt', 'phi', 1],
    ['claims.tsv', 'phi', 3],
    ['patient-roster-aligned.txt', 'phi', 4],
    ['appointment-schedule.csv', 'phi', 3],
    ['app-log-patient-word.log', null, 0],
    ['changelog-detector-words.md', null, 0],
    ['guideline-case-study.txt', null, 0],
    ['hipaa-training-slide.txt', null, 0],
    ['word-table-one-cell-per-line.txt', 'phi', 2],
    ['results-letter.txt', 'phi', 1],
  ])('%s -> %s (%i people)', (name, category, people) => {
    const v = inspectDocument(fromFixture(name));
    expect(v.category).toBe(category);
    if (category) expect(v.estimatedPatients).toBe(people);
  });

  it('keeps raw values out of the verdict and at most 3 masked samples', () => {
    const text = readFileSync(`${FIXTURES}referral-letter.txt`, 'utf8');
    const v = inspectDocument(doc({ text }));
    const json = JSON.stringify(v);
    for (const raw of ['Maria Lopez', '07/19/1957', 'NFC-0048213', '0048213']) expect(json).not.toContain(raw);
    expect(v.samples.length).toBeLessThanOrEqual(3);
    expect(v.samples.every((s) => s.includes('*'))).toBe(true);
  });
});

const field = (kind: StructuredField['kind'], value: string, source: string, subject?: string): StructuredField => ({ kind, value, source, ...(subject ? { subject } : {}) });

describe('inspectDocument on structured fields', () => {
  it('counts an SSN stated by the format even when SSA rules reject it (test data)', () => {
    const v = inspectDocument(doc({ format: 'hl7v2', fields: [field('name', 'Timothy Bixby', 'HL7 PID-5', 'PID#1'), field('ssn', '111-00-1234', 'HL7 PID-19', 'PID#1'), field('diagnosis', 'Asthma', 'HL7 DG1-3')] }));
    expect(v.category).toBe('phi');
    expect(v.identifiers.ssn).toBe(1);
    expect(v.samples).toContain('***-**-1234');
  });

  it('treats an identified DICOM study as PHI and a de-identified one as nothing', () => {
    const study = (name: string, id: string) => doc({ format: 'dicom', fields: [field('name', name, 'DICOM (0010,0010)'), field('patient-id', id, 'DICOM (0010,0020)')] });
    expect(inspectDocument(study('Doe^Peter', '98890234')).category).toBe('phi');
    expect(inspectDocument(study('Anonymized', '')).category).toBeNull();
    expect(inspectDocument(study('^^^^', '')).category).toBeNull();
  });

  it('does not take practitioners and NPIs for patients', () => {
    const v = inspectDocument(doc({ format: 'fhir-json', fields: [field('npi', '1245319599', 'FHIR Practitioner.identifier'), field('name', 'Jane Carter', 'FHIR Practitioner.name'), field('diagnosis', 'Asthma', 'FHIR Condition.code')] }));
    expect(v.category).toBeNull();
    expect(v.identifiers.npi).toBe(1);
  });

  it('counts distinct subjects as patients', () => {
    const fields = [1, 2, 3].flatMap((i) => [field('name', `Person${i} Example`, 'FHIR Patient.name', `Patient/${i}`), field('dob', '1970-01-0' + i, 'FHIR Patient.birthDate', `Patient/${i}`)]);
    const v = inspectDocument(doc({ format: 'fhir-json', fields: [...fields, field('observation', 'Glucose', 'FHIR Observation.code')] }));
    expect(v.estimatedPatients).toBe(3);
  });
});

describe('inspectDocument on tables and edge cases', () => {
  it('judges an extracted table by its headers and values', () => {
    const v = inspectDocument(doc({ format: 'xlsx', tables: [{ header: ['MRN', 'Last name', 'First name', 'Diagnosis'], rows: [['A1001', 'Lopez', 'Maria', 'Atrial fibrillation'], ['A1002', 'Nguyen', 'Thomas', 'Asthma']] }] }));
    expect(v).toMatchObject({ category: 'phi', estimatedPatients: 2 });
    expect(v.identifiers).toMatchObject({ mrn: 2, name: 4 });
  });

  it('reports nothing for an encrypted document (it is listed as protected by the check)', () => {
    expect(inspectDocument(doc({ encrypted: true, text: 'SSN: 512-47-3381' }))).toEqual({ category: null, identifiers: {}, healthContext: {}, estimatedPatients: 0, samples: [] });
  });

  it('handles empty documents', () => expect(inspectDocument(doc({})).category).toBeNull());
});

describe('mergeVerdicts', () => {
  it('keeps the strongest category, sums counts, counts people by distinct identifiers, and caps samples at 3', () => {
    const a = inspectDocument(fromFixture('referral-letter.txt'));
    const b = inspectDocument(fromFixture('hr-ssn-list.csv'));
    const c = inspectDocument(fromFixture('guideline-no-patient.txt'));
    const m = mergeVerdicts([c, b, a]);
    expect(m.category).toBe('phi');
    // Different people in the two listed parts: their distinct names add up.
    expect(m.estimatedPatients).toBe(a.estimatedPatients + b.estimatedPatients);
    expect(m.identifiers.ssn).toBe(b.identifiers.ssn);
    expect(m.samples.length).toBeLessThanOrEqual(3);
    expect(mergeVerdicts([b, c]).category).toBe('pii');
    expect(mergeVerdicts([]).category).toBeNull();
  });
});

describe('mergeVerdicts across parts of one file', () => {
  const body = 'Hi, results for our patient below.\nPatient: Maria Lopez\nMRN: 00482211\nDiagnosis: type 2 diabetes';
  const attachment = 'Lab Report\nPatient: Lopez, Maria\nMRN: 00482211\nDOB: 03/04/1961\nHbA1c 8.1 (high), metformin continued';
  const other = 'Referral\nPatient: James Carter\nMRN: 00917733\nDiagnosis: hypertension';

  it('counts an email body and its attachment about the same patient once', () => {
    const parts = [inspectDocument(doc({ text: body })), inspectDocument(doc({ text: attachment, member: 'lab.txt' }))];
    expect(parts.map((v) => [v.category, v.estimatedPatients])).toEqual([['phi', 1], ['phi', 1]]);
    expect(mergeVerdicts(parts).estimatedPatients).toBe(1);
  });

  it('still adds parts about different patients (distinct identifiers say so)', () => {
    const parts = [body, other, attachment].map((text) => inspectDocument(doc({ text })));
    expect(mergeVerdicts(parts).estimatedPatients).toBe(2);
    expect(mergeVerdicts([mergeVerdicts(parts.slice(0, 2)), parts[2]!]).estimatedPatients).toBe(2);
  });

  it('falls back to the largest part when verdicts carry no identifier values (e.g. read back from JSON)', () => {
    const parts = [body, other].map((text) => JSON.parse(JSON.stringify(inspectDocument(doc({ text })))) as ReturnType<typeof inspectDocument>);
    expect(mergeVerdicts(parts).estimatedPatients).toBe(1);
  });
});

describe('inspectDocument cost', () => {
  it('stays linear and fast on a large log-like text (guards against regex blow-ups)', () => {
    const line = '2024-03-04 08:00:02 DEBUG blk_-6952295868487656571 10.251.73.220:50010 size 67108864 ts 1514038530000 user=svc\n';
    const text = line.repeat(Math.ceil((4 << 20) / line.length));
    const t0 = performance.now();
    expect(inspectDocument(doc({ text })).category).toBeNull();
    // 4 MB in under 4 s is a loose floor for a loaded CI machine; unloaded it takes tens of milliseconds.
    expect(performance.now() - t0).toBeLessThan(4_000);
  });
});

describe('inspectDocument on hostile input', () => {
  it.each([
    ['long runs of digits and dashes', `${'1-'.repeat(200_000)}${'9'.repeat(200_000)}`],
    ['label soup', 'Patient: MRN: DOB: Name: RE: SSN: '.repeat(30_000)],
    ['capitalized words without end', 'Aa Bb Cc Dd '.repeat(100_000)],
    ['at signs', 'a@'.repeat(200_000)],
    ['one huge line of commas', `Name,${','.repeat(500_000)}`],
    ['unterminated SQL', `INSERT INTO t (a, b) VALUES ('${'x'.repeat(300_000)}`],
  ])('%s: finishes quickly and lists nothing', (_name, text) => {
    const t0 = performance.now();
    expect(inspectDocument(doc({ text })).category).toBeNull();
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('copes with ragged tables and odd field values', () => {
    const v = inspectDocument(doc({
      tables: [{ header: [], rows: [[], ['x'], ['a', 'b', 'c', 'd']] }, { header: ['SSN'], rows: [] }],
      fields: [field('name', '\u00fe\u00ff', 'DICOM (0010,0010)'), field('mrn', '   ', 'HL7 PID-3')],
    }));
    expect(v.samples.every((s) => !/[\u00fe\u00ff]/.test(s))).toBe(true);
  });
});
