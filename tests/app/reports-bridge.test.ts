import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportBytes } from '../../main/history.js';
import { createReportServices, type ReportServices } from '../../main/reports-bridge.js';
import { deriveReport, verifyReportSignature } from '../../reports/index.js';
import { makeReport } from './report-fixture.js';

describe('report services', () => {
  let dir: string;
  let services: ReportServices;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'pa-bridge-'));
    services = await createReportServices(path.join(dir, 'signing'));
  }, 60_000);
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('signs history bytes so that the signature verifies, and fails on changed bytes', async () => {
    const bytes = reportBytes(makeReport('2026-01-01T00:00:00.000Z'));
    const signature = Buffer.from(await services.sign(bytes));
    expect(verifyReportSignature(bytes, signature).ok).toBe(true);
    expect(verifyReportSignature(Buffer.concat([bytes, Buffer.from(' ')]), signature).ok).toBe(false);
  });

  it('records answers as attested with the name and time', () => {
    const report = deriveReport(makeReport('2026-01-01T00:00:00.000Z'));
    const at = new Date('2026-01-02T09:30:00.000Z');
    const answered = services.attest(report, [{ id: 'mfa-email', answer: 'yes' }], 'Pat Lee', at);
    expect(answered.checklist.find((c) => c.id === 'mfa-email')).toMatchObject({ answer: 'yes', basis: 'attested', attestedBy: 'Pat Lee' });
  });

  it('exports the signed bundle in the chosen formats', async () => {
    const out = path.join(dir, 'export');
    const files = await services.exportBundle(deriveReport(makeReport('2026-01-01T00:00:00.000Z')), out, ['json', 'html'], true);
    expect(files.map((f) => path.basename(f)).sort()).toEqual(['report.html', 'report.json', 'report.json.p7s']);
    expect((await readdir(out)).sort()).toEqual(['report.html', 'report.json', 'report.json.p7s']);
  });
});
