import { describe, expect, it } from 'vitest';
import { headerKind, isPatientHeader } from '../../../checks/patient-records/detect/columns.js';
import { newEvidence } from '../../../checks/patient-records/detect/evidence.js';
import { judgeTable, rebaseHeader, typeColumns } from '../../../checks/patient-records/detect/tables.js';
import { sniffAligned, sniffDelimited, sniffSqlInserts } from '../../../checks/patient-records/detect/text-tables.js';

describe('headerKind', () => {
  it.each([
    ['SSN', 'ssn'], ['Social Security #', 'ssn'], ['Data of Birth (DOB)', 'dob'], ['BIRTHDATE', 'dob'], ['BIRTHPLACE', 'other'],
    ['MRN', 'mrn'], ['Chart No', 'mrn'], ['Patient ID', 'mrn'], ['PATIENT', 'patient-id'], ['Member ID', 'member-id'],
    ['First and Last Name', 'name'], ['LAST', 'name'], ['Company Name', 'other'], ['NPI', 'provider'], ['Specialty', 'provider'],
    ['Phone', 'phone'], ['E-mail', 'email'], ['Street Address', 'address'], ['CCN', 'credit-card'], ['Routing number', 'bank-account'],
    ['PASSPORT', 'passport'], ['DRIVERS', 'drivers-license'], ['Diagnosis', 'health'], ['REASONDESCRIPTION', 'health'],
    ['COVERED_MEDICATIONS', 'other'], ['Revenue', 'other'], ['ENCOUNTER', 'health'], ['UNCOVERED_ENCOUNTERS', 'other'], ['', 'other'],
  ])('%j -> %s', (h, kind) => expect(headerKind(h)).toBe(kind));
  it.each([['Patient', true], ['Patient Name', true], ['Patients Seen', false], ['Provider', false]])('isPatientHeader %j -> %s', (h, ok) => expect(isPatientHeader(h)).toBe(ok));
});

describe('typeColumns', () => {
  it('confirms kinds with values and drops columns whose values do not fit', () => {
    expect(typeColumns({ header: ['SSN', 'Name', 'DOB'], rows: [['n/a', 'Ana Ruiz', 'soon'], ['', 'Bo Li', 'later']] })).toEqual(['other', 'name', 'other']);
  });
  it('finds the DOB column when exports shift values under the wrong header', () => {
    expect(typeColumns({ header: ['First and Last Name', 'SSN', 'Data of Birth (DOB)'], rows: [['Ana Ruiz', '6/7/1981'], ['Bo Li', '7/8/1981']] })).toEqual(['name', 'dob', 'other']);
  });
  it('reads a NAME column of hospitals as organizations, not people', () => {
    const rows = [['Frankston Private Hospital'], ['Western Victoria'], ['Vision Day Surgery Footscray'], ['Latrobe Regional Hospital']];
    expect(typeColumns({ header: ['NAME'], rows })).toEqual(['other']);
  });
  it('turns a provider directory into provider columns', () => {
    expect(typeColumns({ header: ['NPI', 'Name', 'Phone'], rows: [['1245319599', 'Jane Carter', '555-201-3344']] })).toEqual(['provider', 'provider', 'provider']);
  });
});

describe('judgeTable', () => {
  it('counts identifiers, health columns and distinct patients (by the key column)', () => {
    const ev = newEvidence();
    const free = judgeTable({ name: 'patients', header: ['PATIENT', 'CODE', 'DESCRIPTION'], rows: [['6872def5-772f', '44054006', 'Diabetes (disorder)'], ['6872def5-772f', '38341003', 'Hypertension (disorder)'], ['a0b63e97-b6fd', '195662009', 'Pharyngitis (disorder)']] }, ev);
    expect(ev.identifiers['patient-id']).toBe(3);
    expect(ev.rows).toBe(2);
    expect(ev.health['care-relationship']).toBe(1);
    expect(free).toContain('Hypertension (disorder)');
  });
  it('scales the people found in the kept rows to the rows the extractor counted', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`MRN${1000000 + i}`, '03/04/1960', 'Asthma']);
    const ev = newEvidence();
    judgeTable({ header: ['MRN', 'DOB', 'Diagnosis'], rows, truncated: true, rowsTotal: 800 }, ev);
    expect(ev.rows).toBe(800);
    const whole = newEvidence();
    judgeTable({ header: ['MRN', 'DOB', 'Diagnosis'], rows }, whole);
    expect(whole.rows).toBe(100);
  });
});

