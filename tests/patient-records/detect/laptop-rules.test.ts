/** Unit tests for the rules added while playing the outside evaluator (tests/fixtures/patient-records/laptop/). */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, StructuredField } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';
import { factorByFirstLetter, scanLabels, splitAlternatives } from '../../../checks/patient-records/detect/labels.js';
import { headerKind, isCareHeader, isEmployeeHeader, isStatusWord } from '../../../checks/patient-records/detect/columns.js';
import { looksLikeOcr, normalizeOcr } from '../../../checks/patient-records/detect/normalize.js';
import { sniffFlatRecords, sniffPipeTable } from '../../../checks/patient-records/detect/markup-tables.js';
import { sniffAligned } from '../../../checks/patient-records/detect/text-tables.js';
import { isPlausibleDate } from '../../../checks/patient-records/detect/validate.js';
import { classify } from '../../../checks/patient-records/detect/classify.js';
import { addHealth, addHit, newEvidence } from '../../../checks/patient-records/detect/evidence.js';

const hits = (text: string) => scanLabels(text).map((h) => `${h.kind}${h.strength === 'pattern' ? '~' : ''}`);
const doc = (over: Partial<ExtractedDocument>): ExtractedDocument => ({ format: 'txt', encrypted: false, text: '', tables: [], fields: [], capped: false, ...over });
const known = (c: string) => headerKind(c) !== 'other';

describe('labels added for the laptop corpus', () => {
  it.each<[string, string[]]>([
    // dates written out, upper case, ordinals, compact
    ['DATE OF BIRTH: MARCH 4TH 1967', ['dob']],
    ['born 4th March 1941', ['dob']],
    ['born the 4th of March, 1941', ['dob']],
    ['DOB 19580909', ['dob']],
    ['Date of birth on file: June 2, 1949', ['dob']],
    ['DOB: Marchish 4 1967', []],
    ['DOB 19581399', []],
    // the name right before a date of birth belongs to it
    ['my son Kevin Thao (DOB 5/5/2015)', ['dob', 'name']],
    ['RE: Maria Lopez DOB: 01/02/1960', ['name', 'dob']],
    ['Subscriber DOB: 01/02/1960', ['dob']],
    // vCard, Spanish forms, insurance cards, self-introductions
    ['FN:Eleanor Whitaker\nBDAY:1938-02-14', ['name', 'dob']],
    ['Nombre del paciente: María Elena Santos\nFecha de nacimiento: 02/10/1985', ['name', 'dob']],
    ['MEMBER: JOSEPH T KRAMER', ['name']],
    ['Staff member: Oscar Reyes', []],
    ['My name is Denise Harlan and I', ['name']],
    ['this is Ray Dunbar, birthday', ['name~']],
    ['This is Important News', []],
    // flattened table rows need a given name, an initial or Last, First
    ['Patient Brianna K. Hale\n', ['name']],
    ['Patient Education Handout\n', []],
    ['Resident Council Minutes\n', []],
    // an initial and a surname after a name label
    ['Client: J. Alvarez', ['name']],
    ['Client: J. K.', []],
    ['Caller: Nancy Whitcomb (self)', ['name']],
    // a patient's account says the person is a patient
    ['Patient Account #: 100455', ['account']],
    // DICOM dumps
    ['0.00100010.Value.Alphabetic: BRENNAN^PATRICK^J\n0.00100020.Value: MFM100519\n0.00100030.Value: 19580909', ['name', 'mrn', 'dob']],
    ["(0010, 0010) Patient's Name PN: 'Doe^Peter'", ['name']],
    ['0.00100010.vr: PN', []],
    // care verbs on either side of the name
    ['I saw Mrs. Rosa Delgado today', ['name']],
    ['Luis Garcia was seen in our office', ['name']],
    ['The patient was seen today', []],
  ])('%j -> %j', (text, expected) => expect(hits(text)).toEqual(expected));

  it('marks care-verb names as prose cues and care, patient accounts as care', () => {
    const [verb] = scanLabels('Luis Garcia was seen today');
    expect(verb).toMatchObject({ care: true, prose: true, strength: 'labelled' });
    expect(scanLabels('Patient Account #: 100455')[0]?.care).toBe(true);
    expect(scanLabels('Account #: 100455')[0]?.care).toBeUndefined();
  });

  it('accepts dates in words with ordinals and "of"', () => {
    expect(isPlausibleDate('4th March 1941')).toBe(true);
    expect(isPlausibleDate('the 4th of March, 1941')).toBe(true);
    expect(isPlausibleDate('32nd March 1941')).toBe(false);
  });
});

