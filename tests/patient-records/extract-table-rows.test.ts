/** Title rows and merged super-headers above a sheet's header (extract/table-rows.ts). */
import { describe, expect, it } from 'vitest';
import { splitTitleRows } from '../../checks/patient-records/extract/table-rows.js';

describe('splitTitleRows', () => {
  it('sets a merged super-header apart and keeps the labels below it as the header', () => {
    const rows = [['Patient List - March', '', ''], ['Patient', '', 'Clinical', ''], ['Last', 'First', 'DOB', 'Conditions'], ['Roe', 'Ann', '04/11/2016', 'Asthma']];
    const split = splitTitleRows(rows);
    expect(split.titles).toEqual(['Patient List - March', 'Patient Clinical']);
    expect(split.rows[0]).toEqual(['Last', 'First', 'DOB', 'Conditions']);
  });

  it.each<[string, string[][]]>([
    ['a header with a blank cell over data', [['Name', 'DOB', '', 'Notes'], ['Ann Roe', '04/11/2016', 'x', 'y']]],
    ['an index column without a name (pandas)', [['', 'name', 'dob'], ['Index', 'First', 'Last']]],
    ['a header followed by a shorter row', [['Name', 'Dept', 'Phone'], ['Ann Roe', 'Lab', '']]],
  ])('keeps the first row with two cells as the header: %s', (_why, rows) => expect(splitTitleRows(rows).rows[0]).toEqual(rows[0]));
});
