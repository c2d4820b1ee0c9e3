/** Unit tests for the rules added in the second outsider round (tests/fixtures/patient-records/laptop2/). */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';
import { scanLabels } from '../../../checks/patient-records/detect/labels.js';

const hits = (text: string) => scanLabels(text).map((h) => `${h.kind}${h.strength === 'pattern' ? '~' : ''}`);
const doc = (over: Partial<ExtractedDocument>): ExtractedDocument => ({ format: 'txt', encrypted: false, text: '', tables: [], fields: [], capped: false, ...over });
const category = (text: string) => inspectDocument(doc({ text })).category;

describe('a surname alone after a patient label', () => {
  it.each<[string, string[]]>([
    ['Pt: Okafor    Rm 3\nBP 182/104, on amlodipine 10', ['name~']],
    ['Patient: Nguyen\nA1c 8.2, metformin increased', ['name~']],
    ["Patient: O'Brien, follow up on warfarin", ['name~']],
    ['Patient Name: McDonald\tDx: asthma, albuterol', ['name~']],
    // no clinical line near it: not kept
    ['Patient: Nguyen\nRoom 4\n\n\nParking validated', []],
    // states and form words, not surnames
    ['Patient: Stable\nContinue metformin', []],
    ['Pt: Established\nhypertension, lisinopril', []],
    ['Pt: seen today, metformin refilled', []],
    ['Patient: Declined   flu vaccine', []],
    ['Pt: Male\nasthma', []],
  ])('%j -> %j', (text, expected) => expect(hits(text)).toEqual(expected));

  it('lists a short visit note with the surname only, not a note whose patient line is a state', () => {
    expect(category('Pt: Okafor    Rm 3    4/9/25\nBP 182/104 recheck 176/100. Hx HTN, on amlodipine 10. Add chlorthalidone 12.5. Recheck 2 wks.')).toBe('phi');
    expect(category('Pt: Stable    Rm 3    4/9/25\nBP 182/104 recheck 176/100. Hx HTN, on amlodipine 10. Add chlorthalidone 12.5. Recheck 2 wks.')).toBeNull();
  });
});

describe('dcmdump text', () => {
  it.each<[string, string[]]>([
    ['(0010,0010) PN [Okonkwo^Chiamaka]                       #  16, 1 PatientName', ['name']],
    ['(0010,0020) LO [MFM100601]                              #  10, 1 PatientID', ['mrn']],
    ['(0010,0030) DA [19960617]                               #   8, 1 PatientBirthDate', ['dob']],
    ["(0010, 0010) Patient's Name                      PN: 'Doe^Peter'", ['name']],
    ['(0010,0010) PN (no value available)                     #   0, 0 PatientName', []],
  ])('%j -> %j', (text, expected) => expect(hits(text)).toEqual(expected));
});

describe('label cells and headings before a date of birth', () => {
  it.each<[string, string[]]>([
    // a column gap stands for the colon when the label opens the line (PDF text of a form table)
    ['Patient name   Rosamund Achterberg\nDate of birth   02/02/1944', ['name', 'dob']],
    ['Name\tIgnatius Pell-Haworth', ['name']],
    ['Patient Name   Provider   Reason', []],
    ['Name   Home Phone   Email', []],
    ['See the patient name   Rosamund Achterberg', []],
    // a heading that runs into the name before DOB
    ['PROGRESS NOTE ZELLWEGER, OTTOLINE DOB 03/14/1980', ['dob', 'name']],
    ['Consent Form DOB: ____', []],
  ])('%j -> %j', (text, expected) => expect(hits(text)).toEqual(expected));

  it('marks a patient label cell as care, a plain name cell not', () => {
    expect(scanLabels('Patient name   Rosamund Achterberg')[0]?.care).toBe(true);
    expect(scanLabels('Name   Rosamund Achterberg')[0]?.care).toBeUndefined();
  });
});

