/** Extraction gaps reported by the detector engineer: Word/ODF tables, DICOM strings, xls numbers, PDF lines, merged parts. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer, extractFile } from '../../checks/patient-records/extract/index.js';
import { inspectDocument } from '../../checks/patient-records/detect/index.js';
import { decodeDicomString, dicomEncoding } from '../../checks/patient-records/extract/dicom-strings.js';
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
