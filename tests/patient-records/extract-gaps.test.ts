/** Extraction gaps reported by the detector engineer: Word/ODF tables, DICOM strings, xls numbers, PDF lines, merged parts. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer, extractFile } from '../../checks/patient-records/extract/index.js';
import { inspectDocument } from '../../checks/patient-records/detect/index.js';
import { decodeDicomString, dicomEncoding } from '../../checks/patient-records/extract/dicom-strings.js';
import { joinTextItems } from '../../checks/patient-records/extract/pdf-lines.js';
import CFB from 'cfb';
import { buildZip } from '../bench/synthetic-formats.js';
import { makePerson, rng } from '../bench/synthetic-people.js';

const SAMPLES = '../shared/samples/phi';
const opts = { maxBytes: 8 << 20, timeoutMs: 20_000 };
const r = rng(11);
const people = Array.from({ length: 4 }, () => makePerson(r));
const header = ['Patient Name', 'DOB', 'MRN', 'Diagnosis'];
const grid = [header, ...people.map((p) => [`${p.given} ${p.family}`, p.dob, p.mrn, p.dx[1]])];
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const bytes = (buffer: Buffer, name: string) => extractBuffer({ buffer, name, size: buffer.length, member: undefined, capped: false, depth: 0, deadline: Date.now() + 20_000, budget: { bytes: 8 << 20 }, options: opts });

describe('Word and OpenDocument tables', () => {
  const wordXml = `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Clinic list</w:t></w:r></w:p><w:tbl><w:tblPr/>${grid
    .map((r) => `<w:tr><w:trPr/>${r.map((c) => `<w:tc><w:tcPr/><w:p><w:r><w:t>${esc(c)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`)
    .join('')}</w:tbl></w:body></w:document>`;
  const odfXml = `<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:text><table:table table:name="T1"><table:table-header-rows><table:table-row>${header
    .map((c) => `<table:table-cell><text:p>${c}</text:p></table:table-cell>`)
    .join('')}</table:table-row></table:table-header-rows>${grid
    .slice(1)
    .map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`).join('')}<table:table-cell/></table:table-row>`)
    .join('')}</table:table></office:text></office:body></office:document-content>`;

  it('emits a docx table with its first row as header, besides the text', async () => {
    const [doc] = await bytes(buildZip([{ name: 'word/document.xml', data: Buffer.from(wordXml) }]), 'list.docx');
    expect(doc?.format).toBe('docx');
    expect(doc?.tables).toHaveLength(1);
    expect(doc?.tables[0]?.header).toEqual(header);
    expect(doc?.tables[0]?.rows).toEqual(grid.slice(1));
    expect(doc?.text).toContain('Clinic list');
    expect(inspectDocument(doc!).estimatedPatients).toBe(people.length);
  });

  it('emits an odt table (header rows, empty self-closing cells keep their column)', async () => {
    const odt = buildZip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), store: true },
      { name: 'content.xml', data: Buffer.from(odfXml) },
    ]);
    const [doc] = await bytes(odt, 'list.odt');
    expect(doc?.format).toBe('odt');
    expect(doc?.tables[0]?.header).toEqual(header);
    expect(doc?.tables[0]?.rows[0]).toEqual([...(grid[1] ?? []), '']);
  });

  it('reads the tables of a real docx (nested table stays inside its cell)', async () => {
    const [doc] = await extractFile(path.join(SAMPLES, 'negative/docx_unstructured_docx-tables.docx'), opts);
    expect(doc?.tables.length).toBeGreaterThanOrEqual(2);
    expect(doc?.tables[0]?.header).toEqual(['Header Col 1', 'Header Col 2']);
  });
});

describe('DICOM strings by VR and Specific Character Set', () => {
  it('reads OtherPatientIDsSequence items of CT_small as printable ids, not sequence bytes', async () => {
    const [doc] = await extractFile(path.join(SAMPLES, 'positive/dicom_pydicom_CT_small.dcm'), opts);
    const ids = doc?.fields.filter((f) => f.kind === 'patient-id') ?? [];
    expect(ids.some((f) => f.source.includes('(0010,1002)'))).toBe(true);
    for (const f of doc?.fields ?? []) expect(f.value).toMatch(/^[\x20-\x7e]+$/);
  });

  it('decodes per character set, trims space/NUL padding and drops binary values', () => {
    const utf8 = dicomEncoding('ISO_IR 192');
    expect(decodeDicomString(Buffer.from('M\u00fcller^J\u00fcrgen ', 'utf8'), 'PN', utf8)).toBe('M\u00fcller^J\u00fcrgen');
    expect(decodeDicomString(Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x00]), 'PN', dicomEncoding('ISO_IR 100'))).toBe('M\u00fcller');
    expect(decodeDicomString(Buffer.from([0xb8, 0xd2, 0xd0, 0xdd]), 'PN', dicomEncoding('ISO_IR 144'))).toBe('\u0418\u0432\u0430\u043d');
    expect(decodeDicomString(Buffer.from('1CT1\0', 'latin1'), 'LO', dicomEncoding(undefined))).toBe('1CT1');
    expect(decodeDicomString(Buffer.from([0xfe, 0xff, 0x00, 0xe0, 0x20, 0x00]), 'SQ', utf8)).toBeNull();
    expect(decodeDicomString(Buffer.from([0xfe, 0xff, 0x00, 0xe0, 0x41]), undefined, 'latin1')).toBeNull();
    expect(decodeDicomString(Buffer.from('   \0\0'), 'LO', 'latin1')).toBeNull();
  });
});

/** BIFF8 record. */
const rec = (type: number, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts);
  const h = Buffer.alloc(4);
  h.writeUInt16LE(type, 0);
  h.writeUInt16LE(body.length, 2);
  return Buffer.concat([h, body]);
};
const u16 = (...n: number[]): Buffer => Buffer.concat(n.map((v) => Buffer.from([v & 0xff, v >> 8])));
const u32 = (n: number): Buffer => Buffer.from(Uint32Array.of(n).buffer);
const f64 = (n: number): Buffer => Buffer.from(Float64Array.of(n).buffer);
const rk = (n: number): Buffer => u32(((n << 2) | 2) >>> 0);
const serial = (iso: string): number => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
const bof = (kind: number): Buffer => rec(0x0809, u16(0x0600, kind), Buffer.alloc(12));
const xlsStr16 = (s: string): Buffer => Buffer.concat([u16(s.length), Buffer.from([0]), Buffer.from(s, 'latin1')]);

