import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

type Report = { findings: { id: string; checkId: string; severity: string; status: string }[]; checks: { checkId: string; evidence: { systemVolumeEncrypted: boolean | null; volumes: { id: string; encrypted: boolean | null }[] } }[] };

// Runs the real CLI on this machine. Its root filesystem is an unencrypted virtual disk, so the
// check must report it as a high or critical failure (and must never call it encrypted).
describe('disk-encryption on this machine (integration)', () => {
  const linux = process.platform === 'linux';
  const hasLsblk = ['/usr/bin/lsblk', '/bin/lsblk'].some((p) => existsSync(p));

  it.runIf(linux)('reports the unencrypted root filesystem as high or critical', async () => {
    if (process.env.CI === 'true') expect(hasLsblk, 'lsblk (util-linux) is required in CI').toBe(true);
    const out = await mkdtemp(path.join(os.tmpdir(), 'pa-disk-int-'));
    const result = spawnSync(process.execPath, ['cli/practice-audit.mjs', 'scan', '--only', 'disk-encryption', '--format', 'json', '--out', out], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
    const check = report.checks.find((c) => c.checkId === 'disk-encryption');
    const root = check?.evidence.volumes.find((v) => v.id === '/');
    expect(root?.encrypted).toBe(false);
    expect(check?.evidence.systemVolumeEncrypted).toBe(false);
    const finding = report.findings.find((f) => f.id === 'disk-encryption:volume:/');
    expect(finding).toMatchObject({ checkId: 'disk-encryption', status: 'fail' });
    expect(['high', 'critical']).toContain(finding?.severity);
  });
});
