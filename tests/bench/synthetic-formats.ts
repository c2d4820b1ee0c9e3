/** Writers for every format the scanner reads, used to build test inputs and the benchmark tree. */
import { crc32, deflateRawSync } from 'node:zlib';
import { createRequire } from 'node:module';
import CFB from 'cfb';
import PDFDocument from 'pdfkit';
import initSqlJs from 'sql.js';
import type { Person } from './synthetic-people.js';

/** One member of a zip being written. `encrypted` only sets the flag (enough for a reader to refuse it). */
export type ZipMember = { name: string; data: Buffer; store?: boolean; encrypted?: boolean };

/** Builds a zip archive (deflate or stored members), as PKZIP 2.0 readers expect. */
export const buildZip = (members: ZipMember[]): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, 'utf8');
    // An encrypted member starts with the 12-byte traditional-encryption header.
    const stored = m.store ? m.data : deflateRawSync(m.data);
    const body = m.encrypted ? Buffer.concat([Buffer.alloc(12, 0x5a), stored]) : stored;
    const flags = 0x0800 | (m.encrypted ? 1 : 0);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(flags, 6);
    head.writeUInt16LE(m.store ? 0 : 8, 8);
    head.writeUInt32LE(0x21, 10);
    head.writeUInt32LE(crc32(m.data), 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(m.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(m.store ? 0 : 8, 10);
    central.writeUInt32LE(0x21, 12);
    central.writeUInt32LE(crc32(m.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(m.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
};

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word document whose paragraphs are the lines of `text`. */
export const docx = (text: string): Buffer =>
  buildZip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'word/document.xml', data: Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${text.split('\n').map((l) => `<w:p><w:r><w:t>${esc(l)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`) },
  ]);

/** An Excel workbook with one sheet (inline strings). */
export const xlsx = (rows: string[][]): Buffer =>
  buildZip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="Patients" sheetId="1"/></sheets></workbook>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<worksheet><sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r.map((v, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`).join('')}</sheetData></worksheet>`) },
  ]);

/** A PowerPoint deck with one slide. */
export const pptx = (text: string): Buffer =>
  buildZip([
    { name: 'ppt/presentation.xml', data: Buffer.from('<p:presentation xmlns:p="x"/>') },
    { name: 'ppt/slides/slide1.xml', data: Buffer.from(`<p:sld xmlns:p="x" xmlns:a="y">${text.split('\n').map((l) => `<a:p><a:r><a:t>${esc(l)}</a:t></a:r></a:p>`).join('')}</p:sld>`) },
  ]);

/** An OpenDocument text file. */
export const odt = (text: string): Buffer =>
  buildZip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), store: true },
    { name: 'content.xml', data: Buffer.from(`<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>${text.split('\n').map((l) => `<text:p>${esc(l)}</text:p>`).join('')}</office:text></office:body></office:document-content>`) },
  ]);

/** A PDF with a text layer (`text`), an image-only page (`text` empty), or an open password. */
export const pdf = (text: string, opts: { userPassword?: string } = {}): Promise<Buffer> =>
  new Promise((resolve) => {
    const doc = new PDFDocument({ compress: true, ...(opts.userPassword ? { userPassword: opts.userPassword, ownerPassword: 'owner', pdfVersion: '1.7' as const } : {}) });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    if (text) doc.fontSize(10).text(text);
    else doc.rect(50, 50, 400, 300).fill('#888');
    doc.end();
  });

/** An HL7 v2 ADT message for one person. */
export const hl7 = (p: Person, i: number): string =>
  [
    `MSH|^~\\&|EHR|CLINIC|LAB|HOSP|20240101120000||ADT^A04|MSG${i}|P|2.5`,
    `PID|1||${p.mrn.slice(3)}^^^CLINIC^MR||${p.family}^${p.given}||${p.dobIso.replace(/-/g, '')}|F|||${p.street}^^Springfield^IL^62704||${p.phone}|||||ACCT${i}|${p.ssn}`,
    `DG1|1||${p.dx[0]}^${p.dx[1]}^I10`,
    '',
  ].join('\r');

/** A minimal C-CDA document for one person. */
export const ccda = (p: Person): string =>
  `<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3"><recordTarget><patientRole><id root="2.16.840.1.113883.4.1" extension="${p.ssn}"/><id root="2.16.840.1.113883.19.5" extension="${p.mrn}"/><addr><streetAddressLine>${p.street}</streetAddressLine></addr><telecom value="tel:${p.phone}"/><patient><name><given>${p.given}</given><family>${p.family}</family></name><birthTime value="${p.dobIso.replace(/-/g, '')}"/></patient></patientRole></recordTarget><component><structuredBody><component><section><code code="11450-4"/><title>Problems</title><text>${esc(p.dx[1])}</text><entry><observation><value code="${p.dx[0]}" displayName="${esc(p.dx[1])}"/></observation></entry></section></component></structuredBody></component></ClinicalDocument>`;

