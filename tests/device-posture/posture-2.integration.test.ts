import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../reports/schema.js';

const CLI = path.resolve('cli/practice-audit.mjs');
const IDS = ['accounts', 'remote-access', 'backups', 'cloud-sync', 'removable-media'];
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 240_000 });
const load = async (dir: string): Promise<Report> => parseReport(JSON.parse(await readFile(path.join(dir, 'report.json'), 'utf8')));

// Runs the five checks for real on this machine, then replays the recording: each gives a status, none crashes.
describe('device posture part 2 on this machine', () => {
  it('answers every question or says why it could not, and replays to the same result', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-posture2-'));
    const live = run('scan', '--only', IDS.join(','), '--format', 'json', '--out', path.join(dir, 'live'), '--record', path.join(dir, 'rec'), '--quiet');
    expect([0, 1], live.stderr).toContain(live.status);
    const report = await load(path.join(dir, 'live'));
    for (const id of IDS) {
      const check = report.checks.find((c) => c.checkId === id);
      expect(check, id).toBeDefined();
      expect(['pass', 'fail', 'unknown', 'not-applicable'], `${id}: ${check?.summary}`).toContain(check?.status);
      expect(check?.summary.length).toBeGreaterThan(10);
    }
    for (const finding of report.findings.filter((x) => IDS.includes(x.checkId))) {
      expect(finding.id.startsWith(`${finding.checkId}:`)).toBe(true);
      if (finding.status === 'unknown') expect(finding.description.length, finding.id).toBeGreaterThan(20);
      expect(finding.remediation.length, finding.id).toBeGreaterThan(0);
    }
    const replay = run('scan', '--only', IDS.join(','), '--replay', path.join(dir, 'rec'), '--format', 'json', '--out', path.join(dir, 'replay'), '--quiet');
    expect([0, 1], replay.stderr).toContain(replay.status);
    const again = await load(path.join(dir, 'replay'));
    const summary = (r: Report) => IDS.map((id) => `${id}:${r.checks.find((c) => c.checkId === id)?.status}`);
    expect(summary(again)).toEqual(summary(report));
    expect(again.findings.map((x) => x.id).sort()).toEqual(report.findings.map((x) => x.id).sort());
  });
});
