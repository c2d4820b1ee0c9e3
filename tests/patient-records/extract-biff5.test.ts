/** Excel 5.0/95 (BIFF5, stream 'Book') workbooks read as tables: code-page LABELs, RSTRING, RK/MULRK/NUMBER, dates, formula strings. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import CFB from 'cfb';
import { extractBuffer, extractFile } from '../../checks/patient-records/extract/index.js';
import { biffVersion, readBiff } from '../../checks/patient-records/extract/xls.js';
import { inspectDocument } from '../../checks/patient-records/detect/index.js';
import { biff5Book, biff5Workbook, type Biff5Sheet } from './helpers/biff5.js';

const FIXTURES = 'tests/fixtures/patient-records/formats';
const opts = { maxBytes: 8 << 20, timeoutMs: 20_000 };
const bytes = (buffer: Buffer, name: string) =>
  extractBuffer({ buffer, name, size: buffer.length, member: undefined, capped: false, depth: 0, deadline: Date.now() + 20_000, budget: { bytes: 8 << 20 }, options: opts });

const patients: Biff5Sheet = {
  name: 'Patients',
  rows: [
    ['Westbrook Clinic - active patients'],
    ['Patient Name', 'DOB', 'Chart #', 'Visits', 'Diagnosis', 'Copay'],
    ['Hollis Brannigan', { date: '1961-08-09' }, 50311, 4, { rich: 'Chronic obstructive pulmonary disease' }, 25.75],
    ['Ines Carvalho', { date: '1984-01-30' }, 50312, 1, 'Hypothyroidism', 10.5],
    ['Desmond Achterberg', { date: '1939-05-14' }, 50313, 7, { formulaText: 'Atrial fibrillation' }, 0],
  ],
};

describe('BIFF5 (Excel 95) workbooks', () => {
  it('knows BIFF5 from BIFF8 by the BOF version', () => {
    expect(biffVersion(biff5Book([patients]))).toBe(5);
    expect(biffVersion(Buffer.from([0x09, 0x08, 8, 0, 0, 6, 5, 0]))).toBe(8);
    expect(biffVersion(Buffer.from([0x09, 0x04, 6, 0, 0, 0, 0x10, 0]))).toBeNull();
  });

  it('reads a title row, LABEL/RSTRING/formula strings, MULRK integers and date-formatted NUMBERs into a table', () => {
    const { tables, text } = readBiff(biff5Book([patients]));
    expect(text).toBe('Westbrook Clinic - active patients');
    expect(tables).toHaveLength(1);
    expect(tables[0]).toEqual({
      name: 'Patients',
      header: ['Patient Name', 'DOB', 'Chart #', 'Visits', 'Diagnosis', 'Copay'],
      rows: [
        ['Hollis Brannigan', '08/09/1961', '50311', '4', 'Chronic obstructive pulmonary disease', '25.75'],
        ['Ines Carvalho', '01/30/1984', '50312', '1', 'Hypothyroidism', '10.5'],
        ['Desmond Achterberg', '05/14/1939', '50313', '7', 'Atrial fibrillation', '0'],
      ],
    });
  });

  it('decodes 8-bit strings in the workbook code page (Windows-1251 names and sheet names)', () => {
    const sheet: Biff5Sheet = { name: '\u041f\u0430\u0446\u0438\u0435\u043d\u0442\u044b', rows: [['\u0424\u0418\u041e', 'DOB'], ['\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432', { date: '1970-02-03' }]] };
    const { tables } = readBiff(biff5Book([sheet], 1251));
    expect(tables[0]?.name).toBe(sheet.name);
    expect(tables[0]?.rows[0]?.[0]).toBe('\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432');
  });

  it('extracts a Book-stream .xls as tables and judges it phi', async () => {
    const [doc] = await bytes(biff5Workbook([patients, { name: 'Notes', rows: [['Item', 'Owner'], ['Fax toner', 'Front desk']] }]), 'active-patients.xls');
    expect(doc?.format).toBe('xls');
    expect(doc?.note).toBeUndefined();
    expect(doc?.tables.map((t) => t.name)).toEqual(['Patients', 'Notes']);
    const v = inspectDocument(doc!);
    expect(v.category).toBe('phi');
    expect(v.identifiers.dob).toBeGreaterThanOrEqual(3);
  });

  it('reads the committed Excel 95 fixture (opens in LibreOffice 7.4) with its Windows-1252 accents', async () => {
    const [doc] = await extractFile(path.join(FIXTURES, 'patient-list-excel95.xls'), opts);
    const cfb = CFB.read(path.join(FIXTURES, 'patient-list-excel95.xls'), { type: 'file' });
    expect(CFB.find(cfb, 'Book')).toBeTruthy();
    expect(CFB.find(cfb, 'Workbook')).toBeFalsy();
    const t = doc?.tables[0];
    expect(t?.header).toEqual(['Patient Name', 'DOB', 'MRN', 'Diagnosis', 'Last Visit', 'Balance']);
    expect(t?.rows.map((r) => r[0])).toEqual(['Rosalind Vexley', 'Zo\u00eb M\u00fcller-Ost', 'Tobias Fenwright']);
    expect(t?.rows[0]).toEqual(['Rosalind Vexley', '04/17/1958', '77031942', 'Type 2 diabetes mellitus', '02/14/2024', '125.5']);
    expect(t?.rows[2]?.[3]).toBe('Asthma, uncomplicated');
    expect(doc?.tables[1]?.name).toBe('Staff \u00e9quipe');
    expect(inspectDocument(doc!).category).toBe('phi');
  });

  it('keeps BIFF8 reading (LibreOffice "MS Excel 97" export of the visit log, title row above the header)', async () => {
    const [doc] = await extractFile(path.join(FIXTURES, 'visit-log.xls'), opts);
    expect(doc?.text).toContain('visit log March 2024');
    expect(doc?.tables[0]?.header).toEqual(['Patient Name', 'DOB', 'Visit Date', 'Insurance ID', 'Phone', 'Diagnosis']);
    expect(doc?.tables[0]?.rows[1]).toEqual(['Tobias Fenwright', '06/23/1990', '03/05/2024', '', '', 'Asthma, uncomplicated']);
    expect(inspectDocument(doc!).category).toBe('phi');
  });
});
