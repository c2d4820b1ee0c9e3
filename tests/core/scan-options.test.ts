import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir, splitList, toScanOptions, UsageError } from '../../checks/scan-options.js';
import { defaultOutDir, parseFormats, parseSeverity } from '../../cli/scan-options.js';

describe('scan options', () => {
  it('splits repeated and comma-separated lists', () => {
    expect(splitList(['a,b', ' c ', ''])).toEqual(['a', 'b', 'c']);
    expect(splitList(undefined)).toEqual([]);
  });

  it.each([
    [undefined, ['json', 'html', 'pdf']],
    [['json'], ['json']],
    [['pdf,csv', 'pdf'], ['pdf', 'csv']],
  ])('formats %j -> %j', (input, expected) => {
    expect(parseFormats(input, ['json', 'html', 'pdf'])).toEqual(expected);
  });

  it('rejects unknown formats and severities as usage errors', () => {
    expect(() => parseFormats(['docx'], ['json'])).toThrow(UsageError);
    expect(() => parseSeverity('severe')).toThrow(/--fail-on takes one of critical, high, medium, low, info/);
    expect(parseSeverity('high')).toBe('high');
  });

  it('maps flags to scan options with sane defaults', () => {
    const o = toScanOptions({ path: ['docs'], maxFileMb: '2', fileTimeout: '5', cache: false });
    expect(o.paths).toEqual([path.resolve('docs')]);
    expect(o.maxFileBytes).toBe(2 * 1024 * 1024);
    expect(o.fileTimeoutMs).toBe(5000);
    expect(o.cacheDir).toBeNull();
    expect(toScanOptions({}).maxFileBytes).toBe(50 * 1024 * 1024);
    expect(() => toScanOptions({ workers: 'many' })).toThrow(UsageError);
  });

  it('puts the cache where each OS keeps per-user caches', () => {
    expect(defaultCacheDir('win32', 'C:\\Users\\amy', { LOCALAPPDATA: 'C:\\Users\\amy\\AppData\\Local' })).toContain(path.join('PracticeAudit', 'cache'));
    expect(defaultCacheDir('darwin', '/Users/amy', {})).toBe(path.join('/Users/amy', 'Library', 'Caches', 'PracticeAudit'));
    expect(defaultCacheDir('linux', '/home/amy', {})).toBe(path.join('/home/amy', '.cache', 'practice-audit'));
  });

  it('names the default output folder by date and time', () => {
    expect(path.basename(defaultOutDir(new Date(2026, 0, 2, 3, 4, 5), '/tmp'))).toBe('practice-audit-2026-01-02-030405');
  });
});
