/**
 * Accuracy on the shared corpus (../shared/samples/phi/MANIFEST.tsv): part B's extractFile, then
 * inspectDocument per document and mergeVerdicts per file. Positives must be listed with the right
 * category, negatives must never come out `phi`, the encrypted workbook must read as encrypted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectDocument, mergeVerdicts } from '../../checks/patient-records/detect/index.js';
import { extractFile } from '../../checks/patient-records/extract/index.js';

const ROOT = '../shared/samples/phi/';
const rows = existsSync(`${ROOT}MANIFEST.tsv`)
  ? readFileSync(`${ROOT}MANIFEST.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t') as [string, string, string, string])
  : [];

// Positives that hold identifiers only (DLP test sheets, PII demo text): expected `pii`. Demographic tables of
// patients with no clinical column may read either way. Every other positive carries health information: `phi`.
const PII_ONLY = new Set([
  'positive/csv_presidio_fabric_sample_pii.csv', 'positive/doc_ftntdlp_ssn-cc.doc', 'positive/pdf_ftntdlp_ssn-cc.pdf',
  'positive/txt_ftntdlp_no-ssn_names_dob.txt', 'positive/txt_ftntdlp_ssn.txt', 'positive/xlsx_ftntdlp_no-ssn-cc_names_dob.xlsx',
  'positive/xlsx_ftntdlp_ssn-cc.xlsx', 'positive/zip_ftntdlp_ssn-cc.zip', 'positive/txt_presidio_context_sentences_tests.txt',
  'positive/txt_presidio_e2e_demo_pii.txt',
]);
const EITHER = new Set(['positive/synthea_au_csv_patients.csv', 'positive/synthea_us_csv_patients.csv', 'positive/sqlite_patient-mgmt_patients.db']);
const ENCRYPTED = new Set(['negative/xlsx_unstructured_password_protected_unscannable.xlsx']);

const expected = (file: string, label: string): string => {
  if (ENCRYPTED.has(file)) return 'encrypted';
  if (label !== 'positive') return 'not phi';
  return PII_ONLY.has(file) ? 'pii' : EITHER.has(file) ? 'listed' : 'phi';
};

describe.skipIf(rows.length === 0)('shared PHI corpus', () => {
  it.each(rows.map(([file, format, label]) => [file, format, expected(file, label)]))('%s (%s) -> %s', async (file, _format, want) => {
    const docs = await extractFile(ROOT + file, { maxBytes: 32 << 20, timeoutMs: 30_000 });
    const verdict = mergeVerdicts(docs.map(inspectDocument));
    if (want === 'encrypted') {
      expect(docs.some((d) => d.encrypted)).toBe(true);
      expect(verdict.category).toBeNull();
    } else if (want === 'not phi') expect(verdict.category).not.toBe('phi');
    else if (want === 'listed') expect(verdict.category).not.toBeNull();
    else expect(verdict.category).toBe(want);
    if (verdict.category) expect(verdict.estimatedPatients).toBeGreaterThan(0);
    // Nothing raw leaves inspectDocument: no structured value of 5+ characters appears in the verdict.
    const json = JSON.stringify(verdict);
    for (const d of docs) for (const f of d.fields) if (f.value.trim().length >= 5 && !/^[a-z ]+$/i.test(f.value)) expect(json).not.toContain(f.value.trim());
    expect(verdict.samples.length).toBeLessThanOrEqual(3);
    for (const s of verdict.samples) expect(s).toContain('*');
  }, 90_000);
});
