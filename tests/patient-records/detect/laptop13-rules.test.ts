/**
 * Unit tests for the rules added for the thirteenth and fourteenth practice-laptop corpora (tests/fixtures/patient-
 * records/laptop13/: an office manager's Office files; laptop14/: health-data formats and text encodings).
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, ExtractedTable, StructuredField } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';
import { headerKind } from '../../../checks/patient-records/detect/columns.js';
import { rebaseHeader } from '../../../checks/patient-records/detect/tables.js';
import { decodeText, guessEncoding } from '../../../checks/patient-records/extract/decode-text.js';
import { recordTables } from '../../../checks/patient-records/extract/xml-records.js';

const doc = (over: Partial<ExtractedDocument>): ExtractedDocument => ({ format: 'txt', encrypted: false, text: '', tables: [], fields: [], capped: false, ...over });
const table = (header: string[], rows: string[][]): ExtractedTable => ({ header, rows });

describe('office lists', () => {
  it('reads a mail-merge data source with a recall column as patients, not as a provider directory', () => {
    expect(headerKind('RecallType')).toBe('health');
    expect(headerKind('recallType    = $r.RecallType')).not.toBe('health');
    const merge = table(['FirstName', 'LastName', 'Address1', 'City', 'RecallType', 'Provider'], [
      ['Folasade', 'Oyelaran', '2217 Quarry Bend Rd', 'Kettle Ridge', 'colonoscopy - OVERDUE', 'Dr. Vogt-Mbeki'],
      ['Ferenc', 'Szabo', '48 Tannery Row', 'Kettle Ridge', 'mammogram - overdue', 'Dr. Vogt-Mbeki'],
    ]);
    expect(inspectDocument(doc({ format: 'xlsx', tables: [merge] })).category).toBe('phi');
  });

  it('reads "Guarantor / Patient" as a name column', () => {
    expect(headerKind('Guarantor / Patient')).toBe('name');
  });

  it('finds whole names in one column beside birth dates with two-digit years, in a sheet without a header', () => {
    const book = table(['9/13', 'MacAulay Ewan', '10/10/15', 'strep +', 'amox called in'], [
      ['9/13', 'Tanaka-Morales Rei', '3/8/21', 'flu A +', 'tamiflu wt based'],
      ['9/13', 'Dubois Celeste', '6-6-1992', 'covid neg / flu neg', 'supportive'],
      ['9/14', 'Oyelaran Folasade', '03/22/1961', 'UA + nitrite', 'macrobid x5d'],
    ]);
    const rebased = rebaseHeader(book);
    expect(rebased.header.slice(0, 3)).toEqual(['Column 1', 'Name', 'DOB']);
    // Products with dates are no people: no given name among their words.
    const stock = table(['9/13', 'Widget Alpha', '10/10/15', 'x', 'y'], [['9/13', 'Gadget Beta', '3/8/21', 'x', 'y'], ['9/14', 'Sprocket Gamma', '6-6-1992', 'x', 'y']]);
    expect(rebaseHeader(stock)).toBe(stock);
  });

  it('reads past a bracketed note in a header that names nothing without it', () => {
    expect(headerKind('Name (first + last initial)')).toBe('name');
    expect(headerKind('DOB (mm/dd/yyyy)')).toBe('dob');
    expect(headerKind('Weight (kg)')).toBe('other');
  });

  it('reads French headers', () => {
    expect(['Nom', 'Prénom', 'Né(e) le', 'Date de naissance', 'N° dossier'].map(headerKind)).toEqual(['name', 'name', 'dob', 'dob', 'mrn']);
  });
});

describe('contact cards', () => {
  const card = (extra: string) => ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Kendra Thorsby', extra, 'TEL;TYPE=WORK:541-555-0196', 'BDAY:1980-02-03', 'NOTE:insulin syringes\\, A1c cartridges and metformin samples', 'END:VCARD'].join('\n');

  it("reads a supply rep's business card (organization and title) as a contact, not a patient", () => {
    expect(inspectDocument(doc({ text: card('ORG:Cascade Medical Supply\nTITLE:Account Representative') })).category).not.toBe('phi');
    expect(inspectDocument(doc({ text: card('CATEGORIES:patients') })).category).toBe('phi');
  });
});

describe('structured fields of examples and templates', () => {
  const f = (kind: StructuredField['kind'], value: string, subject = 'PID#1'): StructuredField => ({ kind, value, source: 'HL7 PID', subject });

  it("drops every field of a subject named as a test chart, and keeps HL7's own example patients", () => {
    const test = inspectDocument(doc({ format: 'hl7v2', fields: [f('name', 'TEST PATIENT ONE'), f('mrn', 'A1234567'), f('dob', '19800101'), f('diagnosis', 'E11.9', '')] }));
    expect(test.category).toBeNull();
    const example = inspectDocument(doc({ format: 'hl7v2', fields: [f('name', 'ADAM A EVERYMAN'), f('mrn', 'PATID1234'), f('dob', '19610615'), f('diagnosis', 'E11.9', '')] }));
    expect(example.category).toBe('phi');
  });

  it('drops template slots', () => {
    const v = inspectDocument(doc({ format: 'hl7v2', fields: [f('name', '<FIRST> <LAST>'), f('ssn', '{{ssn}}'), f('mrn', '[MRN]'), f('diagnosis', 'E11.9', '')] }));
    expect(v.identifiers).toEqual({});
  });

  it('reads FHIR XML values kept in value attributes', () => {
    const xml = '<Patient xmlns="http://hl7.org/fhir"><name><family value="Marchetti"/><given value="Giancarlo"/></name><birthDate value="1949-01-08"/><gender value="male"/></Patient>';
    const tables = recordTables(xml);
    expect(tables.find((t) => t.name === 'name')?.rows).toEqual([['Marchetti', 'Giancarlo']]);
    expect(tables.find((t) => t.name === 'Patient')?.header).toEqual(['birthDate', 'gender']);
  });
});

describe('text encodings', () => {
  it('decodes classic Mac files (CR line ends) as Mac Roman, other 8-bit text as Windows-1252', () => {
    const mac = Buffer.from([0x50, 0x72, 0x8e, 0x6e, 0x6f, 0x6d, 0x0d, 0x49, 0x6e, 0x8e, 0x73, 0x0d]);
    expect(guessEncoding(mac)).toBe('macintosh');
    expect(decodeText(mac)).toBe('Prénom\rInés\r');
    const windows = Buffer.from([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x0d, 0x0a]);
    expect(guessEncoding(windows)).toBe('windows-1252');
    expect(decodeText(windows)).toBe('Prénom\r\n');
  });
});

describe('round 15: home health, hospice and an opioid-treatment program', () => {
  it('does not take a staff mileage log of this month for a headerless list of people and birth dates', () => {
    const mileage = table(['Staff', 'Date', 'Start', 'Miles'], [
      ['Megan Sorensen', '09/15/2025', 'Office - 410 Canal St', '38.2'],
      ['Tyrell Boateng', '09/13/2025', 'Home', '22.6'],
      ['Priya Natarajan', '09/15/2025', 'Office - 410 Canal St', '19.4'],
    ]);
    expect(rebaseHeader(mileage)).toBe(mileage);
    expect(inspectDocument(doc({ format: 'xlsx', tables: [mileage] })).category).toBeNull();
  });

  it('reads an initials column next to birth dates in a dosing log', () => {
    expect(headerKind('init')).toBe('name');
    const dosing = table(['date', 'init', 'dob', 'med', 'dose_mg'], [
      ['09/02/2025', 'R.K.', '07/22/1991', 'bup/nlx film', '8/2'],
      ['09/03/2025', 'J.A.W.', '02/05/1987', 'bup/nlx film', '4/1'],
    ]);
    expect(inspectDocument(doc({ format: 'tsv', tables: [dosing] })).category).toBe('phi');
  });

  it("reads a bereavement list's deceased column as the practice's patients", () => {
    expect(headerKind('deceased')).toBe('name');
    const mailing = table(['recipient', 'relationship', 'street', 'deceased', 'date_of_death'], [
      ['Joan Lutz', 'wife', '47 Sawmill Rd', 'Bernard Lutz', '08/29/2025'],
      ['Kevin Lutz', 'son', '1190 Harbor View Dr', 'Bernard Lutz', '08/29/2025'],
    ]);
    expect(inspectDocument(doc({ format: 'csv', tables: [mailing] })).category).toBe('phi');
  });

  it('reads "eligible" in a background-check result column as a status, not a lab result', () => {
    const checks = table(['last', 'first', 'dob', 'ssn', 'result'], [
      ['Voss', 'Carla', '10/17/1996', '183-52-7409', 'eligible'],
      ['Ortiz-Blum', 'Javier', '03/08/1989', '207-61-3358', 'eligible'],
    ]);
    expect(inspectDocument(doc({ format: 'csv', tables: [checks] })).category).toBe('pii');
  });
});