describe('vocabulary, given names and care-home lists', () => {
  it('reads pressure injuries and wounds as diagnoses', () => {
    const v = inspectDocument(doc({ text: 'x', tables: [{ header: ['Resident', 'Wound Site', 'Stage'], rows: [['Pettigrew, Clementine', 'sacrum', 'Stage 3 pressure injury'], ['Oyelowo, Barnaby', 'left heel', 'Stage 2 pressure injury']] }] }));
    expect(v.category).toBe('phi');
    expect(v.healthContext['care-relationship']).toBeGreaterThan(0);
  });

  it('knows common given names beyond the US top list (a name on a clinical line)', () => {
    expect(category('Gwen - can you call Marek Szczepanski back today? His chest x-ray shows a right lower lobe pneumonia. Start azithromycin 500 mg.')).toBe('phi');
    expect(category('The copier on the second floor will be serviced Thursday morning.')).toBeNull();
  });
});

describe('round 2, batch 2: dictations, phone logs and training examples', () => {
  const dictation = (opening: string) =>
    category(`${opening} who comes in today for follow-up of his COPD. He had an exacerbation in January treated with prednisone.`);

  it('takes a titled full name described by age as the patient of a dictation', () => {
    expect(dictation('Mr. Anselm Thistlewood is a 72-year-old gentleman')).toBe('phi');
    expect(dictation('Mrs. Rosamund Achterberg, an 81 year old woman')).toBe('phi');
    expect(dictation('Ms. Odalys Haverford, 12 y/o,')).toBe('phi');
  });

  it('does not take a titled name without an age, a surname alone, or an age that is not a person\'s', () => {
    expect(dictation('Mr. Anselm Thistlewood, the new practice manager,')).toBeNull();
    expect(dictation('Mr. Thistlewood is a 72-year-old gentleman')).toBeNull();
    expect(dictation('Mr. Anselm Thistlewood has a 72 page report')).toBeNull();
  });

  it('drops a titled, aged name in a case study', () => {
    expect(category('Case study: Mr. Anselm Thistlewood is a 72-year-old man with COPD treated with prednisone and tiotropium.')).toBeNull();
  });

  it('reads a Caller column as names, a bracketed note after the name left out of the mask', () => {
    const v = inspectDocument(doc({ text: '', tables: [{ header: ['Date', 'Caller', 'Callback #', 'Message'], rows: [
      ['2025-03-03', 'Juno Delacroix (mom of Kasimir)', '(303) 555-0111', 'Kasimir out of Adderall, wants refill'],
      ['2025-03-03', 'Pieter Rautenbach', '(303) 555-0133', 'Dizzy since starting amlodipine'],
    ] }] }));
    expect(v.category).toBe('phi');
    expect(v.estimatedPatients).toBe(2);
    expect(v.samples).toContain('J*** D********');
    // The same log with nothing clinical in the messages is a call list, not a record.
    const calls = inspectDocument(doc({ text: '', tables: [{ header: ['Date', 'Caller', 'Callback #', 'Message'], rows: [
      ['2025-03-03', 'Juno Delacroix', '(303) 555-0111', 'asked about parking'],
      ['2025-03-03', 'Pieter Rautenbach', '(303) 555-0133', 'vendor, call back Monday'],
    ] }] }));
    expect(calls.category).toBeNull();
  });

  it('drops "John Smith" on a sample form in training material, but not a real John Smith on a chart', () => {
    const sample = 'HIPAA training\nWhat counts as PHI? For example, a fax cover sheet reading:\nPatient: John Smith DOB: 01/01/1970 Dx: diabetes';
    expect(category(sample)).toBeNull();
    expect(category('Patient: John Smith DOB: 04/12/1961 Dx: type 2 diabetes, metformin 500 mg')).toBe('phi');
    // Only the well-known example names are dropped in teaching texts.
    expect(category('For example, see the note below.\nPatient: Oriel Fenwick-Ash DOB: 01/29/1969 Dx: rheumatoid arthritis')).toBe('phi');
  });
});
