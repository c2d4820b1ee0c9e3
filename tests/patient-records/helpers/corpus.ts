/**
 * Shared by the practice-laptop corpus tests: read a LABELS.tsv (file, expected, why, planted) and check one
 * file through the real extractors and detectors (extractFile -> judgeDocuments).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { extractFile } from '../../../checks/patient-records/extract/index.js';
import { judgeDocuments } from '../../../checks/patient-records/inspect-file.js';

/** One labelled file: name, expected verdict (`phi`, `pii`, `none`) and the planted raw values (`;`-separated). */
export type LabelRow = [file: string, want: string, planted: string];

/** The rows of a corpus folder's LABELS.tsv. */
export const readLabels = (dir: string): LabelRow[] =>
  readFileSync(`${dir}LABELS.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map((r) => [r[0]!, r[1]!, r[3] ?? '']);

/**
 * The file at `path` must come out with its label, count at least one patient when listed, keep every planted
 * raw value out of its verdict and show at most three masked samples.
 */
export const expectVerdict = async (path: string, file: string, want: string, planted: string): Promise<void> => {
  const docs = await extractFile(path, { maxBytes: 8 << 20, timeoutMs: 20_000 });
  const { verdict } = judgeDocuments(docs, file, 0);
  expect(verdict.category ?? 'none').toBe(want);
  if (verdict.category) expect(verdict.estimatedPatients).toBeGreaterThan(0);
  const json = JSON.stringify(verdict);
  for (const raw of planted.split(';').filter(Boolean)) expect(json).not.toContain(raw);
  expect(verdict.samples.length).toBeLessThanOrEqual(3);
  // A masked sample keeps at most four letters or digits in a row (last digits, a year, initials).
  for (const s of verdict.samples) expect(s).not.toMatch(/[A-Za-z0-9]{5}/);
};
