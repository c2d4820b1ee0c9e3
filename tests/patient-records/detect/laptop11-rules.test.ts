/**
 * Unit tests for the rules added for the eleventh and twelfth practice-laptop corpora (tests/fixtures/patient-records/
 * laptop11/: pediatrics and child & family therapy; laptop12/: an IT consultant's laptop of interfaces, exports,
 * scripts and logs).
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, ExtractedTable } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';
import { cellFits, headerKind } from '../../../checks/patient-records/detect/columns.js';
import { dataBlocks, xmlFragments } from '../../../checks/patient-records/detect/code-text.js';
import { isNameCell, isOrgName, isStandInName } from '../../../checks/patient-records/detect/names.js';
import { normalizeText } from '../../../checks/patient-records/detect/normalize.js';
import { typeColumns } from '../../../checks/patient-records/detect/tables.js';
import { parseSqlDump } from '../../../checks/patient-records/extract/sql-dump.js';
import { sniff } from '../../../checks/patient-records/extract/sniff.js';

const doc = (over: Partial<ExtractedDocument>): ExtractedDocument => ({ format: 'txt', encrypted: false, text: '', tables: [], fields: [], capped: false, ...over });
const verdict = (text: string) => inspectDocument(doc({ text }));
const table = (header: string[], rows: string[][]): ExtractedTable => ({ header, rows });

describe('bookings and session logs', () => {
  it('reads the name after the service in a calendar line, before an age', () => {
    const text = [
      '15:00 CBT #5 - Daphnée Estimé (11) — GAD / school avoidance. 90837. / Mom Widlyne cell 612-555-0149',
      '14:00 INTAKE 90791 - Tou Yang (14) — Ref by Dr. Solberg: self-harm + PHQ-A 19. / Dad 651 555 0156',
    ].join('\n');
    const v = verdict(text);
    expect(v.category).toBe('phi');
    expect(v.identifiers.name).toBe(2);
    // The same words with no clinical content on the line name nobody.
    expect(verdict('12:00 Lunch - Tou Yang (14) — pizza order\n13:00 Meeting - Daphnée Estimé (11) — budget').category).toBeNull();
  });

  it('reads initials written as a log key next to a date of birth', () => {
    const log = [
      '2025-09-02T16:00:03 INFO session.start room=rb-cho-2 client=K.T.L. dob=03/22/2010 consent_telehealth=Y',
      '2025-09-02T16:56:12 INFO session.end room=rb-cho-2 client=K.T.L. dur=00:56:09 cpt=90837 mod=95 dx=F32.1',
      '2025-09-04T08:15:02 INFO billing.export retry client=D.W. dob=11/30/2012 cpt=90834 dx=F43.10 ok',
    ].join('\n');
    const v = verdict(log);
    expect(v.category).toBe('phi');
    expect(v.samples).toContain('K.*.*.');
  });
});

describe('test, demo and de-identified charts', () => {
  it('knows the names and numbers of test charts, and keeps surnames that only look like them', () => {
    for (const name of ['QC', 'DEMO PATIENT', 'ZZTEST, INTERFACE', 'TEST PATIENT ONE', 'TEST^PATIENT', 'John Q Public']) expect(isStandInName(name)).toBe(true);
    // pydicom's "Test^S R" is a listed sample, and "Model Employee" the filled name of a public form.
    for (const name of ['Test^S R', 'Model Employee', 'Sampson Trent']) expect(isStandInName(name)).toBe(false);
    expect(isNameCell('QC')).toBe(false);
    const v = inspectDocument(doc({ format: 'hl7v2', fields: [{ kind: 'mrn', value: 'ANON0001', source: 'x' }, { kind: 'mrn', value: 'WCF-999999', source: 'x' }, { kind: 'diagnosis', value: 'E11.9', source: 'x' }] }));
    expect(v.identifiers.mrn ?? 0).toBe(0);
  });

  it('skips a device export row of a QC model eye or a demo chart, and the null birth date', () => {
    const oct = table(['PatientID', 'LastName', 'FirstName', 'DOB', 'ExamDate', 'Classification'], [
      ['QC-MODELEYE', 'QC', 'MODEL EYE', '1900-01-01', '2025-10-01', 'QC PASS'],
      ['DEMO0001', 'DEMO', 'PATIENT', '1950-01-01', '2025-10-09', 'Within Normal Limits'],
    ]);
    expect(inspectDocument(doc({ format: 'csv', tables: [oct] })).category).toBeNull();
    expect(cellFits('dob', '1900-01-01')).toBe(false);
    expect(cellFits('dob', '01/01/1900')).toBe(false);
    // The exam date three columns from the DOB header is not taken for the birth date.
    expect(typeColumns(oct)[4]).toBe('other');
  });
});

describe('technical and payment files', () => {
  it('names no person after a software, server or gateway name', () => {
    expect(isOrgName('IrisChart FHIR Server')).toBe(true);
    expect(verdict('software.name: IrisChart FHIR Server\nrest.resource.type: Patient\ncode: glaucoma').category).toBeNull();
  });

  it('reads a taxpayer id column as SSNs and keeps a payee list out of prose', () => {
    expect(headerKind('tin')).toBe('ssn');
    const payees = table(['payee', 'tin_type', 'tin', 'routing', 'account', 'notes'], [
      ['Raymond Ochoa', 'SSN', '293-50-6617', '042107855', '100384471', 'cabling for the x-ray room'],
      ['Tri-State Low Voltage LLC', 'EIN', '31-4459902', '044301672', '7009312265', ''],
    ]);
    expect(inspectDocument(doc({ format: 'csv', tables: [payees] })).category).toBe('pii');
  });

  it('reads SQL Server INSERT scripts (no INTO, N strings, CAST values, GO between statements)', () => {
    const sql = [
      'INSERT [dbo].[APPT] ([APPT_ID], [PAT_LNAME], [PAT_FNAME], [PAT_DOB], [APPT_START], [REASON]) VALUES (88201, N\'VANDERMOLEN\', N\'KRISTOF\', N\'19610419\', CAST(N\'2025-10-06T08:20:00.000\' AS DateTime), N\'6 wk post-op R TKA\')',
      'GO',
      'INSERT [dbo].[APPT] ([APPT_ID], [PAT_LNAME], [PAT_FNAME], [PAT_DOB], [APPT_START], [REASON]) VALUES (88202, N\'ASHDOWN\', N\'PHILIPPA\', N\'19550127\', CAST(N\'2025-10-06T08:40:00.000\' AS DateTime), N\'wound check\')',
      'GO',
    ].join('\n');
    const [t] = parseSqlDump(sql);
    expect(t?.header).toEqual(['APPT_ID', 'PAT_LNAME', 'PAT_FNAME', 'PAT_DOB', 'APPT_START', 'REASON']);
    expect(t?.rows.map((r) => [r[1], r[5]])).toEqual([['VANDERMOLEN', '6 wk post-op R TKA'], ['ASHDOWN', 'wound check']]);
    // Plain multi-row inserts still read every tuple.
    expect(parseSqlDump("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y');")[0]?.rows).toEqual([['1', 'x'], ['2', 'y']]);
  });

  it('routes a PowerShell script opening with a comment block as text, not XML', () => {
    expect(sniff(Buffer.from('<#\n.SYNOPSIS\n  Clears print jobs\n#>\nparam()\n'), 'Fix-PrintQueue.ps1')).toBe('text');
    expect(sniff(Buffer.from('<?xml version="1.0"?><a/>'), 'x.xml')).toBe('xml');
    expect(sniff(Buffer.from('<!-- note --><a/>'), 'x.xml')).toBe('xml');
  });

  it('reads a table pasted into a script here-string or a fenced block, and not one-line test values', () => {
    const script = [
      '$recallCsv = @"',
      'LastName,FirstName,DOB,Phone,Reason',
      'Sorensen,Birgit,09/03/1949,(740) 555-0162,POAG OU - IOP check + HVF 24-2 for glaucoma',
      'Rinaldi,Gemma,02/08/1990,7405550194,Plaquenil (hydroxychloroquine 400 mg) screen for lupus',
      '"@',
      '$rows = $recallCsv | ConvertFrom-Csv',
    ].join('\n');
    expect(dataBlocks(script)).toHaveLength(1);
    expect(verdict(script).category).toBe('phi');
    expect(dataBlocks('```csv\nName,DOB\nAnn Lee,1/2/1960\nBo Li,3/4/1970\n```')).toHaveLength(1);
    expect(dataBlocks('x = "one line"')).toEqual([]);
  });

  it('spaces out file names so a copy log of scans named after patients reads like text', () => {
    expect(normalizeText('New File  412893  Okafor_Chinwe_DOB1984-03-17_MRI_L_knee_Mercy.pdf')).toContain('Okafor Chinwe DOB1984-03-17 MRI L knee Mercy.pdf');
    expect(normalizeText('see config_file_name and my_var_x')).toBe('see config_file_name and my_var_x');
    const log = '    New File  412893  Okafor_Chinwe_DOB1984-03-17_MRI_L_knee_Mercy.pdf\n    New File  288120  Haverford_Dean_DOB1952-11-08_CT_chest_lung_nodule.pdf';
    expect(verdict(log).category).toBe('phi');
  });

  it('reads XML payloads dumped into a log as records, the prescriber left out', () => {
    const log = [
      '2025-10-06 13:52:47 DEBUG [erx-gw-3] >>> NewRx MessageID=CEA-RX-0417',
      '<Message>',
      '  <Patient><HumanPatient><Name><LastName>PRUITT</LastName><FirstName>ELEANOR</FirstName></Name></HumanPatient></Patient>',
      '  <Prescriber><Name><LastName>AMBROSE</LastName><FirstName>NADIA</FirstName></Name></Prescriber>',
      '  <MedicationPrescribed><DrugDescription>latanoprost 0.005% ophthalmic</DrugDescription><Diagnosis>Primary open-angle glaucoma, bilateral</Diagnosis></MedicationPrescribed>',
      '</Message>',
    ].join('\n');
    expect(xmlFragments(log)).toHaveLength(1);
    const v = verdict(log);
    expect(v.category).toBe('phi');
    expect(v.samples.join(' ')).not.toContain('A******');
  });
});
