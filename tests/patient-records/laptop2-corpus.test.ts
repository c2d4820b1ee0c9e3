/**
 * The second practice-laptop corpus (tests/fixtures/patient-records/laptop2/, labels in LABELS.tsv): binary office
 * documents, PDFs, archives and mail made with LibreOffice and Python (make-corpus.py). Each file goes through the real
 * extractors and detectors (extractFile -> judgeDocuments) and must come out with its label; no planted raw value may
 * appear in the verdict, and every sample must be masked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../checks/patient-records/extract/index.js';
import { judgeDocuments } from '../../checks/patient-records/inspect-file.js';

const DIR = 'tests/fixtures/patient-records/laptop2/';
const rows = readFileSync(`${DIR}LABELS.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));

// Misses left on purpose, labelled as they should be and expected to fail until a rule covers them.
const GAPS = new Set<string>([]);

describe('practice-laptop corpus, round 2 (binary documents)', () => {
  it('labels every file in the folder', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => r[1] === 'none').length).toBeGreaterThanOrEqual(8);
  });

  const check = async (file: string, want: string, planted: string) => {
    const docs = await extractFile(DIR + file, { maxBytes: 8 << 20, timeoutMs: 20_000 });
    const { verdict } = judgeDocuments(docs, file, 0);
    expect(verdict.category ?? 'none').toBe(want);
    if (verdict.category) expect(verdict.estimatedPatients).toBeGreaterThan(0);
    const json = JSON.stringify(verdict);
    for (const raw of planted.split(';').filter(Boolean)) expect(json).not.toContain(raw);
    expect(verdict.samples.length).toBeLessThanOrEqual(3);
    // A masked sample keeps at most four letters or digits in a row (last digits, a year, initials).
    for (const s of verdict.samples) expect(s).not.toMatch(/[A-Za-z0-9]{5}/);
  };
  const args = (r: string[]) => [r[0]!, r[1]!, r[3] ?? ''];
  it.each(rows.filter((r) => !GAPS.has(r[0]!)).map(args))('%s -> %s', check, 60_000);
  it.fails.each(rows.filter((r) => GAPS.has(r[0]!)).map(args))('%s -> %s (known gap)', check, 60_000);
});
