import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile, extractFileWithStats } from '../../checks/patient-records/extract/index.js';
import { inspectFile } from '../../checks/patient-records/inspect-file.js';
import * as make from '../bench/synthetic-formats.js';
import { makePerson, payrollLine, rng, visitNote } from '../bench/synthetic-people.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pr-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const r = rng(7);
const people = Array.from({ length: 6 }, () => makePerson(r));
const p = people[0]!;
const note = visitNote(p);
const rows = [['First Name', 'Last Name', 'DOB', 'MRN', 'Diagnosis'], ...people.map((x) => [x.given, x.family, x.dob, x.mrn, x.dx[1]])];
const opts = { maxBytes: 8 << 20, timeoutMs: 20_000 };

// Every format, written in a temp dir under a name that hides or shows its type, with the expected format and verdict.
const CASES: [name: string, content: () => Promise<Buffer | string> | Buffer | string, format: string, category: 'phi' | 'pii' | null][] = [
  ['note.txt', () => note, 'txt', 'phi'],
  ['note.md', () => note, 'txt', 'phi'],
  ['utf16-note.txt', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(note, 'utf16le')]), 'txt', 'phi'],
  ['utf16-nobom.txt', () => Buffer.from(note, 'utf16le'), 'txt', 'phi'],
  ['latin1-note.txt', () => Buffer.from(`${note}Notes: caf\u00e9 se\u00f1or\n`, 'latin1'), 'txt', 'phi'],
  ['patients.csv', () => rows.map((x) => x.join(',')).join('\n'), 'csv', 'phi'],
  ['patients.tsv', () => rows.map((x) => x.join('\t')).join('\n'), 'tsv', 'phi'],
  ['adt.hl7', () => make.hl7(p, 1), 'hl7v2', 'phi'],
  ['message.dat', () => make.hl7(p, 2), 'hl7v2', 'phi'],
  ['summary.xml', () => make.ccda(p), 'ccda', 'phi'],
  ['bundle.json', () => make.fhir(p), 'fhir-json', 'phi'],
  ['note.html', () => `<html><body><p>${note.replace(/\n/g, '<br>')}</p><script>var x=1</script></body></html>`, 'html', 'phi'],
  ['note.docx', () => make.docx(note), 'docx', 'phi'],
  ['renamed-docx.bin', () => make.docx(note), 'docx', 'phi'],
  ['patients.xlsx', () => make.xlsx(rows), 'xlsx', 'phi'],
  ['slides.pptx', () => make.pptx(note), 'pptx', 'phi'],
  ['note.odt', () => make.odt(note), 'odt', 'phi'],
  ['note.pdf', () => make.pdf(note), 'pdf', 'phi'],
  ['note.rtf', () => make.rtf(note), 'rtf', 'phi'],
  ['mri.dcm', () => make.dicom(p), 'dicom', 'phi'],
  ['IM0001', () => make.dicom(p), 'dicom', 'phi'],
  ['referral.eml', () => make.eml('Referral', note), 'eml', 'phi'],
  ['dump.sql', () => make.sqlDump(people), 'sql', 'phi'],
  ['clinic.db', () => make.sqlite(people), 'sqlite', 'phi'],
  ['legacy.doc', () => make.ole('doc', note), 'doc', 'phi'],
  ['referral.msg', () => make.ole('msg', note), 'msg', 'phi'],
  ['payroll.txt', () => people.map(payrollLine).join(''), 'txt', 'pii'],
  ['minutes.txt', () => 'Staff meeting: printer lease renewal, parking schedule, holiday party on the 12th.\n', 'txt', null],
];

describe('extractors by format (generated files)', () => {
  it.each(CASES.map(([n, c, f, cat]) => [n, f, cat, c] as const))('%s is read as %s and judged %s', async (name, format, category, content) => {
    const file = path.join(dir, name);
    writeFileSync(file, await content());
    const out = await inspectFile({ fsPath: file, name, ...opts });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.format).toBe(format);
    expect(out.result.verdict.category).toBe(category);
    // Samples are masked: no planted raw value comes back.
    const json = JSON.stringify(out);
    for (const raw of [p.ssn, p.mrn, p.phone, `${p.given} ${p.family}`]) expect(json).not.toContain(raw);
  });

  it('reads attachments of an e-mail and members of a zip as members', async () => {
    const csv = rows.map((x) => x.join(',')).join('\n');
    writeFileSync(path.join(dir, 'att.eml'), make.eml('Export', 'see attached', { name: 'export.csv', data: csv }));
    const docs = await extractFile(path.join(dir, 'att.eml'), opts);
    expect(docs.map((d) => [d.format, d.member])).toEqual([['eml', undefined], ['csv', 'export.csv']]);
    writeFileSync(path.join(dir, 'nested.zip'), make.buildZip([{ name: 'inner.zip', data: make.buildZip([{ name: 'deep/note.txt', data: Buffer.from(note) }]) }]));
    const nested = await extractFile(path.join(dir, 'nested.zip'), opts);
    expect(nested.map((d) => [d.format, d.member])).toEqual([['txt', 'inner.zip/deep/note.txt']]);
  });

  it('marks protected files as encrypted, not as content', async () => {
    writeFileSync(path.join(dir, 'locked.xlsx'), make.ole('encrypted'));
    writeFileSync(path.join(dir, 'locked.pdf'), await make.pdf(note, { userPassword: 'secret' }));
    writeFileSync(path.join(dir, 'locked.zip'), make.buildZip([{ name: 'note.txt', data: Buffer.from(note), store: true, encrypted: true }]));
    for (const name of ['locked.xlsx', 'locked.pdf', 'locked.zip']) {
      const docs = await extractFile(path.join(dir, name), opts);
      expect(docs.length, name).toBeGreaterThan(0);
      expect(docs.every((d) => d.encrypted && d.text === ''), name).toBe(true);
    }
  });

  it('reads big plain text only as far as the detectors look, and says so', async () => {
    writeFileSync(path.join(dir, 'huge.log'), 'routine log line with nothing personal in it\n'.repeat(300_000));
    const { docs, bytesRead, sampled } = await extractFileWithStats(path.join(dir, 'huge.log'), { maxBytes: 50 << 20, timeoutMs: 20_000 });
    // An eighth of the 8 MB text cap, as whole-line windows spread over the file.
    expect(sampled).toBe(true);
    expect(bytesRead).toBeGreaterThan(1_000_000);
    expect(bytesRead).toBeLessThanOrEqual(1 << 20);
    expect(docs[0]?.capped).toBe(true);
  });

  it('says an image-only PDF needs OCR', async () => {
    writeFileSync(path.join(dir, 'scan.pdf'), await make.pdf(''));
    const [doc] = await extractFile(path.join(dir, 'scan.pdf'), opts);
    expect(doc?.note).toBe('image-only PDF: needs OCR');
  });
});
