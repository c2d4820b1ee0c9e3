/** Unit tests for the rules added for the fourth practice-laptop corpus (tests/fixtures/patient-records/laptop4/). */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, ExtractedTable } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';
import { scanLabels } from '../../../checks/patient-records/detect/labels.js';
import { formPairs, splitFormRows } from '../../../checks/patient-records/detect/tables.js';

const doc = (over: Partial<ExtractedDocument>): ExtractedDocument => ({ format: 'docx', encrypted: false, text: '', tables: [], fields: [], capped: false, ...over });
const table = (header: string[], rows: string[][]): ExtractedTable => ({ header, rows });

describe('tables laid out as forms (label, value, label, value)', () => {
  it('counts the pairs whose value fits its label, and refuses header rows', () => {
    expect(formPairs(['Client', 'Noor Al-Haddad', 'Client ID', 'SCC-1120'])).toBe(2);
    // "Mother" names a person column (a lactation or pediatric list), so her name is a pair too.
    expect(formPairs(['MRN', 'JHP-0048813', 'DOB', '09/11/2024', 'Sex', 'F', 'Mother', 'Folake Oyelaran'])).toBe(3);
    expect(formPairs(['Patient', 'DOB', 'MRN', 'Phone'])).toBe(-1);
    expect(formPairs(['Resident', 'Wound Site', 'Stage'])).toBe(1);
  });

  it('turns a visit header table into label lines and reads them as a patient', () => {
    const visit = table(['Client', 'Theodora Vasquez-Pryor', 'Client ID', 'SCC-1043'], [
      ['DOB', '04/11/1988', 'Date of service', '06/03/2025'],
      ['Time', '10:00–10:53 (53 min)', 'CPT', '90837'],
      ['Setting', 'Telehealth (video)', 'Diagnosis', 'F41.1 Generalized anxiety disorder'],
    ]);
    const split = splitFormRows(visit);
    expect(split.table).toBeNull();
    expect(split.lines[0]).toBe('Client: Theodora Vasquez-Pryor\nClient ID: SCC-1043');
    const v = inspectDocument(doc({ tables: [visit] }));
    expect(v.category).toBe('phi');
    expect(v.identifiers.mrn).toBeGreaterThan(0);
    expect(JSON.stringify(v)).not.toContain('SCC-1043');
  });

  it('keeps the table under a form block, its first row the header', () => {
    const growth = table(['MRN', 'JHP-0048813', 'DOB', '09/11/2024', 'Sex', 'F', 'Mother', 'Folake Oyelaran'], [
      ['Date', 'Age (mo)', 'Weight (kg)', 'Comment'],
      ['09/14/2024', '0.1', '2.35', 'birth weight 2.41 kg'],
      ['09/25/2024', '0.5', '2.58', ''],
    ]);
    const split = splitFormRows(growth);
    expect(split.lines).toHaveLength(1);
    expect(split.table?.header).toEqual(['Date', 'Age (mo)', 'Weight (kg)', 'Comment']);
    expect(split.table?.rows).toHaveLength(2);
  });

  it('leaves an ordinary table alone', () => {
    const list = table(['Resident', 'Wound Site', 'Stage'], [['Pettigrew, Clementine', 'sacrum', 'Stage 3 pressure injury']]);
    expect(splitFormRows(list)).toEqual({ lines: [], table: list });
  });
});

describe('staff lists', () => {
  it('reads no patient names out of the other columns of a staff list', () => {
    const staff = table(['Staff member', 'Role', 'Expires', 'Other certs'], [
      ['Mason Pryce', 'Sterilization tech', '09/30/2025', 'Infection control cert.'],
      ['Yesenia Duarte', 'EFDA', '06/30/2025', 'Radiology cert.; local anesthesia'],
    ]);
    expect(inspectDocument(doc({ tables: [staff] })).category).toBeNull();
    // The same rows under a patient header are patients.
    const patients = table(['Patient', 'Reason', 'Date', 'Notes'], staff.rows);
    expect(inspectDocument(doc({ tables: [patients] })).category).toBe('phi');
  });
});

describe('behavioral-health wording', () => {
  it('reads a client ID as a record number', () => {
    expect(scanLabels('client ID SCC-1009').map((h) => h.kind)).toEqual(['mrn']);
    // A client number elsewhere (a payroll or software account) is not a record number.
    expect(scanLabels('Client #: 000123').map((h) => h.kind)).toEqual([]);
    expect(scanLabels('our client base grew 10%').map((h) => h.kind)).toEqual([]);
  });

  it('finds the name before an age and a bracketed date of birth', () => {
    const hits = scanLabels('Marisol Etxeberria, 43 (DOB 02/27/1982), client ID SCC-1009');
    expect(hits.filter((h) => h.kind === 'name').map((h) => h.value)).toEqual(['Marisol Etxeberria']);
    expect(hits.map((h) => h.kind).sort()).toEqual(['dob', 'mrn', 'name']);
    // A number that is not an age keeps the name apart from the date.
    expect(scanLabels('Marisol Etxeberria, room 43 (DOB 02/27/1982)').filter((h) => h.kind === 'name')).toEqual([]);
  });
});