/** A BIFF8 workbook (in an OLE file) of `grid`: names in a shared-string table split by CONTINUE, DOBs as date-formatted NUMBERs, ids and visit dates as MULRK, or a FILEPASS record. */
const xlsOf = (encrypted = false): Buffer => {
  const strings = [...header, 'Visit Date', ...grid.slice(1).flatMap((r) => [r[0] as string, r[3] as string])];
  const sstBody = Buffer.concat([u32(strings.length), u32(strings.length), ...strings.map(xlsStr16)]);
  // Split inside the first name: the CONTINUE record restarts with its own flags byte.
  const cut = 8 + strings.slice(0, 5).reduce((n, s) => n + 3 + s.length, 0) + 3 + 2;
  const sst = Buffer.concat([rec(0x00fc, sstBody.subarray(0, cut)), rec(0x003c, Buffer.from([0]), sstBody.subarray(cut))]);
  const xf = (fmt: number): Buffer => rec(0x00e0, u16(0, fmt), Buffer.alloc(16));
  const sheetName = Buffer.concat([Buffer.from([8, 0]), Buffer.from('Patients', 'latin1')]);
  const head = (sheetAt: number): Buffer =>
    Buffer.concat([bof(0x0005), ...(encrypted ? [rec(0x002f, Buffer.alloc(6))] : []), rec(0x041e, u16(164), xlsStr16('yyyy-mm-dd')), xf(0), xf(14), xf(164), rec(0x0085, u32(sheetAt), u16(0), sheetName), sst, rec(0x000a)]);
  const cells: Buffer[] = [];
  [...header.slice(0, 3), 'Visit Date', header[3] as string].forEach((_, c) => cells.push(rec(0x00fd, u16(0, c, 0), u32(c < 3 ? c : c === 3 ? 4 : 3))));
  grid.slice(1).forEach((r, i) => {
    const row = i + 1;
    const p = people[i]!;
    cells.push(rec(0x00fd, u16(row, 0, 0), u32(5 + 2 * i)));
    cells.push(rec(0x0203, u16(row, 1, 1), f64(serial(p.dobIso))));
    cells.push(rec(0x00bd, u16(row, 2), u16(0), rk(4_100_200 + i), u16(2), rk(serial('2024-03-0' + (i + 1))), u16(3)));
    cells.push(rec(0x00fd, u16(row, 4, 0), u32(6 + 2 * i)));
  });
  const sheet = Buffer.concat([bof(0x0010), ...cells, rec(0x000a)]);
  const wb = Buffer.concat([head(head(0).length), sheet]);
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/Workbook', wb);
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Buffer);
};

