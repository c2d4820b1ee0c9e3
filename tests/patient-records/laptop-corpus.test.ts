/**
 * The hand-written practice-laptop corpus (tests/fixtures/patient-records/laptop/, labels in LABELS.tsv):
 * each file goes through the real extractors and detectors (extractFile -> judgeDocuments) and must come out
 * with its label; no planted raw value may appear in the verdict, and every sample must be masked.
 * Files named `*.docx.txt`, `*.xlsx.tsv`... hold the text of a binary document and are wrapped first.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip, docx, odt, pdf, pptx, xlsx } from '../bench/synthetic-formats.js';
import { expectVerdict } from './helpers/corpus.js';

const DIR = 'tests/fixtures/patient-records/laptop/';
const rows = readFileSync(`${DIR}LABELS.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const tmp = mkdtempSync(join(tmpdir(), 'laptop-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The file to scan: the fixture itself, or its text wrapped in the binary format its name ends with. */
const materialize = async (file: string): Promise<string> => {
  const wrap = /^(.*)\.(docx|odt|pptx|pdf|zip)\.txt$|^(.*)\.(xlsx)\.tsv$/.exec(file);
  if (!wrap) return DIR + file;
  const text = readFileSync(DIR + file, 'utf8');
  const [base, ext] = wrap[1] ? [wrap[1], wrap[2]!] : [wrap[3]!, wrap[4]!];
  const data =
    ext === 'docx' ? docx(text)
    : ext === 'odt' ? odt(text)
    : ext === 'pptx' ? pptx(text)
    : ext === 'pdf' ? await pdf(text)
    : ext === 'zip' ? buildZip([{ name: `${base}.docx`, data: docx(text) }])
    : xlsx(text.trim().split('\n').map((l) => l.split('\t')));
  const out = join(tmp, `${base}.${ext}`);
  writeFileSync(out, data);
  return out;
};

// Misses that sit in extraction, not detection (extract/ belongs to another engineer): kept labelled as they
// should be, expected to fail until the extractor is fixed.
const EXTRACTION_GAPS = new Set<string>([]);

// Detection misses left on purpose, labelled as they should be and expected to fail until a rule covers them.
const DETECTION_GAPS = new Set<string>([]);

describe('practice-laptop corpus', () => {
  it('labels every file in the folder', () => {
    expect(rows.length).toBeGreaterThanOrEqual(90);
    expect(rows.filter((r) => r[1] !== 'none').length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r[1] === 'none').length).toBeGreaterThanOrEqual(30);
  });

  const check = async (file: string, want: string, planted: string) => expectVerdict(await materialize(file), file, want, planted);
  const gap = (r: string[]) => EXTRACTION_GAPS.has(r[0]!) || DETECTION_GAPS.has(r[0]!);
  const known = rows.filter((r) => !gap(r)).map((r) => [r[0]!, r[1]!, r[3] ?? '']);
  const gaps = rows.filter(gap).map((r) => [r[0]!, r[1]!, r[3] ?? '']);
  it.each(known)('%s -> %s', check, 60_000);
  it.fails.each(gaps)('%s -> %s (known gap)', check, 60_000);
});
