/**
 * Writes a reproducible synthetic practice tree for the benchmark: every supported format, patient
 * data planted in known files (the ground truth), harmless files around them, and a few large exports.
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TreeSize } from './bench-sizes.js';
import * as make from './synthetic-formats.js';
import { businessText, makePerson, payrollLine, rng, visitNote, type Person } from './synthetic-people.js';

/** Expected verdict per file (relative path -> category; harmless files map to null). */
export type GroundTruth = Map<string, 'phi' | 'pii' | null>;

export { FULL, PLAIN_TEXT_EXT, SMALL, type TreeSize } from './bench-sizes.js';

const FOLDERS = ['Documents/Patients', 'Documents/Billing', 'Documents/Office', 'Desktop', 'Downloads', 'Documents/Referrals', 'Documents/Imaging', 'Documents/Archive/2023'];

type Writer = (p: Person, people: Person[], r: () => number) => Promise<[ext: string, data: Buffer | string, label: 'phi' | 'pii' | null]>;

const csvRows = (people: Person[]) => ['First Name,Last Name,DOB,MRN,Phone,Diagnosis', ...people.map((x) => [x.given, x.family, x.dob, x.mrn, x.phone, `"${x.dx[1]}"`].join(','))].join('\n');
const harmless = (r: () => number, n: number) => businessText(r, n);

// One entry per kind of file; the mix below picks among them.
const WRITERS: Writer[] = [
  async (p) => ['txt', visitNote(p), 'phi'],
  async (_p, _ps, r) => ['txt', harmless(r, 3000), null],
  async (_p, ps) => ['txt', ps.slice(0, 4).map(payrollLine).join(''), 'pii'],
  async (_p, ps) => ['csv', csvRows(ps), 'phi'],
  async (_p, _ps, r) => ['csv', `sku,description,qty,price\n${Array.from({ length: 200 }, (_, i) => `${100000 + i},widget ${Math.floor(r() * 1e6)},${i % 7},${(r() * 99).toFixed(2)}`).join('\n')}`, null],
  async (p) => ['md', `# Visit summary\n\n${visitNote(p)}`, 'phi'],
  async (_p, _ps, r) => ['md', `# Team wiki\n\n${harmless(r, 2000)}`, null],
  async (p, _ps, r) => ['hl7', make.hl7(p, Math.floor(r() * 1e6)), 'phi'],
  async (p) => ['json', make.fhir(p), 'phi'],
  async (_p, _ps, r) => ['json', JSON.stringify({ app: 'scheduler', version: '2.3.1', theme: 'dark', rooms: Array.from({ length: 30 }, (_, i) => ({ id: i, seats: Math.floor(r() * 12) })) }), null],
  async (p) => ['xml', make.ccda(p), 'phi'],
  async (p) => ['html', `<html><body><h1>Chart</h1><pre>${visitNote(p)}</pre></body></html>`, 'phi'],
  async (_p, _ps, r) => ['html', `<html><body><p>${harmless(r, 4000)}</p></body></html>`, null],
  async (p) => ['eml', make.eml('Referral', visitNote(p)), 'phi'],
  async (_p, _ps, r) => ['eml', make.eml('Lunch order', harmless(r, 800)), null],
  async (p) => ['rtf', make.rtf(visitNote(p)), 'phi'],
  async (p) => ['docx', make.docx(visitNote(p)), 'phi'],
  async (_p, _ps, r) => ['docx', make.docx(harmless(r, 5000)), null],
  async (_p, ps) => ['xlsx', make.xlsx([['First Name', 'Last Name', 'DOB', 'MRN', 'Diagnosis'], ...ps.map((x) => [x.given, x.family, x.dob, x.mrn, x.dx[1]])]), 'phi'],
  async (_p, _ps, r) => ['xlsx', make.xlsx([['Quarter', 'Revenue', 'Cost'], ...Array.from({ length: 40 }, (_, i) => [`Q${(i % 4) + 1}`, (r() * 1e5).toFixed(0), (r() * 5e4).toFixed(0)])]), null],
  async (p) => ['pptx', make.pptx(visitNote(p)), 'phi'],
  async (p) => ['odt', make.odt(visitNote(p)), 'phi'],
  async (p) => ['pdf', await make.pdf(visitNote(p)), 'phi'],
  async (_p, _ps, r) => ['pdf', await make.pdf(harmless(r, 3000)), null],
  async (p) => ['dcm', Buffer.concat([make.dicom(p), Buffer.alloc(256 * 1024)]), 'phi'],
  async (p) => ['zip', make.buildZip([{ name: 'notes/visit.txt', data: Buffer.from(visitNote(p)) }, { name: 'readme.txt', data: Buffer.from('export') }]), 'phi'],
  async (_p, ps) => ['db', await make.sqlite(ps), 'phi'],
  async (_p, ps) => ['sql', make.sqlDump(ps), 'phi'],
  async (p) => ['doc', make.ole('doc', visitNote(p)), 'phi'],
  async (p) => ['msg', make.ole('msg', visitNote(p)), 'phi'],
  async () => ['xlsx', make.ole('encrypted'), null],
  async (_p, _ps, r) => ['jpg', Buffer.alloc(40_000 + Math.floor(r() * 80_000), 0xff), null],
  async (_p, _ps, r) => ['log', harmless(r, 20_000), null],
];

/** Streams a large file of `mb` megabytes: a patient export (CSV) or a harmless server log. */
const writeBig = async (file: string, mb: number, phi: boolean, r: () => number): Promise<void> => {
  const out = createWriteStream(file);
  let written = 0;
  if (phi) out.write('First Name,Last Name,DOB,MRN,Phone,Diagnosis\n');
  while (written < mb << 20) {
    const chunk = phi ? `${csvRows(Array.from({ length: 200 }, () => makePerson(r))).split('\n').slice(1).join('\n')}\n` : harmless(r, 64 * 1024);
    written += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res) => out.end(res));
};

/** Builds the tree under `root`; returns the ground truth. */
export const buildBenchTree = async (root: string, size: TreeSize): Promise<GroundTruth> => {
  const r = rng(2024);
  const truth: GroundTruth = new Map();
  for (let i = 0; i < size.smallFiles; i++) {
    const people = Array.from({ length: 3 + Math.floor(r() * 5) }, () => makePerson(r));
    const writer = WRITERS[i % WRITERS.length] as Writer;
    const [ext, data, label] = await writer(people[0] as Person, people, r);
    const rel = path.join(FOLDERS[Math.floor(r() * FOLDERS.length)] as string, `f${Math.floor(i / 500)}`, `file-${i}.${ext}`);
    mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
    writeFileSync(path.join(root, rel), data);
    // Photos are skipped by type and never listed; count them as harmless.
    truth.set(rel, label);
  }
  mkdirSync(path.join(root, 'Exports'), { recursive: true });
  for (let i = 0; i < size.bigFiles; i++) {
    const phi = i % 2 === 0;
    const rel = path.join('Exports', phi ? `patients-export-${i}.csv` : `server-${i}.log`);
    await writeBig(path.join(root, rel), size.bigFileMb, phi, r);
    truth.set(rel, phi ? 'phi' : null);
  }
  return truth;
};