describe('legacy .xls cells', () => {
  it('reads numbers, date-formatted numbers (DOB), RK/MULRK ids and shared strings across CONTINUE into a table', async () => {
    const [doc] = await bytes(xlsOf(), 'patients.xls');
    expect(doc?.format).toBe('xls');
    const t = doc?.tables[0];
    expect(t?.name).toBe('Patients');
    expect(t?.header).toEqual([...header.slice(0, 3), 'Visit Date', header[3]]);
    expect(t?.rows).toEqual(people.map((p, i) => [`${p.given} ${p.family}`, p.dob, String(4_100_200 + i), `03/0${i + 1}/2024`, p.dx[1]]));
    const v = inspectDocument(doc!);
    expect(v.identifiers.dob).toBeGreaterThanOrEqual(people.length);
    expect(v.estimatedPatients).toBe(people.length);
  });

  it('still reports a workbook with FILEPASS as encrypted', async () => {
    const [doc] = await bytes(xlsOf(true), 'patients.xls');
    expect(doc?.encrypted).toBe(true);
  });

  it('reads the numeric cells of a real .xls', async () => {
    const [doc] = await extractFile(path.join(SAMPLES, 'negative/xls_unstructured_tests-example.xls'), opts);
    expect(doc?.tables.map((t) => t.name)).toContain('Example Test');
    expect(doc?.tables[0]?.header).toContain('4');
  });
});

describe('PDF text joined into visual lines', () => {
  it('puts a label and its value that pdf.js returns in separate blocks on one line, in x order', () => {
    const p = people[0]!;
    const at = (str: string, x: number, y: number) => ({ str, transform: [10, 0, 0, 10, x, y], width: str.length * 5, height: 10, hasEOL: false });
    const text = joinTextItems([at(`${p.given} ${p.family}`, 120, 700), at('Lab Report', 50, 750), at('Glucose', 50, 650), at('Patient Name:', 50, 700.4), at(' ', 115, 700)]);
    expect(text.split('\n')).toEqual(['Lab Report', `Patient Name: ${p.given} ${p.family}`, 'Glucose']);
    expect(inspectDocument({ format: 'pdf', encrypted: false, text, tables: [], fields: [], capped: false }).identifiers.name).toBe(1);
  });

  it('keeps column gaps wide and joins pieces that touch', () => {
    const at = (str: string, x: number, w: number) => ({ str, transform: [10, 0, 0, 10, x, 100], width: w });
    expect(joinTextItems([at('DOB', 10, 20), at('MRN', 100, 20), at('555', 200, 15), at('\u2212', 215, 5), at('0100', 220, 20)])).toBe('DOB   MRN   555\u22120100');
  });

  it('reads the LabCorp report in layout order: result header and the age/DOB header as lines', async () => {
    const [doc] = await extractFile(path.join(SAMPLES, 'positive/pdf_ccda_labcorp_result_164947.pdf'), { maxBytes: 32 << 20, timeoutMs: 30_000 });
    expect(doc?.text).toMatch(/^TESTS\s+RESULT\s+FLAG\s+UNITS\s+REFERENCE INTERVAL\s+LAB$/m);
    expect(doc?.text).toMatch(/^Age \(Y\/M\/D\)\s+Date of Birth\s+Sex\s+Fasting$/m);
    // Values printed in boxes under a row of labels are paired with their label.
    expect(doc?.text).toMatch(/^Date of Birth: \d\d\/\d\d\/\d\d$/m);
    expect(doc?.text).toMatch(/^Specimen Number: [\d\u2212-]+$/m);
  });

  it('pairs a form row of labels with the values in boxes below it', () => {
    const at = (str: string, x: number, y: number, w: number) => ({ str, transform: [7, 0, 0, 7, x, y], width: w });
    const text = joinTextItems([at('Patient ID', 200, 700, 30), at('Date of Birth', 100, 700, 40), at('01/02/1960', 95, 690, 45), at('A12345', 205, 690, 25)]);
    expect(text.split('\n').slice(-2)).toEqual(['Date of Birth: 01/02/1960', 'Patient ID: A12345']);
  });
});
