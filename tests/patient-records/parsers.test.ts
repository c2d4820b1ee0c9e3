import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseDelimited, parseTable, parseTableWithTitles } from '../../checks/patient-records/extract/csv.js';
import { decodeText, looksBinary } from '../../checks/patient-records/extract/decode-text.js';
import { parseHl7 } from '../../checks/patient-records/extract/hl7.js';
import { flattenJson } from '../../checks/patient-records/extract/json.js';
import { stripTags } from '../../checks/patient-records/extract/markup.js';
import { biffEncrypted, printableRuns } from '../../checks/patient-records/extract/ole-text.js';
import { parseRtf } from '../../checks/patient-records/extract/rtf.js';
import { sniff } from '../../checks/patient-records/extract/sniff.js';
import { parseDateStyles, parseSheet, serialToDate } from '../../checks/patient-records/extract/spreadsheet.js';
import { parseSqlDump } from '../../checks/patient-records/extract/sql-dump.js';

describe('csv', () => {
  it('guesses the delimiter from several lines, so a title line above the header does not decide it', () => {
    expect(guessDelimiter('Clinic patient list - Dr. Kim panel\nMRN\tLast\tFirst\n1\tA\tB\n')).toBe('\t');
    expect(guessDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(guessDelimiter('Name, DOB\nAna\t1/2/1960\n', true)).toBe('\t');
    expect(guessDelimiter('just one line')).toBe(',');
  });
  it('sets title lines above the header apart (as text) and keeps the real header', () => {
    const { table, titles } = parseTableWithTitles('Clinic patient list - Dr. Kim panel\nMRN\tLast\tDOB\nM1\tNolan\t05/19/1967\n', undefined);
    expect(titles).toEqual(['Clinic patient list - Dr. Kim panel']);
    expect(table.header).toEqual(['MRN', 'Last', 'DOB']);
    expect(table.rows).toEqual([['M1', 'Nolan', '05/19/1967']]);
  });
  it('handles quotes, doubled quotes, CRLF, blank lines and a trailing empty field', () => {
    expect(parseDelimited('a,b,"c,""d"""\r\n1,,3\n\n"x\ny",2,', ',', 10).rows).toEqual([['a', 'b', 'c,"d"'], ['1', '', '3'], ['x\ny', '2', '']]);
  });
  it('guesses the delimiter and stops at the row cap', () => {
    const t = parseTable('h1\th2\n1\t2\n3\t4\n5\t6\n', undefined, 2);
    expect(t.header).toEqual(['h1', 'h2']);
    expect(t.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(t.truncated).toBe(true);
    // Rows past the cap are counted, not kept (blank lines are not rows).
    expect(t.rowsTotal).toBe(3);
    expect(parseTable('h\n1\n2\n\r\n3\n4', undefined, 2).rowsTotal).toBe(4);
    expect(parseTable('h\n1\n2\n', undefined, 2).truncated).toBeUndefined();
  });
});

describe('hl7 v2', () => {
  const msg = ['MSH|^~\\&|A|B|C|D|20240101||ADT^A01|1|P|2.5', 'PID|1||123^^^H^MR~999^^^SSA^SS||Doe^Jane||19800101|F|||1 Main St^^Town^ST^12345||5551234567|||||AC1|111223333', 'DG1|1||E11.9^Diabetes^I10'].join('\r');
  it('types PID identifiers by their type code and reads PID-5/7/11/13/18/19 and DG1', () => {
    const kinds = parseHl7(msg).fields.map((f) => `${f.kind}:${f.source}`);
    expect(kinds).toEqual(expect.arrayContaining(['mrn:HL7 PID-3', 'ssn:HL7 PID-3', 'name:HL7 PID-5', 'dob:HL7 PID-7', 'address:HL7 PID-11', 'phone:HL7 PID-13', 'account:HL7 PID-18', 'ssn:HL7 PID-19', 'diagnosis:HL7 DG1-3']));
  });
  it('groups fields by patient', () => {
    const two = parseHl7(`${msg}\r${msg.replace('MSH', 'MSH')}`).fields.filter((f) => f.kind === 'name');
    expect(new Set(two.map((f) => f.subject))).toEqual(new Set(['PID#1', 'PID#2']));
  });
});

describe('sql dump', () => {
  it('reads CREATE TABLE columns, multi-row INSERTs with escapes, and COPY blocks', () => {
    const sql = "CREATE TABLE `p` (`id` int(11) NOT NULL, `name` varchar(20), PRIMARY KEY (`id`));\nINSERT INTO `p` VALUES (1,'O''Brien, A'),(2,'x\\'y'),(3,NULL);\nCOPY public.q (a, b) FROM stdin;\n1\tz\n\\.\n";
    expect(parseSqlDump(sql)).toEqual([
      { name: 'p', header: ['id', 'name'], rows: [['1', "O'Brien, A"], ['2', "x'y"], ['3', '']] },
      { name: 'q', header: ['a', 'b'], rows: [['1', 'z']] },
    ]);
  });
});

describe('rtf', () => {
  it('drops font tables and decodes escapes', () => {
    expect(parseRtf("{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\*\\generator x;}Caf\\'e9 \\u8212? ok\\par next\\tab cell}")).toBe('Café — ok\nnext\tcell');
  });
});

describe('text decoding and sniffing', () => {
  it.each([
    ['utf-8', Buffer.from('Señor')],
    ['utf-16le bom', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Señor', 'utf16le')])],
    ['utf-16be bom', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Señor', 'utf16le').swap16()])],
    ['latin-1', Buffer.from('Señor', 'latin1')],
  ])('%s', (_n, buf) => expect(decodeText(buf)).toBe('Señor'));

  it('tells binary junk from text', () => {
    expect(looksBinary(Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)))).toBe(true);
    expect(looksBinary(Buffer.from('plain text\n'.repeat(100)))).toBe(false);
  });

  it.each([
    ['%PDF-1.7', 'x.txt', 'pdf'],
    ['PK\x03\x04rest', 'x', 'zip'],
    ['MSH|^~\\&|A', 'x.txt', 'hl7v2'],
    ['<?xml version="1.0"?><ClinicalDocument/>', 'x', 'xml'],
    ['{"resourceType":"Patient"}', 'x.txt', 'json'],
    ['From: a@b.c\nSubject: hi\n\nbody', 'noext', 'eml'],
    ['CREATE TABLE p (a int);', 'x', 'sql'],
    ['a,b\n1,2', 'x.csv', 'csv'],
    ['{\\rtf1 hi}', 'x.doc', 'rtf'],
    ['hello', 'x.log', 'text'],
  ])('%j named %s is %s', (head, name, kind) => expect(sniff(Buffer.from(head, 'latin1'), name)).toBe(kind));

  it('finds DICM at offset 128 without an extension', () => expect(sniff(Buffer.concat([Buffer.alloc(128), Buffer.from('DICM')]), 'IM0001')).toBe('dicom'));
});

describe('spreadsheets', () => {
  it('turns date-styled serials into dates and resolves shared strings by column', () => {
    const styles = '<numFmts><numFmt numFmtId="164" formatCode="mm/dd/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';
    const dates = parseDateStyles(styles);
    expect([...dates]).toEqual([1, 2]);
    const sheet = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" s="1"><v>22647</v></c></row>';
    expect(parseSheet(sheet, ['DOB'], dates).rows).toEqual([['DOB', '', serialToDate(22647)]]);
    expect(serialToDate(22647)).toBe('01/01/1962');
  });
});

describe('other helpers', () => {
  it('flattens JSON into key paths and survives deep nesting', () => {
    expect(flattenJson({ patient: { name: 'x', ids: [{ v: 1 }] } })).toEqual(['patient.name: x', 'patient.ids.v: 1']);
    let deep: unknown = 'end';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(flattenJson(deep)).toEqual(['0: end']);
  });
  it('strips markup and decodes entities', () => expect(stripTags('<p>A &amp; B</p><script>x</script><p>&#67;</p>')).toBe('A & B\nC'));
  it('reads printable runs in 8-bit and UTF-16', () => {
    const buf = Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('Hello world'), Buffer.from([0, 0]), Buffer.from('Wide text', 'utf16le')]);
    expect(printableRuns(buf)).toContain('Hello world');
    expect(printableRuns(buf)).toContain('Wide text');
  });
  it('spots a FILEPASS record in an Excel 97 workbook stream', () => {
    const rec = (type: number, len: number) => Buffer.concat([Buffer.from([type & 255, type >> 8, len & 255, len >> 8]), Buffer.alloc(len)]);
    expect(biffEncrypted(Buffer.concat([rec(0x0809, 16), rec(0x002f, 4), rec(0x000a, 0)]))).toBe(true);
    expect(biffEncrypted(Buffer.concat([rec(0x0809, 16), rec(0x000a, 0), rec(0x002f, 4)]))).toBe(false);
  });
});