describe('columns', () => {
  it.each<[string, string]>([['Driver License', 'drivers-license'], ['Driver #', 'drivers-license'], ['DL No', 'drivers-license'], ['License', 'provider']])(
    'headerKind %j -> %s', (h, k) => expect(headerKind(h)).toBe(k),
  );
  it.each<[string, boolean]>([['Primary Care', true], ['PCP', true], ['Primary Ins', true], ['Last Visit', true], ['Payer', true], ['Pay Rate', false], ['Item', false]])(
    'isCareHeader %j -> %s', (h, ok) => expect(isCareHeader(h)).toBe(ok),
  );
  it.each<[string, boolean]>([['Hire Date', true], ['Department', true], ['Employee Name', true], ['Patient', false]])(
    'isEmployeeHeader %j -> %s', (h, ok) => expect(isEmployeeHeader(h)).toBe(ok),
  );
  it('treats status words as not clinical', () => {
    expect(['clear', 'Pending', ' done ', 'N/A'].every(isStatusWord)).toBe(true);
    expect(['positive', 'Asthma', 'elevated'].some(isStatusWord)).toBe(false);
  });
});

describe('tables judged with the new columns', () => {
  const table = (header: string[], rows: string[][]) => inspectDocument(doc({ format: 'csv', tables: [{ header, rows }] }));
  it('reads a patient list with doctor and insurer columns as PHI, a benefits list as PII', () => {
    const rows = [['Baxter', 'Lorraine', '412-67-3390', 'Marsh', 'Aetna'], ['Pruitt', 'Alan', '530-18-2245', 'Kim', 'Cigna']];
    expect(table(['Last Name', 'First Name', 'SSN', 'Primary Care', 'Insurance'], rows).category).toBe('phi');
    expect(table(['Last Name', 'First Name', 'SSN', 'Department', 'Insurance'], rows).category).toBe('pii');
  });
  it('does not take a column of status words for results', () => {
    const v = table(['Applicant', 'Date of Birth', 'Driver License', 'Result'], [['Hannah Ostrander', '1995-03-11', 'B4410972', 'clear'], ['Marco Villanueva', '1988-12-02', 'W2217730', 'pending']]);
    expect(v.category).toBe('pii');
    expect(v.healthContext.observation).toBeUndefined();
  });
});

describe('aligned tables with one patient column', () => {
  it('reads a critical-value log whose only known header is Patient, surnames with initials as names', () => {
    const text = 'CRITICAL VALUE LOG\nDate     Time   Patient            Test        Value\n04/02    0815   Pruitt A           Potassium   6.3\n04/05    1630   Carver D           Glucose     488\n';
    const t = sniffAligned(text, known);
    expect(t?.header).toEqual(['Date', 'Time', 'Patient', 'Test', 'Value']);
    expect(inspectDocument(doc({ text })).identifiers.name).toBe(2);
  });
  it('still needs two known columns without a patient column', () => {
    expect(sniffAligned('Date     Time   Item        Value\n04/02    0815   gloves      6.3\n04/05    1630   cups        488\n', known)).toBeNull();
  });
});

