import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnswersYaml } from '../../reports/answers.js';
import { createSigningIdentity } from '../../reports/sign.js';

// Runs the real CLI on the report fixtures: commands, files written and exit codes are a contract.
const CLI = path.resolve('cli/practice-audit.mjs');
const SAMPLE = path.resolve('tests/fixtures/reports/sample-report.json');
let home = '';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, PRACTICE_AUDIT_HOME: home } });

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'pa-home-'));
});

describe('practice-audit report / verify / answers', () => {
  it('re-renders a report in every format, signed with the app identity, and verifies it', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'pa-report-'));
    const result = run('report', '--from', SAMPLE, '--out', out, '--format', 'json,html,pdf,csv');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    for (const f of ['report.json', 'report.json.p7s', 'report.html', 'report.pdf', 'findings.csv', 'patient-files.csv']) expect(existsSync(path.join(out, f)), f).toBe(true);
    expect(existsSync(path.join(home, 'signing-cert.pem'))).toBe(true);

    const verified = run('verify', path.join(out, 'report.json'));
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(/^VERIFIED/);
    const fingerprint = /certificate SHA-256: (\S+)/.exec(verified.stdout)?.[1] ?? '';
    expect(await readFile(path.join(out, 'report.html'), 'utf8')).toContain(fingerprint);
    expect(run('verify', path.join(out, 'report.json'), '--fingerprint', '00:11').status).toBe(1);

    const json = await readFile(path.join(out, 'report.json'));
    json[100] = json[100]! ^ 0x20;
    await writeFile(path.join(out, 'report.json'), json);
    const tampered = run('verify', path.join(out, 'report.json'));
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toMatch(/NOT VERIFIED.*does not match/);
  });

  it('fails verification when the signature file is missing', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'pa-report-'));
    expect(run('report', '--from', SAMPLE, '--out', out, '--format', 'json', '--no-sign').status).toBe(0);
    expect(existsSync(path.join(out, 'report.json.p7s'))).toBe(false);
    const result = run('verify', path.join(out, 'report.json'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/NOT VERIFIED: cannot read/);
  });

  it('signs with --key/--cert and applies answers and redaction', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-keys-'));
    const id = createSigningIdentity('Consultant signer');
    await writeFile(path.join(dir, 'key.pem'), id.keyPem);
    await writeFile(path.join(dir, 'cert.pem'), id.certPem);
    await writeFile(path.join(dir, 'answers.yaml'), 'attestedBy: "Jane Doe, Office Manager"\nattestedAt: 2026-11-20\nanswers:\n  mfa-email: yes\n');
    const out = path.join(dir, 'out');
    const result = run('report', '--from', SAMPLE, '--out', out, '--format', 'json', '--key', path.join(dir, 'key.pem'), '--cert', path.join(dir, 'cert.pem'), '--answers', path.join(dir, 'answers.yaml'), '--redact-paths');
    expect(result.status, result.stderr).toBe(0);
    const text = await readFile(path.join(out, 'report.json'), 'utf8');
    expect(text).not.toContain('Smith_John');
    const report = JSON.parse(text) as { checklist: Array<{ id: string; basis: string; attestedBy?: string }> };
    expect(report.checklist.find((c) => c.id === 'mfa-email')).toMatchObject({ basis: 'attested', attestedBy: 'Jane Doe, Office Manager' });
    expect(run('verify', path.join(out, 'report.json')).stdout).toContain(id.fingerprint);
  });

  it.each([
    [['report'], /report needs --from/],
    [['report', '--from', '/nonexistent/report.json'], /cannot read report .*no such file/],
    [['report', '--from', SAMPLE, '--key', 'k.pem'], /--key and --cert go together/],
    [['report', '--from', SAMPLE, '--format', 'docx'], /unknown format: docx/],
    [['report', '--from', SAMPLE, '--answers', '/nonexistent.yaml'], /cannot read answers file/],
    [['answers'], /answers needs --template/],
    [['scan', '--only', 'disk-encryption', '--key', 'k.pem', '--out', '/tmp/never'], /--key and --cert go together/],
    [['scan', '--only', 'disk-encryption', '--answers', '/nonexistent.yaml', '--out', '/tmp/never'], /cannot read answers file/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('rejects an answers file with mistakes, naming the lines and ids', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-answers-'));
    const file = path.join(dir, 'answers.yaml');
    await writeFile(file, 'attestedBy: Jane\nattestedAt: 2026-11-20\nanswers:\n  mfa-email: yes\n  edr-tool: yes\n  backups-tested: 3\n');
    const result = run('report', '--from', SAMPLE, '--out', path.join(dir, 'out'), '--answers', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/line 5: unknown question id "edr-tool"/);
    expect(result.stderr).toMatch(/line 6: backups-tested: answer must be one of/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('prints an answers template that parses, with what the scan found', () => {
    const result = run('answers', '--template', '--from', SAMPLE);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# The scan: no (from evidence)');
    expect(parseAnswersYaml(result.stdout).answers).toEqual([]);
  });
});
