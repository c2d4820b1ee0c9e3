/**
 * Unit tests for the rules added for the ninth and tenth practice-laptop corpora (tests/fixtures/patient-records/laptop9/:
 * OB/GYN, midwifery and physical therapy; laptop10/: internal medicine, cardiology and billing).
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, ExtractedTable } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';
import { headerKind } from '../../../checks/patient-records/detect/columns.js';
import { scanHealthTerms } from '../../../checks/patient-records/detect/health-terms.js';
import { scanLabels, scanWeakNames } from '../../../checks/patient-records/detect/labels.js';
import { rebaseHeader, typeColumns } from '../../../checks/patient-records/detect/tables.js';
import { sniffAligned, sniffFixedWidth } from '../../../checks/patient-records/detect/text-tables.js';
import { recordTables } from '../../../checks/patient-records/extract/xml-records.js';
import { isX12, parseX12, x12Separators } from '../../../checks/patient-records/extract/x12.js';
import { sniff } from '../../../checks/patient-records/extract/sniff.js';

const doc = (over: Partial<ExtractedDocument>): ExtractedDocument => ({ format: 'txt', encrypted: false, text: '', tables: [], fields: [], capped: false, ...over });
const category = (text: string) => inspectDocument(doc({ text })).category;
const table = (header: string[], rows: string[][]): ExtractedTable => ({ header, rows });
const known = (c: string) => c.length <= 40 && headerKind(c) !== 'other';
const names = (text: string) => scanLabels(text).filter((h) => h.kind === 'name').map((h) => h.value);

describe('obstetric, gynecologic and physical-therapy vocabulary', () => {
  it('knows the words of prenatal, postpartum and therapy notes', () => {
    const scan = scanHealthTerms('G2P1 EDD 10/7/25, GBS swab neg, Rh neg - RhoGAM today; 1hr GTT; s/p R TKA, ORIF L ankle; EPDS 14; progesterone');
    for (const term of ['gravida-para', 'edd', 'gbs swab', 'rh neg', 'rhogam', 'gtt', 's/p', 'tka', 'orif', 'epds', 'progesterone']) expect(scan.distinct).toContain(term);
  });

  it('reads gravida and para in their written forms, not in part numbers', () => {
    for (const gp of ['G2P1', 'g3 p2', 'G4P2012', 'G2P1-0-1-1']) expect(scanHealthTerms(`hx: ${gp}`).distinct).toContain('gravida-para');
    expect(scanHealthTerms('part G2P1X9 and G12').distinct.size).toBe(0);
  });
});

describe('notes typed in lower case', () => {
  const note = 'bayview pt - progress note\npt: jamal reyes-whitfield   dob 2/9/71   acct bpt-20915\ndx: s/p r tka 5/27/25 (z96.651), m17.11 primary oa r knee\n';

  it('reads a lower-case name after a patient label when it ends its cell', () => {
    expect(names(note)).toContain('jamal reyes-whitfield');
    expect(names('pt: maria lopez\nreports knee pain')).toContain('maria lopez');
  });

  it('does not read the words of a sentence after the label as a name', () => {
    expect(names('pt: john reports pain in the knee')).toEqual([]);
    expect(names('pt: stable overnight\n')).toEqual([]);
    expect(names('patient: knee pain\n')).toEqual([]);
  });

  it('lists the note, with its lower-case ICD-10 codes next to "dx"', () => {
    const v = inspectDocument(doc({ text: note }));
    expect(v.category).toBe('phi');
    expect(v.healthContext.icd10).toBe(2);
    // Without a diagnosis word near them, lower-case code shapes are nothing ("v1.e11.9" build tags).
    expect(inspectDocument(doc({ text: 'Patient: Maria Lopez, DOB 01/02/1960. build e11.9 shipped' })).healthContext.icd10 ?? 0).toBe(0);
  });

  it('reads a texted self-introduction in lower case as a weak name', () => {
    const text = '[7/12/25, 11:42 PM] Dani P: hey its danielle przybylski, sorry its so late. i think my water broke?? 36+4 today\n' +
      '[7/12/25, 11:52 PM] Dani P: should i bring my bp meds? still on the labetalol 200 for the gestational htn. was my strep test negative?';
    const hit = scanLabels(text).find((h) => h.kind === 'name');
    expect(hit?.value).toBe('danielle przybylski');
    expect(hit?.strength).toBe('pattern');
    expect(category(`Messages export - On-call midwife phone\nConversation with: Dani P (+1 828-555-0147)\n${text}`)).toBe('phi');
    expect(names("hi it's mary again, thanks")).toEqual([]);
    expect(names('this is jen calling.')).toEqual([]);
  });

  it('still reads an on-call roster as staff, but not the on-call phone log', () => {
    const rota = 'On-call schedule July\n8:00  Maria Lopez  labetalol protocol, gestational htn review, strep test audit\n(828) 555-0147';
    expect(category(rota)).toBeNull();
  });
});

describe('titled names', () => {
  it('ends a titled name at its possessive', () => {
    expect(scanWeakNames("Mrs. Alvarez's HbA1c came back").map((h) => h.value)).toEqual(['Alvarez']);
  });
});

describe('tables of the people a practice serves', () => {
  it('keeps a "Client" column beside a "Provider" column as people cared for, not a provider directory', () => {
    const clients = table(['Client', 'EDD', 'Provider', 'Cell', 'Notes'], [
      ['Aaliyah Monroe-Pierce', '8/14/25', 'Greenleaf CNM', '(828) 555-0123', 'anxiety hx, on sertraline 50mg'],
      ['Saoirse Byrne', '08/29/2025', 'Ashby CNM', '828-555-0131', 'prior PPH 2022'],
    ]);
    expect(typeColumns(clients)).toEqual(['name', 'other', 'provider', 'phone', 'other']);
    expect(inspectDocument(doc({ format: 'xlsx', tables: [clients] })).category).toBe('phi');
    // A directory of providers stays one.
    const directory = table(['Name', 'Provider', 'Phone'], [['Helen Marsh', 'Family medicine', '828-555-0190'], ['Sam Park', 'Pediatrics', '828-555-0191']]);
    expect(typeColumns(directory)).toEqual(['provider', 'provider', 'provider']);
  });

  it('reads "Mom" as a name column and "call back #" as a phone column', () => {
    expect(headerKind('Mom')).toBe('name');
    expect(headerKind('Mother')).toBe('name');
    expect(headerKind('call back #')).toBe('phone');
    expect(headerKind('pt')).toBe('name');
  });

  it('finds the columns of a CSV export that has no header row, given names with middle initials', () => {
    const noHeader = table(['20250903', '0800', 'BEGAY', 'RAYMOND T', '19490314', 'MR-100482', 'TTE'], [
      ['20250903', '0845', 'ATCITTY', 'BERNICE', '19381005', 'MR-100114', 'TTE limited'],
      ['20250903', '0930', 'YAZZIE-TSO', 'LORRAINE', '19561102', 'MR-100517', 'TTE'],
      ['20250903', '1030', 'ZIELINSKI', 'PIOTR', '19510427', 'MR-100355', 'TTE'],
    ]);
    const rebased = rebaseHeader(noHeader);
    expect(rebased.header.slice(2, 5)).toEqual(['Last Name', 'First Name', 'DOB']);
    expect(rebased.rows).toHaveLength(4);
    // A table of parts and prices stays as it is.
    const parts = table(['100000', 'widget 493644', '0', '3.97'], [['100001', 'widget 959212', '1', '18.09']]);
    expect(rebaseHeader(parts)).toBe(parts);
  });
});

describe('text tables', () => {
  it('reads short headers set two spaces apart', () => {
    const log = [
      'INR CLINIC LOG -- AUG 2025   (POC meter)',
      '-------------------------------------------------',
      'date  pt              dob         INR   wk dose',
      '8/4   Gloria M.       4/2/41      2.4   35mg',
      '8/4   Ewa Z.          12-11-1950  1.7   30mg',
    ].join('\n');
    const t = sniffAligned(log, known);
    expect(t?.header).toEqual(['date', 'pt', 'dob', 'INR', 'wk dose']);
    expect(t?.rows).toHaveLength(2);
  });

  it('keeps only dated rows of a statement batch, not the address blocks printed between them', () => {
    const batch = [
      '  DATE      PATIENT              CPT    DESCRIPTION',
      '  --------  -------------------  -----  ------------------------------',
      '  08/04/25  BEGAY, RAYMOND       93306  ECHO TTE COMPLETE W/DOPPLER',
      '  08/18/25  BEGAY, RAYMOND       93224  HOLTER 48HR RECORD/ANALYZE/INT',
      '',
      '  INSURANCE ON FILE: HIGH DESERT HEALTH PLAN  HDH447120983',
      '  MARIELA QUINTANA',
      '  07/30/25  QUINTANA-RUIZ, ESTEB  93351  STRESS ECHO W/ CONT ECG MONITOR',
    ].join('\n');
    const t = sniffFixedWidth(batch, known);
    expect(t?.rows.map((r) => r[0])).toEqual(['08/04/25', '08/18/25', '07/30/25']);
  });
});

describe('XML records kept in attributes or leaf elements', () => {
  const xml = '<ResultBatch lab="Blue Ridge"><Result accession="BRP25-071185"><Patient last="COLQUHOUN" first="WHITNEY" dob="19910422" sex="F" mrn="WC100845"/>' +
    '<Test code="88175" name="Cytopath"><Interpretation>HSIL</Interpretation></Test></Result>' +
    '<Result><Patient last="HADDAD" first="MARIAM" dob="19850116" sex="F" mrn="WC101122"/></Result></ResultBatch>';

  it('makes one table per element and attribute set that holds a person field', () => {
    const tables = recordTables(xml);
    const patients = tables.find((t) => t.name === 'Patient');
    expect(patients?.header).toEqual(['last', 'first', 'dob', 'sex', 'mrn']);
    expect(patients?.rows).toEqual([['COLQUHOUN', 'WHITNEY', '19910422', 'F', 'WC100845'], ['HADDAD', 'MARIAM', '19850116', 'F', 'WC101122']]);
  });

  it('reads fields kept in child elements, beside the nested ones', () => {
    const registry = '<Batch><Record><Patient mrn="LA-006318"><Last>Choi</Last><First>Min-jun</First><DOB>2025-07-22</DOB>' +
      '<Address><Street>55 Aspen Ridge Rd</Street><City>Larkspur Falls</City></Address></Patient></Record></Batch>';
    const tables = recordTables(registry);
    expect(tables.find((t) => t.name === 'Patient')).toMatchObject({ header: ['Last', 'First', 'DOB', 'mrn'], rows: [['Choi', 'Min-jun', '2025-07-22', 'LA-006318']] });
    expect(tables.find((t) => t.name === 'Address')?.header).toEqual(['Street', 'City']);
    expect(recordTables('<not closed')).toEqual([]);
  });

  it('leaves configuration and code attributes alone', () => {
    expect(recordTables('<appSettings><add key="timeout" value="30"/><add key="host" value="x"/></appSettings>')).toEqual([]);
    expect(recordTables('<code code="7980" displayName="penicillin G" codeSystem="2.16" codeSystemName="RxNorm"/>')).toEqual([]);
  });

  it('counts the rows past the cap instead of keeping them', () => {
    const many = `<r>${'<Patient name="Ann Lee" dob="1970-01-01"/>'.repeat(5)}</r>`;
    const [t] = recordTables(many, 3);
    expect(t?.rows).toHaveLength(3);
    expect(t?.rowsTotal).toBe(5);
  });
});

describe('X12 claims and remittances', () => {
  const isa = 'ISA*00*          *00*          *ZZ*HIGHDESERTHP   *ZZ*MESARIM01      *250815*0612*^*00501*000004417*0*P*:~';
  const era = [
    isa, 'GS*HP*HIGHDESERTHP*MESARIM01*20250815*0612*4417*X*005010X221A1~', 'ST*835*0001~',
    'N1*PE*MESA RIM INTERNAL MEDICINE*XX*1598347726~', 'LX*1~',
    'CLP*100482-0804*1*1450*1102.18*0*12*25216E039920*11*1~', 'NM1*QC*1*BEGAY*RAYMOND*T***MI*HDH447120983~',
    'NM1*82*1*BRZEZINSKA-WARD*HALINA****XX*1467029181~', 'SVC*HC:93306*1450*1102.18**1~',
    'CLP*100633-0806*4*385*0*0*12*25218E041187*11*1~', 'NM1*QC*1*NGUYEN*THI HONG****MI*HDH558031776~', 'SVC*HC:93224*385*0**1~',
    'SE*12*0001~',
  ].join('\n');

  it('takes its separators from the ISA header', () => {
    expect(isX12(isa)).toBe(true);
    expect(isX12('ISA is a savings account')).toBe(false);
    expect(x12Separators(isa)).toEqual({ element: '*', component: ':', segment: '~' });
    expect(sniff(Buffer.from(era), 'remit_snippet.txt')).toBe('x12');
  });

  it('reads patients, member ids, claim accounts and procedures, and leaves the providers out', () => {
    const { fields } = parseX12(era);
    const of = (kind: string) => fields.filter((f) => f.kind === kind).map((f) => f.value);
    expect(of('name')).toEqual(['RAYMOND T BEGAY', 'THI HONG NGUYEN']);
    expect(of('member-id')).toEqual(['HDH447120983', 'HDH558031776']);
    expect(of('account')).toEqual(['100482-0804', '100633-0806']);
    expect(of('procedure')).toEqual(['93306', '93224']);
    expect(JSON.stringify(fields)).not.toContain('BRZEZINSKA');
  });

  it('reads birth dates, addresses and diagnosis codes of an 837 subscriber loop', () => {
    const claim = [isa, 'NM1*IL*1*ODUYA*SAMUEL****MI*6PW9DK4RT27~', 'N3*12 ELM ST~', 'DMG*D8*19500214*M~', 'CLM*A100*175***11:B:1~', 'HI*ABK:E119*ABF:I10~'].join('');
    const { fields } = parseX12(claim);
    expect(fields.filter((f) => f.subject === 'NM1#1').map((f) => f.kind)).toEqual(['name', 'member-id', 'address', 'dob']);
    expect(fields.filter((f) => f.kind === 'diagnosis').map((f) => f.value)).toEqual(['E119', 'I10']);
  });

  it('lists a remittance with patients, and not one with only the payer and payee', () => {
    expect(inspectDocument(doc({ format: 'x12', ...parseX12(era) })).category).toBe('phi');
    const plbOnly = [isa, 'ST*835*0001~', 'N1*PR*HIGH DESERT HEALTH PLAN~', 'N1*PE*MESA RIM*XX*1598347726~', 'PLB*1598347726*20251231*WO:X*-25~'].join('');
    expect(inspectDocument(doc({ format: 'x12', ...parseX12(plbOnly) })).category).toBeNull();
  });
});