describe('markup tables', () => {
  it('reads a Markdown pipe table with known headers', () => {
    const t = sniffPipeTable('## Registry\n\n| Name | DOB | Dx |\n|---|---|---|\n| Ana Souza | 02/11/1984 | asthma |\n| Irene Cho | 12/30/1966 | COPD |\n\nafter', known);
    expect(t?.header).toEqual(['Name', 'DOB', 'Dx']);
    expect(t?.rows).toEqual([['Ana Souza', '02/11/1984', 'asthma'], ['Irene Cho', '12/30/1966', 'COPD']]);
    expect(sniffPipeTable('a | b | c\nno table here', known)).toBeNull();
    expect(sniffPipeTable('| Item | Price |\n|---|---|\n| gloves | 6.10 |', known)).toBeNull();
  });
  it('reads flattened JSON records, one row per record, repeated fields as a list', () => {
    const text = 'exported: 2025-04-01\npatients.first_name: Ana\npatients.last_name: Souza\npatients.conditions: asthma\npatients.conditions: eczema\npatients.first_name: Walter\npatients.last_name: Pryce';
    const t = sniffFlatRecords(text, known);
    expect(t?.header).toEqual(['exported', 'first_name', 'last_name', 'conditions']);
    expect(t?.rows).toEqual([['', 'Ana', 'Souza', 'asthma, eczema'], ['', 'Walter', 'Pryce', '']]);
    expect(sniffFlatRecords('version: 2\nbuild.id: 44\nbuild.ok: true', known)).toBeNull();
  });
  it('reads flattened records only in JSON without structured fields', () => {
    const text = 'patients.first_name: Ana\npatients.last_name: Souza\npatients.date_of_birth: 1984-02-11\npatients.conditions: asthma';
    expect(inspectDocument(doc({ format: 'json', text })).category).toBe('phi');
  });
});

describe('OCR clean-up', () => {
  const ocr = 'Pat1ent  Name :   Gerald  Voss\nD0B :  11/03/198l   Ph0ne :  541-555-0177\nReason  for  referral :  fracture  of  the  hand';
  it('recognises spaced-out OCR text and repairs it', () => {
    expect(looksLikeOcr(ocr)).toBe(true);
    expect(looksLikeOcr('Patient Name: Gerald Voss\nDOB: 11/03/1981')).toBe(false);
    const fixed = normalizeOcr(ocr);
    expect(fixed).toContain('Patient Name :   Gerald Voss');
    expect(fixed).toContain('DOB : 11/03/1981');
    expect(fixed).toContain('Phone');
  });
  it('leaves identifiers that mix letters and digits alone', () => {
    expect(normalizeOcr('MRN  MFM100298  and  NW25-0418832  and  E11.9')).toBe('MRN MFM100298 and NW25-0418832 and E11.9');
  });
});

describe('classification', () => {
  const named = (extra: (ev: ReturnType<typeof newEvidence>) => void) => {
    const ev = newEvidence();
    extra(ev);
    return classify(ev);
  };
  it('needs less health context for a name with its date of birth than for a name alone', () => {
    const twoTerms = (ev: ReturnType<typeof newEvidence>) => ['mammogra', 'osteopor'].forEach((t) => ev.terms.add(t));
    expect(named((ev) => { addHit(ev, { kind: 'name', value: 'Lorraine Baxter', score: 0.8, strength: 'labelled' }); twoTerms(ev); })).toBeNull();
    expect(named((ev) => {
      addHit(ev, { kind: 'name', value: 'Lorraine Baxter', score: 0.8, strength: 'labelled' });
      addHit(ev, { kind: 'dob', value: '06/02/1949', score: 0.8, strength: 'labelled' });
      twoTerms(ev);
    })).toBe('phi');
  });
  it('accepts a weak name linked to a clinical line, unless the text speaks of cases or patients in general', () => {
    const ev = () => {
      const e = newEvidence();
      addHit(e, { kind: 'name', value: 'Alan Pruitt', score: 0.4, strength: 'pattern', linked: true });
      ['potassium', 'inr', 'warfarin'].forEach((t) => e.terms.add(t));
      return e;
    };
    expect(classify(ev())).toBe('phi');
    expect(classify(ev(), () => true)).toBeNull();
    const unlinked = newEvidence();
    addHit(unlinked, { kind: 'name', value: 'Alan Pruitt', score: 0.4, strength: 'pattern' });
    addHealth(unlinked, 'diagnosis', 5);
    ['potassium', 'inr', 'warfarin'].forEach((t) => unlinked.terms.add(t));
    expect(classify(unlinked)).toBeNull();
  });
});

