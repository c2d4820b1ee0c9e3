import { describe, expect, it } from 'vitest';
import type { FileVerdict } from '../../checks/patient-records/inspect-file.js';
import { containerKind, createRecords } from '../../checks/patient-records/records.js';

const verdict = (over: Partial<FileVerdict> = {}): FileVerdict => ({
  format: 'csv',
  verdict: { category: 'phi', identifiers: { name: 100, mrn: 100 }, healthContext: { diagnosis: 100 }, estimatedPatients: 100, samples: ['J*** D**'] },
  flaggedParts: 1,
  encrypted: false,
  capped: false,
  bytesRead: 8 << 20,
  imageOnly: false,
  ...over,
});
const file = (p: string, size = 8 << 20) => ({ path: p, fsPath: p, size, mtimeMs: Date.UTC(2025, 0, 1), dir: '/home/a' });

describe('records', () => {
  it('extrapolates the patients of a table read in part, and says so', () => {
    const rec = createRecords(['/home/a']);
    rec.outcome(file('/home/a/export.csv', 24 << 20), { ok: true, result: verdict({ capped: true }) });
    rec.outcome(file('/home/a/notes.txt', 24 << 20), { ok: true, result: verdict({ format: 'txt', capped: true }) });
    const [csv, txt] = rec.build(false).files;
    expect(csv).toMatchObject({ estimatedPatients: 300, capped: true });
    expect(csv?.note).toContain('extrapolated');
    expect(txt?.estimatedPatients).toBe(100);
    expect(rec.build(false).totals).toMatchObject({ phiFiles: 2, estimatedPatients: 400, bytesInspected: 16 << 20 });
    expect(csv?.note).toContain('only the first 8 MB were inspected');
  });

  it('says when a big file was sampled across its length rather than read from the start', () => {
    const rec = createRecords(['/home/a']);
    rec.outcome(file('/home/a/server.log', 40 << 20), { ok: true, result: verdict({ format: 'txt', capped: true, sampled: true, bytesRead: 4 << 20 }) });
    expect(rec.build(false).files[0]?.note).toBe('4 MB sampled across the file were inspected');
    rec.outcome(file('/home/a/export.csv', 40 << 20), { ok: true, result: verdict({ capped: true, sampled: true, bytesRead: 256 << 10 }) });
    expect(rec.build(false).files[1]?.note).toContain('256 KB sampled across the file were inspected');
  });

  it('lists protected files by name: clinical in files, others as containers', () => {
    const rec = createRecords(['/home/a']);
    rec.outcome(file('/home/a/Patients/chart.xlsx'), { ok: true, result: verdict({ encrypted: true, format: 'xlsx' }) });
    rec.outcome(file('/home/a/budget.xlsx'), { ok: true, result: verdict({ encrypted: true, format: 'xlsx' }) });
    const ev = rec.build(false);
    expect(ev.files.map((f) => [f.path, f.encrypted])).toEqual([['/home/a/Patients/chart.xlsx', true]]);
    expect(ev.containers.map((c) => [c.path, c.kind])).toEqual([['/home/a/budget.xlsx', 'encrypted-file']]);
  });

  it.each([
    ['C:\\Users\\a\\Documents\\Outlook Files\\mail.pst', 'outlook-pst'],
    ['/Users/a/Library/Messages/chat.db', 'chat-database'],
    ['/home/a/WhatsApp/msgstore.db', 'chat-database'],
    ['/home/a/clinic.db', null],
  ])('%s is a container of kind %s', (p, kind) => expect(containerKind(p)).toBe(kind));
});
