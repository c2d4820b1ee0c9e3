import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFileWithStats, TEXT_READ_CAP } from '../../checks/patient-records/extract/index.js';
import { readHeadThenRest } from '../../checks/patient-records/extract/read-file.js';
import { judgeDocuments } from '../../checks/patient-records/inspect-file.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pa-sampled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const opts = { maxBytes: 50 << 20, timeoutMs: 30_000 };

describe('reading big line-oriented files as windows spread over them', () => {
  const lines = Array.from({ length: 200_000 }, (_, i) => `line ${String(i).padStart(6, '0')} ${'x'.repeat(40)}`);
  const file = path.join(dir, 'numbered.log');
  writeFileSync(file, `${lines.join('\n')}\n`);

  it('reads whole lines only, from the first to the last, in order', () => {
    const read = readHeadThenRest(file, 8192, Infinity, () => ({ limit: 1 << 20, windows: { count: 5, bytes: 64 << 10 } }));
    expect(read.sampled).toBe(true);
    expect(read.capped).toBe(true);
    const got = read.buffer.toString('utf8').split('\n').filter(Boolean);
    expect(got.every((l) => /^line \d{6} x{40}$/.test(l))).toBe(true);
    expect(got[0]).toBe(lines[0]);
    expect(got.at(-1)).toBe(lines.at(-1));
    const numbers = got.map((l) => Number(l.slice(5, 11)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(read.buffer.length).toBeLessThanOrEqual(5 * (64 << 10));
  });

  it('reads from the start when the windows would cover the whole file anyway', () => {
    const read = readHeadThenRest(file, 8192, Infinity, () => ({ limit: 20 << 20, windows: { count: 8, bytes: 4 << 20 } }));
    expect(read.sampled).toBeUndefined();
    expect(read.capped).toBe(false);
  });
});

describe('a big log or export with patient data only near its end', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `2026-03-01T10:${String(i % 60).padStart(2, '0')}:00Z INFO sync job ${i} finished in ${i % 97} ms`).join('\n');
  const cap = TEXT_READ_CAP.text ?? 0;

  it('finds a patient in the last lines of a log larger than the text cap, and says it was sampled', async () => {
    const file = path.join(dir, 'interface.log');
    const tail = 'ADT received: Patient: Rosalind Okafor DOB: 03/14/1961 MRN: 88120455 Dx: type 2 diabetes mellitus (E11.9), metformin 500 mg';
    writeFileSync(file, `${filler(Math.ceil((cap * 1.5) / 60))}\n${tail}\n`);
    const { docs, bytesRead, sampled } = await extractFileWithStats(file, opts);
    expect(sampled).toBe(true);
    expect(bytesRead).toBeLessThan(cap);
    const verdict = judgeDocuments(docs, 'interface.log', bytesRead);
    expect(verdict.verdict.category).toBe('phi');
    expect(JSON.stringify(verdict)).not.toContain('88120455');
  });

  it('reads a CSV export as header plus sampled rows, and scales the patient count to the rows counted', async () => {
    const file = path.join(dir, 'export.csv');
    const rows = Array.from({ length: 220_000 }, (_, i) => `MRN${String(1_000_000 + i)},Patient${i},Smith,03/04/19${50 + (i % 40)},Asthma`);
    writeFileSync(file, `MRN,First,Last,DOB,Diagnosis\n${rows.join('\n')}\n`);
    const { docs, bytesRead, sampled } = await extractFileWithStats(file, opts);
    expect(sampled).toBe(true);
    expect(docs[0]?.tables[0]?.header).toEqual(['MRN', 'First', 'Last', 'DOB', 'Diagnosis']);
    const verdict = judgeDocuments(docs, 'export.csv', bytesRead).verdict;
    expect(verdict.category).toBe('phi');
    // The rows read are counted; the scan (records.ts) then scales by size / bytes read.
    const perByte = verdict.estimatedPatients / bytesRead;
    const whole = Math.round(perByte * rows.join('\n').length);
    expect(whole).toBeGreaterThan(200_000);
    expect(whole).toBeLessThan(240_000);
  });
});
