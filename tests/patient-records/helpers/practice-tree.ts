/** Builds a small practice folder full of awkward inputs in a temp dir, for the scan and robustness tests. */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import * as make from '../../bench/synthetic-formats.js';
import { makePerson, payrollLine, rng, visitNote, type Person } from '../../bench/synthetic-people.js';

/** The tree's planted people (so tests can assert their values never leak) and the paths of interest. */
export type PracticeTree = { root: string; people: Person[]; close: () => void; hasDevice: boolean };

const put = (root: string, rel: string, data: string | Buffer): string => {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  return file;
};

/** Writes the tree; `close` stops the socket listener. */
export const buildPracticeTree = async (root: string): Promise<PracticeTree> => {
  const r = rng(42);
  const people = Array.from({ length: 8 }, () => makePerson(r));
  const [a, b, c] = people as [Person, Person, Person];
  const note = visitNote(a);
  put(root, 'Documents/Patients/visit-a.txt', note);
  put(root, 'Documents/Patients/visit-b.docx', make.docx(visitNote(b)));
  put(root, 'Documents/Patients/utf16-visit.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(visitNote(c), 'utf16le')]));
  put(root, 'Documents/Patients/latin1-visit.txt', Buffer.from(`${visitNote(c)}Comentario: se\u00f1ora L\u00f3pez, caf\u00e9\n`, 'latin1'));
  put(root, 'Documents/HR/payroll.txt', people.map(payrollLine).join(''));
  put(root, 'Documents/Office/minutes.txt', 'Staff meeting: printer lease renewal, parking schedule, holiday party.\n');
  put(root, 'Documents/Office/budget.csv', 'item,amount\npaper,12.50\ntoner,80.00\n');
  // A name that is not valid UTF-8 (Latin-1 byte 0xE9), holding patient data.
  const odd = Buffer.concat([Buffer.from(path.join(root, 'Documents/Patients/'), 'utf8'), Buffer.from('visit-\xe9.txt', 'latin1')]);
  writeFileSync(odd, note);
  // Corrupt, truncated and hostile files.
  const docx = make.docx(note);
  put(root, 'Broken/truncated.docx', docx.subarray(0, Math.floor(docx.length / 2)));
  put(root, 'Broken/corrupt.xlsx', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(2000, 0x41)]));
  const pdf = await make.pdf(note);
  put(root, 'Broken/truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 3)));
  put(root, 'Broken/broken.zip', Buffer.concat([make.buildZip([{ name: 'a.txt', data: Buffer.from(note) }]).subarray(0, 60)]));
  put(root, 'Broken/bomb.zip', make.buildZip([{ name: 'zeros.txt', data: Buffer.alloc(20 << 20) }]));
  let nested = make.buildZip([{ name: 'deepest/visit.txt', data: Buffer.from(note) }]);
  for (let i = 5; i > 0; i--) nested = make.buildZip([{ name: `level${i}.zip`, data: nested }]);
  put(root, 'Broken/nested.zip', nested);
  put(root, 'Broken/shallow.zip', make.buildZip([{ name: 'inner.zip', data: make.buildZip([{ name: 'visit.txt', data: Buffer.from(note) }]) }]));
  put(root, 'Broken/junk.txt', Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256)));
  truncateSync(put(root, 'Broken/huge-export.csv', ''), 5 * 1024 ** 3); // 5 GB sparse: never read past the cap
  put(root, 'Broken/vanishing.txt', note);
  put(root, 'Broken/growing.log', 'start\n');
  chmodSync(put(root, 'Broken/locked-out.txt', note), 0o000);
  // Protected files, containers, scans.
  put(root, 'Documents/Patients/patients-locked.xlsx', make.ole('encrypted'));
  put(root, 'Documents/Office/budget-locked.xlsx', make.ole('encrypted'));
  put(root, 'Documents/Patients/scanned-intake.pdf', await make.pdf(''));
  put(root, 'Mail/archive.pst', Buffer.concat([Buffer.from('!BDN'), Buffer.alloc(1000)]));
  // Links, loops and special files.
  symlinkSync('.', path.join(root, 'Documents/loop'));
  symlinkSync(path.join(root, 'Documents/b-link'), path.join(root, 'Documents/a-link'));
  symlinkSync(path.join(root, 'Documents/a-link'), path.join(root, 'Documents/b-link'));
  execFileSync('mkfifo', [path.join(root, 'Documents/pipe.txt')]);
  let hasDevice = true;
  try {
    execFileSync('mknod', [path.join(root, 'Documents/null-device.txt'), 'c', '1', '3'], { stdio: 'ignore' });
  } catch {
    hasDevice = false;
  }
  const server = net.createServer().listen(path.join(root, 'Documents/socket.sock'));
  // Skipped by default and by the user's exclude.
  put(root, 'node_modules/pkg/patients.txt', note);
  put(root, '.cache/app/visit.txt', note);
  put(root, 'Archive/old-visit.txt', note);
  return { root, people, close: () => server.close(), hasDevice };
};
