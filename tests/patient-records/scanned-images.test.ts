/** Scanned intake forms and insurance cards (jpg/png/tif/heic/bmp): known by magic bytes only, listed as needs-ocr when clinical. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFileWithStats } from '../../checks/patient-records/extract/index.js';
import { imageFormat } from '../../checks/patient-records/extract/image.js';
import { judgeDocuments, type FileVerdict } from '../../checks/patient-records/inspect-file.js';
import { createRecords } from '../../checks/patient-records/records.js';
import { scanFiles } from '../../checks/patient-records/scan.js';
import type { ScanOptions } from '../../checks/types.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pr-scans-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const opts = { maxBytes: 8 << 20, timeoutMs: 20_000 };

// The first bytes of each format, then filler: the extractor must not need more than the magic.
const HEADS: [format: string, head: Buffer][] = [
  ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])],
  ['png', Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1')],
  ['tiff', Buffer.from('II*\0\x08\0\0\0', 'latin1')],
  ['tiff', Buffer.from('MM\0*\0\0\0\x08', 'latin1')],
  ['heic', Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1')],
  ['bmp', Buffer.from('BM\x36\x00\x0c\x00\0\0\0\0\x36\0\0\0', 'latin1')],
];
const image = (head: Buffer, size = 100_000): Buffer => Buffer.concat([head, Buffer.alloc(size - head.length, 0x5a)]);

describe('image magic bytes', () => {
  it.each(HEADS)('%s', (format, head) => expect(imageFormat(image(head))).toBe(format));

  it.each([
    ['text starting with BM', Buffer.from('BMI report: 27.1 for the spring screening')],
    ['an ISO BMFF video', Buffer.from('\0\0\0\x18ftypmp42\0\0\0\0isom', 'latin1')],
    ['a zip', Buffer.from('PK\x03\x04\x14\0\0\0', 'latin1')],
  ])('%s is not an image', (_n, head) => expect(imageFormat(head)).toBeNull());
});

describe('scanned images through extraction and records', () => {
  it.each(HEADS)('a %s file is named by its format and read no further than its head', async (format, head) => {
    const file = path.join(dir, `scan.${format}`);
    writeFileSync(file, image(head));
    const { docs, bytesRead } = await extractFileWithStats(file, opts);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ format, text: '', note: 'image-only scan: needs OCR' });
    expect(bytesRead).toBeLessThanOrEqual(8192);
  });

  it('lists clinical scans as needs-ocr containers and counts other images as skipped, never as errors', async () => {
    const file = path.join(dir, 'scan.jpg');
    writeFileSync(file, image(HEADS[0]![1]));
    const { docs, bytesRead } = await extractFileWithStats(file, opts);
    const result: FileVerdict = judgeDocuments(docs, file, bytesRead);
    const rec = createRecords(['/home/dr']);
    const at = (p: string) => ({ path: p, fsPath: p, size: 100_000, mtimeMs: Date.UTC(2024, 2, 1), dir: path.dirname(p) });
    for (const p of ['/home/dr/Scans/Patient intake/IMG_0412.jpg', '/home/dr/Desktop/insurance card front.jpg', '/home/dr/Pictures/holiday/IMG_0413.jpg']) rec.outcome(at(p), { ok: true, result });
    const ev = rec.build(false);
    expect(ev.containers.map((c) => [c.path, c.kind, c.note])).toEqual([
      ['/home/dr/Scans/Patient intake/IMG_0412.jpg', 'needs-ocr', 'not inspected: needs OCR (scanned image)'],
      ['/home/dr/Desktop/insurance card front.jpg', 'needs-ocr', 'not inspected: needs OCR (scanned image)'],
    ]);
    expect(ev.skipped).toEqual({ image: 1 });
    expect(ev.errors).toEqual([]);
    expect(ev.files).toEqual([]);
  });

  it('an image attached to an e-mail does not make the e-mail a scan', () => {
    const verdict = judgeDocuments(
      [
        { format: 'eml', encrypted: false, text: 'Lunch on Friday?', tables: [], fields: [], capped: false },
        { format: 'jpeg', member: 'menu.jpg', encrypted: false, text: '', tables: [], fields: [], capped: false, note: 'image: not inspected (needs OCR)' },
      ],
      'lunch.eml',
      100,
    );
    expect(verdict.imageOnly).toBe(false);
  });

  it('scans a tree: clinical scans (tif, jpg) are listed, a holiday tif is read and skipped, a holiday jpg is never opened', async () => {
    const root = path.join(dir, 'tree');
    const put = (rel: string, data: Buffer) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), data);
    };
    put('Scans/Patient intake/intake-0001.tif', image(HEADS[2]![1]));
    put('Scans/Patient intake/card-0001.jpg', image(HEADS[0]![1]));
    put('Pictures/beach.tif', image(HEADS[3]![1]));
    put('Pictures/beach.jpg', image(HEADS[0]![1]));
    const run = (include: string[] = []) => {
      const options: ScanOptions = { paths: [root], allVolumes: false, exclude: [], include, maxFileBytes: 1 << 20, fileTimeoutMs: 10_000, workers: 1, cacheDir: null };
      return scanFiles({ roots: [root], options, progress: () => undefined, signal: new AbortController().signal, checkId: 'patient-records' });
    };
    const rel = (p: string) => path.relative(root, p);
    const plain = await run();
    const rows = plain.containers.map((c) => [rel(c.path), c.kind]).sort();
    expect(rows).toEqual([
      ['Scans/Patient intake/card-0001.jpg', 'needs-ocr'],
      ['Scans/Patient intake/intake-0001.tif', 'needs-ocr'],
    ]);
    expect(plain.skipped.image).toBe(1);
    expect(plain.skipped['media-or-binary-type']).toBe(1);
    expect(plain.errors).toEqual([]);
  }, 60_000);
});
