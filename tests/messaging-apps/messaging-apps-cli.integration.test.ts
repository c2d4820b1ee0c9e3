import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './fake-machine.js';

const CLI = path.resolve('cli/practice-audit.mjs');

type Report = { findings: { id: string; checkId: string; status: string; severity: string; evidence: Record<string, unknown> }[] };

// Runs the real CLI on this machine with HOME pointing at a fake home folder.
describe.runIf(process.platform === 'linux')('messaging-apps scan of a fake Linux home (real CLI)', () => {
  let root = '';
  let report: Report;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'pa-messaging-'));
    const home = path.join(root, 'home');
    const apps = path.join(home, '.local', 'share', 'applications');
    await mkdir(path.join(home, '.config', 'Signal', 'sql'), { recursive: true });
    await mkdir(path.join(home, '.config', 'SignalRgb'), { recursive: true });
    await mkdir(apps, { recursive: true });
    await writeFile(path.join(home, '.config', 'Signal', 'sql', 'db.sqlite'), Buffer.alloc(4096));
    await writeFile(path.join(home, '.config', 'Signal', 'config.json'), '{"encryptedKey":"00"}\n');
    const old = new Date('2024-01-15T00:00:00Z');
    await utimes(path.join(home, '.config', 'Signal', 'sql', 'db.sqlite'), old, old);
    // The launcher the official Telegram build writes for itself, plus two that must not match.
    await writeFile(path.join(apps, 'org.telegram.desktop._9f86d081884c7d659a2feaa0c55ad015.desktop'), fixture('linux/org.telegram.desktop.desktop'));
    await writeFile(path.join(apps, 'org.gnome.Calculator.desktop'), fixture('linux/org.gnome.Calculator.desktop'));
    await writeFile(path.join(apps, 'signal-generator.desktop'), fixture('linux/signal-generator.desktop'));
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
    delete env.XDG_CONFIG_HOME;
    delete env.XDG_DATA_HOME;
    const out = path.join(root, 'out');
    const result = spawnSync(process.execPath, [CLI, 'scan', '--only', 'messaging-apps', '--format', 'json', '--out', out, '--quiet'], { encoding: 'utf8', env, timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as Report;
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('finds Signal (chat data left behind) and Telegram (its launcher), and no other messaging app', () => {
    const apps = report.findings.filter((f) => f.checkId === 'messaging-apps' && f.status === 'fail');
    expect(apps.map((f) => f.id).sort()).toEqual(['messaging-apps:signal', 'messaging-apps:telegram']);
  });

  it('grades them by what was found', () => {
    const byId = Object.fromEntries(report.findings.map((f) => [f.id, f]));
    expect(byId['messaging-apps:signal']?.severity).toBe('low');
    expect(byId['messaging-apps:signal']?.evidence).toMatchObject({ use: 'leftover-data', installed: [] });
    expect(byId['messaging-apps:telegram']?.severity).toBe('medium');
    expect(JSON.stringify(byId['messaging-apps:telegram']?.evidence)).toContain('org.telegram.desktop._9f86d081884c7d659a2feaa0c55ad015.desktop');
  });

  it('never names the look-alike launchers or folders', () => {
    const text = JSON.stringify(report.findings);
    expect(text).not.toContain('signal-generator');
    expect(text).not.toContain('SignalRgb');
    expect(text).not.toContain('Calculator');
  });
});

describe('messaging-apps scan replayed through the real CLI', () => {
  it('reads a Windows recording on any OS and writes the messaging findings to stdout', () => {
    const result = spawnSync(process.execPath, [CLI, 'scan', '--only', 'messaging-apps', '--replay', 'tests/fixtures/messaging-apps/replay-windows', '--format', 'json', '-'], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const ids = report.findings.filter((f) => f.checkId === 'messaging-apps').map((f) => f.id);
    expect(ids).toContain('messaging-apps:whatsapp');
    expect(ids).toContain('messaging-apps:microsoft-phone-link');
    expect(ids).not.toContain('messaging-apps:incomplete');
  });
});