describe('structured placeholders', () => {
  const field = (kind: StructuredField['kind'], value: string): StructuredField => ({ kind, value, source: 'HL7 PID', subject: 'PID#1' });
  it('drops the test patient of interface specs: TEST^PATIENT, 000000, 1900-01-01', () => {
    const v = inspectDocument(doc({ format: 'hl7v2', fields: [field('name', 'TEST^PATIENT'), field('mrn', '000000'), field('dob', '19000101')] }));
    expect(v.category).toBeNull();
    expect(v.identifiers).toEqual({});
  });
  it('keeps real values', () => {
    const v = inspectDocument(doc({ format: 'hl7v2', fields: [field('name', 'PRUITT^ALAN^J'), field('mrn', 'MFM100377'), field('dob', '19621130')] }));
    expect(v.category).toBe('phi');
  });
});

describe('documents', () => {
  it.each<[string, string, 'phi' | 'pii' | null]>([
    ['titled name in prose with its DOB in words', 'Dear Dr. Patel,\nI saw Mrs. Rosa Delgado (born 4 March 1961) today for her diabetes review. HbA1c 9.4% on metformin.', 'phi'],
    ['phone log with given names on clinical lines', '3/10 Gloria Mendez (541) 555-0161 needs refill lisinopril 10mg\n3/10 Ray Dunbar 541-555-0172 dizziness since starting amlodipine', 'phi'],
    ['title saying the list is of patients', 'Birthday cards (patients)\n\nDelgado, Rosa        3/4/1961\nFeeney, Maureen      3/9/1959', 'phi'],
    ['a patient of a doctor', 'My name is Denise Harlan and I have been a patient of Dr. Kim. My date of birth is 10/14/1975. My MRI was not reviewed.', 'phi'],
    ['rep email about patients in general', 'This is Jason Miller from NovaPharm. Many of your patients with diabetes and hypertension may benefit from semaglutide. A1c fell 1.8. Call 541-555-0480.', null],
    ['newsletter naming staff', 'Dr. Andrew Smith welcomes new patients with diabetes and asthma. Call (541) 555-0182.\nKendra Mills has been our lead medical assistant.', null],
    ['case study with care verbs', 'Case study: Mr. John Carter, 58, was seen for chest pain and diabetes; metformin and aspirin were started. Phone 541-555-0100.', null],
  ])('%s -> %s', (_name, text, category) => expect(inspectDocument(doc({ text })).category).toBe(category));
});

describe('label alternation grouped by first letter', () => {
  it('splits only top-level alternatives', () => {
    expect(splitAlternatives(String.raw`dob|d\.o\.b\.?|born(?: on)?|driver'?s? licen[sc]e(?: no| #)?|x[|]y`)).toEqual([
      'dob', String.raw`d\.o\.b\.?`, 'born(?: on)?', `driver'?s? licen[sc]e(?: no| #)?`, 'x[|]y',
    ]);
  });
  it('groups by first letter and keeps the order inside a group (the first label listed still wins)', () => {
    expect(factorByFirstLetter(['mrn', 'dob', 'member id', 'a?b', '(?:x)'])).toBe('m(?:rn|ember id)|d(?:ob)|a?b|(?:x)');
    const re = new RegExp(`^(?:${factorByFirstLetter(['patient ?id', 'patient'])})`, 'i');
    expect(re.exec('Patient ID: 4')?.[0]).toBe('Patient ID');
  });
});
