/** Unit tests for the rules added for the sixth practice-laptop corpus (tests/fixtures/patient-records/laptop6/: EHR and PM exports). */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';
import { headerKind } from '../../../checks/patient-records/detect/columns.js';
import { isGivenName } from '../../../checks/patient-records/detect/given-names.js';
import { headerFromValues, sniffFixedWidth } from '../../../checks/patient-records/detect/text-tables.js';

const doc = (text: string): ExtractedDocument => ({ format: 'txt', encrypted: false, text, tables: [], fields: [], capped: false });
const known = (c: string) => c.length <= 40 && headerKind(c) !== 'other';

const DAY_SHEET = [
  'RUN DATE: 06/12/2025 17:42  OPER: KBRANDT             MAPLE CREEK FAMILY MEDICINE       PAGE:    1',
  '                                   DAY SHEET - DETAIL',
  '',
  'ACCT#   PATIENT NAME                 DOB         PROV CPT    DX1',
  '------- ---------------------------- ----------- ---- ------ --------',
  "100482  O'BRIEN, SEAN P              03/14/1961  RKO  99214  E11.65",
  '100913  NGUYEN THI, LAN              11/02/1978  RKO  99213  J01.90',
  '\f',
  'RUN DATE: 06/12/2025 17:42  OPER: KBRANDT             MAPLE CREEK FAMILY MEDICINE       PAGE:    2',
  '101355  SMITH-JONES, A.              01/05/1949  SWE  99215  I50.22',
].join('\r\n');

describe('fixed-width reports with a column underline', () => {
  it('cuts rows along the underline, names with single spaces kept whole, across pages', () => {
    const t = sniffFixedWidth(DAY_SHEET, known)!;
    expect(t.header).toEqual(['ACCT#', 'PATIENT NAME', 'DOB', 'PROV', 'CPT', 'DX1']);
    expect(t.rows.map((r) => r[1])).toContain('SMITH-JONES, A.');
    expect(t.rows.find((r) => r[0] === '100913')).toEqual(['100913', 'NGUYEN THI, LAN', '11/02/1978', 'RKO', '99213', 'J01.90']);
  });

  it('lists a day sheet, not a report of totals by provider', () => {
    expect(inspectDocument(doc(DAY_SHEET)).category).toBe('phi');
    const totals = ['DAILY TOTALS BY PROVIDER', 'PROVIDER        VISITS   CHARGES    PAYMENTS', '--------------- ------ ---------- ----------', 'RKO                 18    2410.00     640.00', 'SWE                 12    1620.00     310.00'].join('\n');
    expect(inspectDocument(doc(totals)).category).toBeNull();
  });
});

describe('delimited exports without a header row', () => {
  const recall = [
    'R|0004417|ACKERMAN|ROSALIND||19510624|555-0112|SPIROMETRY ANNUAL|20250701|COPD J44.9|MAIL',
    'R|0004502|ESPOSITO|VINCENT||19630830|555-0163|LFT RECHECK|20250711|ALC LIVER DZ K70.30|CALL',
    'R|0004604|WOJCIK|TOMASZ|J|19700606|555-0122|LIPIDS 3 MO|20250906|HLD E78.5|PORTAL',
    'R|0004650|ROURKE|SEAN||19610314|555-0134|A1C 3 MO|20250915|DM2 E11.65|TEXT',
  ].join('\n');

  it('names the surname, given-name and birth-date columns from their values', () => {
    const header = headerFromValues(recall.split('\n').map((l) => l.split('|')), isGivenName);
    expect(header?.slice(2, 6)).toEqual(['Last Name', 'First Name', 'Column 5', 'DOB']);
    expect(inspectDocument(doc(recall)).category).toBe('phi');
  });

  it('names nothing without both a name pair and birth dates', () => {
    const log = recall.replace(/\|(19\d{6})\|/g, '|ok|');
    expect(headerFromValues(log.split('\n').map((l) => l.split('|')), isGivenName)).toBeNull();
    const parts = ['P|1001|WIDGET|BLUE|19510624', 'P|1002|GASKET|RED|19630830', 'P|1003|VALVE|GREEN|19700606'];
    expect(headerFromValues(parts.map((l) => l.split('|')), isGivenName)).toBeNull();
  });
});

describe('round 8: space-laid logs and initials after "pt"', () => {
  it('cuts rows at the header cells when the row cells sit only two spaces apart', () => {
    const log = [
      'TST READING LOG - JUNE 2025',
      'Name                    DOB         Employer/Reason          Read     mm   Result',
      'Wilhelmina Osei         05/30/1990  Mercy Home Health hire   06/04    0    NEG',
      'Desmond Farquhar        01/17/1973  Cascade Millwork         06/05    14   POS - CXR ordered, TB clinic referral',
    ].join('\n');
    expect(inspectDocument(doc(log)).category).toBe('phi');
    expect(inspectDocument(doc(log)).estimatedPatients).toBe(2);
  });

  it('reads an initial and a surname after "pt" as a patient, not a lower-case word after it', () => {
    expect(inspectDocument(doc('- pt R. Gutierrez back again for the crush injury L foot, repeat XR ordered.')).category).toBe('phi');
    expect(inspectDocument(doc('- pt D. Szabo re: + drug screen, MRO to contact him Mon.')).category).toBe('phi');
    expect(inspectDocument(doc('- pt education handout reprinted; A. Restock gauze.')).category).toBeNull();
  });
});
