import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('cli/practice-audit.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });

// Runs the real CLI: exit codes and the stdout/stderr split are a contract with scripts.
describe('practice-audit CLI', () => {
  it.each([
    [['scan', '--only', 'no-such-group'], /unknown check or group: no-such-group/],
    [['scan', '--record', '/tmp/a', '--replay', '/tmp/b'], /--record and --replay cannot be used together/],
    [['scan', '--format', 'docx'], /unknown format: docx/],
    [['scan', '--fail-on', 'severe'], /severe/],
    [['scan', '--format', 'html', '-'], /needs --format json/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('prints help and version with exit 0', () => {
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = run('scan', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--fail-on');
  });

  it('replays a recording to a clean JSON stream on stdout', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-cli-'));
    const recorded = run('scan', '--only', 'disk-encryption', '--record', dir, '--format', 'json', '--out', path.join(dir, 'live'), '--quiet');
    expect(recorded.status, recorded.stderr).toBe(0);
    const replayed = run('scan', '--only', 'disk-encryption', '--replay', dir, '--format', 'json', '-');
    expect(replayed.status, replayed.stderr).toBe(0);
    const report = JSON.parse(replayed.stdout) as { schemaVersion: string; scan: { replayedFrom: string } };
    expect(report.schemaVersion).toBe('1.0');
    expect(report.scan.replayedFrom).toBe(dir);
  });
});