describe('text tables', () => {
  const known = (c: string) => headerKind(c) !== 'other';
  it('sniffs tab- and comma-delimited text, not prose', () => {
    expect(sniffDelimited('Name\tb\tc\n1\t2\t3\n4\t5\t6\n', known)?.header).toEqual(['Name', 'b', 'c']);
    expect(sniffDelimited('name,"city, state"\nAna,"Reno, NV"\nBo,"Elko, NV"\n', known)?.rows[0]).toEqual(['Ana', 'Reno, NV']);
    expect(sniffDelimited('One sentence, with a comma.\nAnother one here.\nA third, and a fourth, line.\n', known)).toBeNull();
    expect(sniffDelimited('2016-09-28 04:30:30, Info, CBS\n2016-09-28 04:30:31, Info, CSI\n2016-09-28 04:30:32, Info, CSI\n', known)).toBeNull();
  });
  it('finds a header among the first lines of a space-aligned report', () => {
    const t = sniffAligned('Report\n\nName     DOB         Phone\nAna Ruiz   1/2/1960   555-201-3344\nBo Li   3/4/1970   555-201-3345\n', (c) => headerKind(c) !== 'other');
    expect(t?.header).toEqual(['Name', 'DOB', 'Phone']);
    expect(t?.rows).toHaveLength(2);
  });
  it('reads SQL INSERT tuples with quotes and NULLs', () => {
    const [t] = sniffSqlInserts("INSERT INTO `patients` (`id`, `name`, `ssn`) VALUES\n('A1', 'O''Brien, Ann', '512473381'),\n('A2', NULL, '610224471');");
    expect(t?.header).toEqual(['id', 'name', 'ssn']);
    expect(t?.rows).toEqual([['A1', "O'Brien, Ann", '512473381'], ['A2', '', '610224471']]);
  });
});

describe('rebaseHeader', () => {
  it('skips title rows above the real header', () => {
    const t = rebaseHeader({ header: ['Northside Clinic patient list', ''], rows: [['printed 03/04/2024', ''], ['Patient Name', 'DOB'], ['Maria Lopez', '07/19/1957']] });
    expect(t.header).toEqual(['Patient Name', 'DOB']);
    expect(t.rows).toEqual([['Maria Lopez', '07/19/1957']]);
  });
  it('keeps a header that already names columns', () => {
    const t = { header: ['Name', 'DOB'], rows: [['Ana Ruiz', '1/2/1960']] };
    expect(rebaseHeader(t)).toBe(t);
  });
});

describe('name columns that hold no people', () => {
  it.each<[string, string[], string[][]]>([
    ['drug table', ['Name', 'Class', 'Dose'], [['Metformin', 'Biguanide', '500 mg'], ['Lisinopril', 'ACE inhibitor', '10 mg'], ['Atorvastatin', 'Statin', '20 mg']]],
    ['dosing by patient group', ['Patient', 'Dose'], [['Adult', '10 mg'], ['Child', '5 mg'], ['Elderly', '5 mg']]],
    ['conditions', ['Name', 'Code'], [['Asthma Severe', 'J45.50'], ['Diabetes Type', 'E11.9']]],
  ])('%s', (_name, header, rows) => expect(typeColumns({ header, rows })[0]).toBe('other'));

  it('keeps first/last name columns with single tokens', () => {
    expect(typeColumns({ header: ['First', 'Last'], rows: [['Maria', 'Lopez'], ['Thomas', 'Nguyen']] })).toEqual(['name', 'name']);
  });
});
