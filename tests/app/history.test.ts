import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHistoryStore, historyIdFor, reportBytes } from '../../main/history.js';
import { finding, makeReport } from './report-fixture.js';

describe('history store', () => {
  let dir: string;
  const signed: Buffer[] = [];
  const sign = async (bytes: Buffer) => {
    signed.push(bytes);
    return `SIGNATURE OVER ${bytes.length} BYTES`;
  };
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pa-history-'));
    signed.length = 0;
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('saves report.json and a signature over its exact bytes', async () => {
    const store = createHistoryStore(dir, sign);
    const report = makeReport('2026-03-04T05:06:07.089Z', [finding('enc:c')]);
    const id = await store.add(report);
    expect(id).toBe('20260304-050607-089');
    const bytes = await readFile(path.join(dir, id, 'report.json'));
    expect(bytes.equals(reportBytes(report))).toBe(true);
    expect(signed[0]?.equals(bytes)).toBe(true);
    expect(await readFile(path.join(dir, id, 'report.json.p7s'), 'utf8')).toBe(`SIGNATURE OVER ${bytes.length} BYTES`);
    expect(await store.load(id)).toEqual(report);
  });

  it('keeps two scans that finished at the same moment apart', async () => {
    const store = createHistoryStore(dir, sign);
    const report = makeReport('2026-03-04T05:06:07.089Z');
    expect(await store.add(report)).toBe('20260304-050607-089');
    expect(await store.add(report)).toBe('20260304-050607-089-2');
  });

  it('lists scans newest first with counts, skipping damaged folders', async () => {
    const store = createHistoryStore(dir, null);
    await store.add(makeReport('2026-01-01T00:00:00.000Z', [finding('a:1', 'critical'), finding('b:1', 'low')], ['/p.csv']));
    await store.add(makeReport('2026-02-01T00:00:00.000Z'));
    await mkdir(path.join(dir, 'broken'));
    await writeFile(path.join(dir, 'broken', 'report.json'), '{ not json');
    const list = await store.list();
    expect(list.map((e) => e.finishedAt)).toEqual(['2026-02-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z']);
    expect(list[1]).toMatchObject({ counts: { critical: 1, high: 0, medium: 0, low: 1, info: 0 }, patientRecordFiles: 1, signed: false });
  });

  it('re-signs a replaced report and refuses ids that leave the folder', async () => {
    const store = createHistoryStore(dir, sign);
    const id = await store.add(makeReport('2026-01-01T00:00:00.000Z'));
    const changed = { ...makeReport('2026-01-01T00:00:00.000Z'), findings: [finding('x:y')] };
    await store.replace(id, changed);
    expect(signed).toHaveLength(2);
    expect((await store.load(id)).findings).toHaveLength(1);
    await expect(store.load('../etc')).rejects.toThrow('not a saved scan');
    await expect(store.replace('nope', changed)).rejects.toThrow();
  });

  it('makes folder-safe ids from the finish time', () => {
    expect(historyIdFor(makeReport('2026-12-31T23:59:59.000Z'))).toBe('20261231-235959-000');
  });
});
