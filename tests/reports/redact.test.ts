import { describe, expect, it } from 'vitest';
import { redactPaths } from '../../reports/redact.js';
import { loadFixture } from './helpers.js';

describe('redactPaths', () => {
  const original = loadFixture('sample');
  const redacted = redactPaths(original);
  const text = JSON.stringify(redacted);

  it('removes folder and file names that may hold patient names, everywhere in the report', () => {
    for (const name of ['Smith_John', 'Garcia Maria', 'Patient Lists', 'Billing', 'denials_Q3', 'ehr_export_2026-10', 'ORU_0412']) expect(text).not.toContain(name);
  });

  it('keeps well-known folders, the drive, the user folder and extensions', () => {
    const paths = redacted.patientRecords?.files.map((f) => f.path) ?? [];
    expect(paths[0]).toMatch(/^C:\\Users\\frontdesk\\Downloads\\file-\d+\.csv$/);
    expect(paths[1]).toMatch(/^C:\\Users\\frontdesk\\Desktop\\folder-\d+\\file-\d+\.xlsx$/);
    expect(redacted.patientRecords?.roots).toEqual(original.patientRecords?.roots);
  });

  it('maps the same name to the same placeholder, including in finding evidence', () => {
    const folder = redacted.patientRecords?.files[1]?.path.split('\\')[4];
    const evidence = redacted.findings.find((f) => f.id === 'patient-records:unencrypted-phi')?.evidence.folders as string[];
    expect(evidence).toContain(`Desktop\\${folder}`);
    expect(redactPaths(original)).toEqual(redacted);
  });

  it('leaves ordinary words in prose alone', () => {
    expect(text).toContain('restored data from backup');
    expect(redacted.device).toEqual(original.device);
  });
});
