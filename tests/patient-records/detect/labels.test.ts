import { describe, expect, it } from 'vitest';
import { scanEmails } from '../../../checks/patient-records/detect/email.js';
import { scanLabels, scanWeakNames } from '../../../checks/patient-records/detect/labels.js';
import { isNameCell, isOrgName, isPersonName, trimName } from '../../../checks/patient-records/detect/names.js';

const kinds = (text: string) => scanLabels(text).map((h) => h.kind);

describe('scanLabels', () => {
  it.each<[string, string[]]>([
    ['DOB: 03/15/1985', ['dob']],
    ['Date of Birth (DOB)\n3/4/1961', ['dob']],
    ['born on March 5, 1960', ['dob']],
    ['DOB: 13/13/1985', []],
    ['Date of Birth: ____', []],
    ['MRN: MRN-12345-ABC', ['mrn']],
    ['Patient ID\n\n197-996-9513-0', ['mrn']],
    ['Chart #: 00482211', ['mrn']],
    ['MRN: pending', []],
    ['Member ID: XYZ998877665', ['member-id']],
    ['Policy number 12 ', []],
    ['my passport number is 912803456', ['passport']],
    ['driver license is H12234567', ['drivers-license']],
    ['bank account number is 912803456', ['bank-account']],
    ['Account #: 0098123', ['account']],
    ['Patient: John Ortega', ['name']],
    ['Patient Name: Levin, Henry L.', ['name']],
    ['Pt: SMITH, JOHN', ['name']],
    ['RE: Maria Lopez DOB: 01/02/1960', ['name', 'dob']],
    ['Employee Name: Click here to enter text.', []],
    ['name: ACME Codes for Cholesterol in Serum', []],
    ['Patient: a 45-year-old man with chest pain', []],
    ['Name: Northside Family Clinic', []],
    ['Patient: John Doe', []],
    ['RE: Holiday Party', []],
    ['Name: Metformin Hydrochloride', []],
    ['Saw patient Maria Lopez today', ['name']],
    ['Pt. Thomas Nguyen DOB 2/3/1980', ['name', 'dob']],
    ['Patient Education Handout', []],
    ['Patient Portal Instructions', []],
    ['RE: Diabetes Program', []],
    ['Re: Lopez, Maria', ['name']],
    ['Patient: Jane Q. Public', []],
    ['The patient was admitted for pneumonia.', []],
  ])('%j -> %j', (text, expected) => expect(kinds(text)).toEqual(expected));

  it('marks patient labels as a care relationship, other name labels not', () => {
    expect(scanLabels('Patient: John Ortega')[0]?.care).toBe(true);
    expect(scanLabels('Emergency contact: Jane Ortega')[0]?.care).toBeUndefined();
  });
});

describe('scanWeakNames', () => {
  it.each<[string, number]>([
    ['Dear Mrs. Alvarez, your results are in.', 1],
    ['Sally Bobbins (Wife)', 1],
    ['Dr. Allen Park reviewed it', 0],
    ['Mr. And Mrs. were invited', 0],
  ])('%j -> %i', (text, n) => expect(scanWeakNames(text)).toHaveLength(n));
});

describe('scanEmails', () => {
  it.each<[string, number]>([
    ['write to john.smith@example.com today', 1],
    ['a@b.co and c.d+tag@sub.example.org', 2],
    ['info@clinic.example.com or support@example.com', 0],
    ['user@localhost', 0],
    ['@@@ not an address @', 0],
  ])('%j -> %i', (text, n) => expect(scanEmails(text)).toHaveLength(n));
});

describe('names', () => {
  it.each<[string, boolean]>([
    ['John Ortega', true],
    ['Levin, Henry L.', true],
    ['Alfred550 West559', true],
    ['John', false],
    ['Click Here', false],
    ['Date Of Birth', false],
    ['PCP512 Clinic', false],
  ])('isPersonName %j -> %s', (v, ok) => expect(isPersonName(v)).toBe(ok));
  it.each<[string, boolean]>([['ROBERT', true], ['Aragon', true], ['The Northern Hospital [Epping]', false], ['PCP512', false], ['jwhite@domain.com', false], ['', false]])(
    'isNameCell %j -> %s',
    (v, ok) => expect(isNameCell(v)).toBe(ok),
  );
  it.each<[string, boolean]>([['Frankston Private Hospital', true], ['Vision Day Surgery Footscray', true], ['Western Victoria', false]])('isOrgName %j -> %s', (v, ok) =>
    expect(isOrgName(v)).toBe(ok),
  );
  it('trims label words captured after a name', () => expect(trimName('John Smith DOB')).toBe('John Smith'));
});
