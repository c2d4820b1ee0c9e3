/**
 * Files as people make them: LibreOffice 7.4 exports of one referral letter (header, footer, footnote, comment,
 * text box, tracked insertion, fields, a table) and one visit log (title row, two sheets, dates), Python-built
 * e-mail (QP/base64 bodies, Office/PDF attachments, a zip in a zip) and an mbox. Each must reach the detectors
 * whole and come out phi. How each fixture was made is in its .src.txt.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBuffer, extractFile } from '../../checks/patient-records/extract/index.js';
import { inspectDocument } from '../../checks/patient-records/detect/index.js';
import { ooxmlText, odfText } from '../../checks/patient-records/extract/office-text.js';
import { htmlTables, htmlText } from '../../checks/patient-records/extract/html.js';
import { parseRtfDocument } from '../../checks/patient-records/extract/rtf.js';
import { dropFieldCodes } from '../../checks/patient-records/extract/ole-text.js';
import { buildZip } from '../bench/synthetic-formats.js';

const FIXTURES = 'tests/fixtures/patient-records/formats';
const opts = { maxBytes: 8 << 20, timeoutMs: 20_000 };
const read = (name: string) => extractFile(path.join(FIXTURES, name), opts);
const bytes = (buffer: Buffer, name: string) =>
  extractBuffer({ buffer, name, size: buffer.length, member: undefined, capped: false, depth: 0, deadline: Date.now() + 20_000, budget: { bytes: 8 << 20 }, options: opts });

const LETTER_TABLE = { header: ['Patient Name', 'DOB', 'Visit Date', 'Diagnosis'], rows: [['Rosalind Vexley', '04/17/1958', '02/14/2024', 'Type 2 diabetes mellitus'], ['Rosalind Vexley', '04/17/1958', '03/01/2024', 'Essential hypertension']] };
// Where each piece of the letter lives in the document model.
const PIECES: [where: string, text: string][] = [
  ['body, name split over two runs', 'I am referring Rosalind Vexley, date of birth 04/17/1958'],
  ['header', 'Lakeside Family Practice - Patient: Rosalind Vexley'],
  ['footer', 'Confidential - MRN 77031942 - page footer'],
  ['footnote', 'member ID QXH448812907'],
  ['comment', 'phone (608) 555-0143'],
  ['text box', 'current medication metformin 500 mg twice daily'],
  ['tracked insertion', 'diagnosed with type 2 diabetes mellitus (E11.9)'],
  ['field result', 'Field: Front Desk on'],
];

describe('referral letter in every word-processing format', () => {
  it.each([
    ['referral-letter.docx', 'docx', PIECES],
    ['referral-letter.odt', 'odt', PIECES],
    ['referral-letter.doc', 'doc', PIECES],
    ['referral-letter.rtf', 'rtf', PIECES],
    // LibreOffice's HTML and PDF exports leave comments out; the PDF prints the text box.
    ['referral-letter.pdf', 'pdf', PIECES.filter(([w]) => w !== 'comment')],
    ['referral-letter.html', 'html', PIECES.filter(([w]) => w !== 'comment' && w !== 'text box')],
  ] as const)('%s: every part reaches the detectors and the letter is phi', async (name, format, pieces) => {
    const [doc] = await read(name);
    expect(doc?.format).toBe(format);
    const flat = doc!.text.replace(/\s+/g, ' ');
    for (const [, text] of pieces) expect(flat).toContain(text);
    // Field codes and the text box's fallback copy are not text.
    expect(flat).not.toMatch(/USERNAME|DATE \\@|MERGEFIELD/);
    expect(flat.split('current medication metformin').length).toBe(pieces.some(([w]) => w === 'text box') ? 2 : 1);
    if (format !== 'pdf') expect(doc?.tables).toContainEqual(expect.objectContaining(LETTER_TABLE));
    const v = inspectDocument(doc!);
    expect(v.category).toBe('phi');
    expect(v.identifiers.dob).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(v)).not.toContain('77031942');
  });
});

describe('visit log spreadsheets', () => {
  it.each(['visit-log.xlsx', 'visit-log.ods', 'visit-log.xls'])('%s: title row set apart, header found, dates read, both sheets, phi', async (name) => {
    const [doc] = await read(name);
    expect(doc?.text).toContain('visit log March 2024');
    expect(doc?.tables.map((t) => t.name)).toEqual(['March visits', 'Codes']);
    const t = doc!.tables[0]!;
    expect(t.header).toEqual(['Patient Name', 'DOB', 'Visit Date', 'Insurance ID', 'Phone', 'Diagnosis']);
    // Repeated empty cells (ods) keep the diagnosis in its column.
    expect(t.rows[1]?.[5]).toBe('Asthma, uncomplicated');
    expect(t.rows.map((r) => r[1])).toEqual(name.endsWith('.ods') ? ['1958-04-17', '1990-06-23', '1949-12-30'] : ['04/17/1958', '06/23/1990', '12/30/1949']);
    expect(inspectDocument(doc!).category).toBe('phi');
  });

  it('reads inline strings, sheets in workbook order through relationships, attribute order, xf without numFmtId, self-closing rows', async () => {
    const sheet = (rows: string) => Buffer.from(`<worksheet xmlns="m"><sheetData>${rows}</sheetData></worksheet>`);
    const xlsx = buildZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook xmlns:r="r"><workbookPr/><sheets><sheet name="Patients" sheetId="1" r:id="rId2"/><sheet name="Empty" sheetId="2" r:id="rId1"/></sheets></workbook>') },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>') },
      { name: 'xl/styles.xml', data: Buffer.from('<styleSheet><numFmts><numFmt formatCode="mm/dd/yyyy" numFmtId="165"/></numFmts><cellXfs><xf fontId="0"/><xf numFmtId="165" fontId="0"/></cellXfs></styleSheet>') },
      { name: 'xl/worksheets/sheet1.xml', data: sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>nothing</t></is></c></row>') },
      {
        name: 'xl/worksheets/sheet2.xml',
        data: sheet(
          '<row r="1" spans="1:3"/><row r="2"><c r="A2" t="inlineStr"><is><t>Patient</t></is></c><c r="B2" t="inlineStr"><is><t>DOB</t></is></c><c r="C2" t="inlineStr"><is><t>Diagnosis</t></is></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><r><t>Hollis </t></r><r><t>Brannigan</t></r></is></c><c r="B3" s="1"><v>22497</v></c><c r="C3" t="inlineStr"><is><t>COPD</t></is></c></row>',
        ),
      },
    ]);
    const [doc] = await bytes(xlsx, 'export.xlsx');
    expect(doc?.tables.map((t) => t.name)).toEqual(['Patients', 'Empty']);
    expect(doc?.tables[0]).toMatchObject({ header: ['Patient', 'DOB', 'Diagnosis'], rows: [['Hollis Brannigan', '08/04/1961', 'COPD']] });
  });
});

describe('presentations', () => {
  it.each(['case-review.pptx', 'case-review.odp'])('%s: speaker notes are read', async (name) => {
    const [doc] = await read(name);
    expect(doc?.text).toContain('Speaker notes: this is Rosalind Vexley, DOB 04/17/1958');
    expect(doc?.text).toContain('Case review: diabetic foot care');
    expect(inspectDocument(doc!).category).toBe('phi');
  });
});

describe('e-mail', () => {
  it('reads a QP body and every attachment of an eml: docx, xlsx, pdf, and a zip inside a zip', async () => {
    const docs = await read('referral-packet.eml');
    expect(docs[0]?.format).toBe('eml');
    expect(docs[0]?.text).toContain('Patient Rosalind Vexley (DOB 04/17/1958) asked that we fax the referral today \u2013 thanks!');
    const byMember = new Map(docs.slice(1).map((d) => [d.member, d]));
    expect([...byMember.keys()]).toEqual(['referral-letter.docx', 'visit-log.xlsx', 'lab-result.pdf', 'chart-notes.zip/2024/inner-records.zip/chart-note.txt']);
    for (const d of byMember.values()) expect(inspectDocument(d).category).toBe('phi');
    expect(byMember.get('visit-log.xlsx')?.tables[0]?.header[0]).toBe('Patient Name');
  });

  it('reads every message of an mbox (">From " un-escaped, base64 body, csv attachment)', async () => {
    const docs = await read('inbox.mbox');
    expect(docs[0]?.text).toContain('The lot is repaved on Friday');
    expect(docs[0]?.text).toContain('From the chart: Rosalind Vexley, date of birth 04/17/1958');
    expect(docs[0]?.text).toContain('From now on we batch these weekly.');
    expect(inspectDocument(docs[0]!).category).toBe('phi');
    expect(docs[1]).toMatchObject({ member: 'message-3/claims.csv', format: 'csv' });
    expect(inspectDocument(docs[1]!).category).toBe('phi');
  });
});

describe('text of the markup formats (pure)', () => {
  it('joins Word runs, drops field codes and mc:Fallback, keeps breaks', () => {
    const xml =
      '<w:p><w:r><w:t>Rosa</w:t></w:r><w:proofErr/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">lind Vexley </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>MERGEFIELD DOB</w:instrText></w:r><w:r><w:t>04/17/1958</w:t></w:r><w:r><w:br/><w:t>next</w:t></w:r></w:p>' +
      '<mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent>';
    expect(ooxmlText(xml)).toBe('Rosalind Vexley 04/17/1958\nnext\nbox');
  });

  it('joins ODF spans, expands text:s, puts notes on their own line', () => {
    const xml = '<text:p>Rosa<text:span>lind</text:span><text:s text:c="2"/>Vexley<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>see chart</text:p></text:note-body></text:note></text:p>';
    expect(odfText(xml)).toBe('Rosalind Vexley\nsee chart');
  });

  it('collapses HTML source line breaks, joins inline tags, reads tables with th headers', () => {
    const html = '<p>I am referring <b>Rosa</b>lind\n  Vexley<sup>1</sup></p><TABLE><TR><TH>Name</TH><TH>DOB</TH></TR><tr><td><span>Hollis</span> Brannigan</td><td>08/04/1961</td></tr></TABLE>';
    expect(htmlText(html).split('\n')[0]).toBe('I am referring Rosalind Vexley 1');
    expect(htmlTables(html)).toEqual([{ header: ['Name', 'DOB'], rows: [['Hollis Brannigan', '08/04/1961']] }]);
  });

  it('reads RTF footnotes, comments and text boxes, in the \\ansicpg code page, with table rows as a table', () => {
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Arial;}}\\'c8\\'e2\\'e0\\'ed{\\*\\footnote note text}{\\*\\annotation{\\*\\atnauthor N}comment text}{\\*\\shpinst{\\sp{\\sn wrap}{\\sv 1}}{\\shptxt box text}}\\par" +
      '\\trowd\\intbl Name\\cell DOB\\cell\\row\\trowd\\intbl Hollis Brannigan\\cell 08/04/1961\\cell\\row\\pard after}';
    const { text, tables } = parseRtfDocument(rtf);
    expect(text).toContain('\u0418\u0432\u0430\u043d');
    for (const s of ['note text', 'comment text', 'box text', 'after']) expect(text).toContain(s);
    expect(text).not.toMatch(/wrap|\bN\b/);
    expect(tables).toEqual([{ header: ['Name', 'DOB'], rows: [['Hollis Brannigan', '08/04/1961']] }]);
  });

  it('drops Word 97 field codes, nested ones too, and keeps results', () => {
    expect(dropFieldCodes('a \x13 DATE \\@ "M/d" \x1403/02\x15 b \x13IF \x13 REF x \x14y\x15 = 1 "one"\x14one\x15 c \x13 PAGE \x15d')).toBe('a 03/02 b one c d');
  });
});