/** A FHIR R4 Bundle with a Patient and a Condition. */
export const fhir = (p: Person): string =>
  JSON.stringify({
    resourceType: 'Bundle',
    entry: [
      { resource: { resourceType: 'Patient', id: 'p1', name: [{ family: p.family, given: [p.given] }], birthDate: p.dobIso, identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: p.ssn }], telecom: [{ system: 'phone', value: p.phone }], address: [{ line: [p.street], city: 'Springfield' }] } },
      { resource: { resourceType: 'Condition', subject: { reference: 'Patient/p1' }, code: { text: p.dx[1], coding: [{ code: p.dx[0] }] } } },
    ],
  });

/** A minimal DICOM Part 10 file (explicit VR little endian) with patient tags and no pixel data. */
export const dicom = (p: Person): Buffer => {
  const el = (group: number, element: number, vr: string, value: string): Buffer => {
    const v = Buffer.from(value.length % 2 ? `${value} ` : value, 'latin1');
    const b = Buffer.alloc(8);
    b.writeUInt16LE(group, 0);
    b.writeUInt16LE(element, 2);
    b.write(vr, 4, 'latin1');
    b.writeUInt16LE(v.length, 6);
    return Buffer.concat([b, v]);
  };
  const tsyntax = el(0x0002, 0x0010, 'UI', '1.2.840.10008.1.2.1\0');
  const groupLen = Buffer.alloc(12);
  groupLen.writeUInt16LE(0x0002, 0);
  groupLen.writeUInt16LE(0x0000, 2);
  groupLen.write('UL', 4, 'latin1');
  groupLen.writeUInt16LE(4, 6);
  groupLen.writeUInt32LE(tsyntax.length, 8);
  const body = [el(0x0008, 0x0060, 'CS', 'MR'), el(0x0008, 0x1030, 'LO', 'MRI BRAIN WITHOUT CONTRAST'), el(0x0010, 0x0010, 'PN', `${p.family}^${p.given}`), el(0x0010, 0x0020, 'LO', p.mrn), el(0x0010, 0x0030, 'DA', p.dobIso.replace(/-/g, ''))];
  return Buffer.concat([Buffer.alloc(128), Buffer.from('DICM'), groupLen, tsyntax, ...body]);
};

/** An e-mail with a CSV attachment. */
export const eml = (subject: string, body: string, attachment?: { name: string; data: string }): string => {
  const head = `From: Front Desk <frontdesk@example.com>\r\nTo: Billing <billing@example.com>\r\nSubject: ${subject}\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\n`;
  if (!attachment) return `${head}Content-Type: text/plain; charset=utf-8\r\n\r\n${body}`;
  const b64 = Buffer.from(attachment.data).toString('base64').replace(/.{76}/g, '$&\r\n');
  return `${head}Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n${body}\r\n--b1\r\nContent-Type: text/csv; name="${attachment.name}"\r\nContent-Disposition: attachment; filename="${attachment.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n--b1--\r\n`;
};

/** An RTF document. */
export const rtf = (text: string): string => `{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 ${text.replace(/[\\{}]/g, '\\$&').split('\n').join('\\par\n')}}`;

/** A MySQL-style dump of a patients table. */
export const sqlDump = (people: Person[]): string =>
  `CREATE TABLE \`patients\` (\`id\` int NOT NULL, \`name\` varchar(80), \`dob\` date, \`ssn\` char(11), \`diagnosis\` varchar(80), PRIMARY KEY (\`id\`));\nINSERT INTO \`patients\` VALUES ${people.map((p, i) => `(${i + 1},'${p.given} ${p.family}','${p.dobIso}','${p.ssn}','${p.dx[1]}')`).join(',')};\n`;

const require = createRequire(import.meta.url);

/** A SQLite database with a patients table (written by sql.js). */
export const sqlite = async (people: Person[]): Promise<Buffer> => {
  const SQL = await initSqlJs({ locateFile: (f: string) => require.resolve(`sql.js/dist/${f}`) });
  const db = new SQL.Database();
  db.run('CREATE TABLE patients (first_name TEXT, last_name TEXT, date_of_birth TEXT, mrn TEXT, diagnosis TEXT)');
  for (const p of people) db.run('INSERT INTO patients VALUES (?, ?, ?, ?, ?)', [p.given, p.family, p.dob, p.mrn, p.dx[1]]);
  const out = Buffer.from(db.export());
  db.close();
  return out;
};

/** OLE compound files: a legacy Word file (text in the WordDocument stream), an Outlook message, or a password-protected OOXML package. */
export const ole = (kind: 'doc' | 'msg' | 'encrypted', text = ''): Buffer => {
  const cfb = CFB.utils.cfb_new();
  if (kind === 'doc') CFB.utils.cfb_add(cfb, '/WordDocument', Buffer.concat([Buffer.alloc(16), Buffer.from(text, 'utf16le')]));
  if (kind === 'msg') {
    CFB.utils.cfb_add(cfb, '/__substg1.0_0037001F', Buffer.from('Referral', 'utf16le'));
    CFB.utils.cfb_add(cfb, '/__substg1.0_1000001F', Buffer.from(text, 'utf16le'));
  }
  if (kind === 'encrypted') {
    CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.alloc(64, 1));
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
  }
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Buffer);
};
