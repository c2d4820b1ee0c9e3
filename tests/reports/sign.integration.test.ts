import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, loadOrCreateSigningIdentity, signReport, verifyReportSignature } from '../../reports/sign.js';

// Uses the real openssl binary: the contract is that `openssl cms -verify` accepts our signatures.
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const openssl = (...args: string[]) => spawnSync('openssl', args, { encoding: 'utf8' });

describe('report signing', () => {
  it('has openssl available in CI', () => {
    if (process.env.CI === 'true') expect(hasOpenssl, 'openssl must be installed in CI').toBe(true);
  });

  it('picks the per-OS data folder, overridable with PRACTICE_AUDIT_HOME', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toBe(path.join('C:\\Users\\a\\AppData\\Roaming', 'PracticeAudit'));
    expect(defaultDataDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Application Support/PracticeAudit');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a')).toBe('/x/practice-audit');
    expect(defaultDataDir('linux', { PRACTICE_AUDIT_HOME: '/t' }, '/home/a')).toBe('/t');
  });

  it.skipIf(!hasOpenssl)('creates the identity once, and openssl and verify agree on good and tampered bytes', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-sign-'));
    const identity = await loadOrCreateSigningIdentity(dir);
    expect((await loadOrCreateSigningIdentity(dir)).fingerprint).toBe(identity.fingerprint);

    const x509 = openssl('x509', '-in', path.join(dir, 'signing-cert.pem'), '-noout', '-fingerprint', '-sha256');
    expect(x509.stdout.trim().split('=')[1]).toBe(identity.fingerprint);

    const bytes = Buffer.from('{\n  "schemaVersion": "1.0"\n}\n');
    const json = path.join(dir, 'report.json');
    const p7s = `${json}.p7s`;
    await writeFile(json, bytes);
    await writeFile(p7s, signReport(bytes, identity, new Date('2026-11-20T18:05:14Z')));
    const ok = verifyReportSignature(await readFile(json), await readFile(p7s));
    expect(ok).toMatchObject({ ok: true, fingerprint: identity.fingerprint, signedAt: '2026-11-20T18:05:14.000Z' });
    expect(ok.subject).toMatch(/Practice Audit/);
    expect(openssl('cms', '-verify', '-binary', '-inform', 'DER', '-in', p7s, '-content', json, '-noverify', '-out', '/dev/null').status).toBe(0);

    const tampered = Buffer.from(bytes);
    tampered[5] = tampered[5]! ^ 1;
    await writeFile(json, tampered);
    expect(verifyReportSignature(tampered, await readFile(p7s))).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match/) });
    expect(openssl('cms', '-verify', '-binary', '-inform', 'DER', '-in', p7s, '-content', json, '-noverify', '-out', '/dev/null').status).not.toBe(0);
  });

  it('rejects something that is not a signature', () => {
    expect(verifyReportSignature(Buffer.from('{}'), Buffer.from('not der'))).toMatchObject({ ok: false });
  });
});
