/**
 * inspectDocument throughput on synthetic text (run: `npx tsx tests/patient-records/detect/throughput.ts`).
 * Prints CPU-time MB/s per input, best of 5 runs, so other processes on the machine skew it less.
 */
import type { ExtractedDocument } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';

const MB = 8 << 20;
const fill = (line: (i: number) => string): string => {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < MB; i++) {
    const l = line(i);
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n');
};

const inputs: [string, string][] = [
  ['server log', fill((i) => `2024-03-04 08:${String(i % 60).padStart(2, '0')}:02 INFO blk_${7128370237687728475n + BigInt(i)} 10.251.${i % 255}.220:50010 size 67108864 ts ${1514038530000 + i}`)],
  ['prose (changelog)', fill((i) => `- Fixed issue #${1000 + i}: the analyzer now handles nested lists and returns results in order (thanks @contributor${i % 50}).`)],
  ['clinical notes', fill((i) => [`Patient: Pat${i % 900} Example${i % 77}`, `DOB: 0${1 + (i % 9)}/1${i % 9}/19${50 + (i % 40)}`, `MRN: ${400000 + i}`, 'Assessment: type 2 diabetes, hypertension; continue metformin 500 mg and lisinopril 10 mg.', `Phone (555) 201-${String(1000 + (i % 9000))}`].join('\n'))],
  ['csv as text', fill((i) => `${i},Item ${i},${(i * 7.31).toFixed(2)},2024-01-${String(1 + (i % 28)).padStart(2, '0')},warehouse ${i % 12}`)],
];

const doc = (text: string): ExtractedDocument => ({ format: 'txt', encrypted: false, text, tables: [], fields: [], capped: false });
const cpu = (f: () => void): number => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};
const best = (f: () => void): number => Math.min(...Array.from({ length: 5 }, () => cpu(f)));

for (const [name, text] of inputs) {
  const s = best(() => inspectDocument(doc(text)));
  console.log(`${name.padEnd(20)} ${(text.length / 1e6).toFixed(1)} MB  ${(text.length / 1e6 / s).toFixed(0)} MB/s  -> ${inspectDocument(doc(text)).category}`);
}
const rows = Array.from({ length: 20_000 }, (_, i) => [`P${i}`, `Last${i % 500}`, `First${i % 300}`, `0${1 + (i % 9)}/1${i % 9}/1970`, 'Asthma']);
const tableBytes = rows.reduce((n, r) => n + r.join(',').length + 1, 0);
const t = best(() => inspectDocument({ ...doc(''), tables: [{ header: ['MRN', 'Last name', 'First name', 'DOB', 'Diagnosis'], rows }] }));
console.log(`${'table 20k rows'.padEnd(20)} ${(tableBytes / 1e6).toFixed(1)} MB  ${(tableBytes / 1e6 / t).toFixed(0)} MB/s`);
const small = inputs[1]![1].slice(0, 4096);
const many = best(() => {
  for (let i = 0; i < 5_000; i++) inspectDocument(doc(small));
});
console.log(`${'5,000 x 4 KB docs'.padEnd(20)} ${((5_000 * 4096) / 1e6).toFixed(1)} MB  ${((5_000 * 4096) / 1e6 / many).toFixed(0)} MB/s`);
