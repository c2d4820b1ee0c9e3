/** Unit tests for the rules added for the fifth practice-laptop corpus (tests/fixtures/patient-records/laptop5/: precision). */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, ExtractedTable } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';
import { cellFits, headerKey, headerKind } from '../../../checks/patient-records/detect/columns.js';
import { scanProseNames } from '../../../checks/patient-records/detect/prose-names.js';

const doc = (over: Partial<ExtractedDocument>): ExtractedDocument => ({ format: 'csv', encrypted: false, text: '', tables: [], fields: [], capped: false, ...over });
const judge = (header: string[], rows: string[][]) => inspectDocument(doc({ tables: [{ header, rows } satisfies ExtractedTable] }));

describe('columns that name people who are not patients', () => {
  it.each(['Rep name', 'Sales rep', 'Technician', 'Author', 'Instructor', 'Speaker', 'Candidate name'])('%s is not a name column', (h) => expect(headerKind(h)).not.toBe('name'));

  it('does not list a drug-sample log by its reps, whatever the drugs', () => {
    const log = judge(['Date', 'Drug', 'Qty', 'Rep name', 'Rep phone'], [
      ['2025-04-02', 'Jardiance 10 mg', '20', 'Craig Hollister', '(541) 555-0141'],
      ['2025-05-07', 'Eliquis 5 mg', '12', 'Derek Yun', '(541) 555-0143'],
    ]);
    expect(log.category).toBeNull();
  });

  it('reads a name and a drug in different untyped cells as two lines, a note naming both as one', () => {
    const cells = judge(['Item', 'Contact', 'Comment'], [['Jardiance 10 mg samples', 'Craig Hollister', 'restock monthly']]);
    expect(cells.category).toBeNull();
    const note = judge(['Date', 'To do'], [['06/03', 'Call Maria Lopez re: metformin refill, A1c 9.1, diabetes follow-up']]);
    expect(note.category).toBe('phi');
  });
});

describe('staff lists with birth dates', () => {
  it('is not personal data for a birthday calendar, still is for SSNs', () => {
    expect(judge(['Name', 'Role', 'Birth date'], [['Devon Price', 'MA', '01/28/1998'], ['Tom Feld', 'Front Desk', '03/11/1969']]).category).toBeNull();
    expect(judge(['Name', 'Role', 'SSN'], [['Devon Price', 'MA', '524-19-3380'], ['Tom Feld', 'Front Desk', '517-44-2918']]).category).toBe('pii');
    // Without a staff column the same names and birth dates are a person list.
    expect(judge(['Name', 'Birth date'], [['Devon Price', '01/28/1998'], ['Tom Feld', '03/11/1969']]).category).toBe('pii');
  });
});

describe('counts and places', () => {
  it('does not take a bare count for a record number', () => {
    expect(cellFits('patient-id', '31')).toBe(false);
    expect(cellFits('mrn', '123')).toBe(false);
    expect(cellFits('mrn', '1234')).toBe(true);
    expect(cellFits('mrn', 'A12')).toBe(true);
  });

  it('does not take a saint or a mountain for a person', () => {
    expect(scanProseNames('Registered Nurse - St. Charles Bend, Medical/Surgical unit').weak).toEqual([]);
    expect(scanProseNames('Charles Bend - surgical follow-up, on warfarin').weak).toHaveLength(1);
  });
});

describe('Spanish column names', () => {
  it('folds accents before matching headers', () => {
    expect(headerKey('Diagnóstico')).toBe('diagnostico');
    expect(['Nombre', 'Fecha de nacimiento', 'Teléfono', 'Diagnóstico', 'Medicamento', 'Dirección'].map(headerKind)).toEqual(['name', 'dob', 'phone', 'health', 'health', 'address']);
  });

  it('lists a Spanish patient follow-up list', () => {
    const v = judge(['Nombre', 'Fecha de nacimiento', 'Diagnóstico'], [['María Ochoa Reyna', '14/03/1967', 'Diabetes tipo 2 (E11.9)'], ['José Banda Carrizales', '02/11/1958', 'Hipertensión (I10)']]);
    expect(v.category).toBe('phi');
    expect(v.estimatedPatients).toBe(2);
  });
});
