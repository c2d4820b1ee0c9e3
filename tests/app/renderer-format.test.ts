import { describe, expect, it } from 'vitest';
import { baseName, describeIdentifiers, folderOf, formatBytes, formatEta, overallRisk, plural } from '../../renderer/src/format.js';
import { finding, makeReport } from './report-fixture.js';

describe('renderer wording helpers', () => {
  it.each([
    [[], 'Low risk'],
    [[finding('a:1', 'info')], 'Low risk'],
    [[finding('a:1', 'low')], 'Low risk'],
    [[finding('a:1', 'medium'), finding('b:1', 'low')], 'Medium risk'],
    [[finding('a:1', 'critical', 'unknown'), finding('b:1', 'high')], 'High risk'],
    [[finding('a:1', 'critical'), finding('b:1', 'critical')], 'Critical risk'],
  ] as const)('overall risk of %j is %s (unknowns do not count as problems)', (findings, label) => {
    expect(overallRisk(makeReport('2026-01-01T00:00:00.000Z', [...findings])).label).toBe(label);
  });

  it('says how many critical problems there are, in words', () => {
    expect(overallRisk(makeReport('2026-01-01T00:00:00.000Z', [finding('a:1', 'critical'), finding('b:1', 'critical')])).sentence).toBe(
      '2 critical problems could expose patient data. Fix these first.',
    );
  });

  it.each([
    [null, 'estimating…'],
    [5, 'a few seconds'],
    [44, 'about 40 seconds'],
    [600, 'about 10 minutes'],
    [7200, 'about 2.0 hours'],
  ])('time left %s -> %s', (seconds, text) => {
    expect(formatEta(seconds)).toBe(text);
  });

  it('formats sizes, counts and paths for both separators', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(1200, 'file')).toBe('1,200 files');
    expect(baseName('C:\\Users\\pat\\Documents\\list.xlsx')).toBe('list.xlsx');
    expect(folderOf('/home/pat/Documents/list.xlsx')).toBe('/home/pat/Documents');
  });

  it('describes the most common identifiers first, in plain words', () => {
    expect(describeIdentifiers({ ssn: 3, name: 12, dob: 12, phone: 0, icd10: 1 })).toBe('12 × name, 12 × date of birth, 3 × SSN');
  });
});
