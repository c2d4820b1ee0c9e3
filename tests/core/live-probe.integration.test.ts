import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLiveProbe } from '../../checks/probe/live-probe.js';

// Runs real commands on this machine (hence the integration name).
describe('live probe', () => {
  const probe = createLiveProbe();

  it('runs argv arrays without a shell', async () => {
    const result = await probe.run('t.echo', ['echo', 'a;b', '$HOME']);
    expect(result).toMatchObject({ ok: true, exitCode: 0 });
    expect(result.stdout.trim()).toBe('a;b $HOME');
  });

  it('reports a missing command as not-found', async () => {
    const result = await probe.run('t.missing', ['definitely-not-a-command-xyz']);
    expect(result).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('keeps output of a non-zero exit and reports it as failed', async () => {
    const result = await probe.run('t.fail', ['sh', '-c', 'echo partial; exit 3']);
    expect(result).toMatchObject({ ok: false, exitCode: 3, error: 'failed' });
    expect(result.stdout).toContain('partial');
  });

  it('kills a command that runs past its timeout', async () => {
    const started = Date.now();
    const result = await probe.run('t.slow', ['sleep', '5'], { timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, error: 'timeout' });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('reads, lists and stats files, capping reads and not following a final link', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-probe-'));
    await writeFile(path.join(dir, 'a.txt'), 'hello world');
    await mkdir(path.join(dir, 'sub'));
    await symlink(path.join(dir, 'a.txt'), path.join(dir, 'link'));
    expect(await probe.readFile('t.read', path.join(dir, 'a.txt'), { maxBytes: 5 })).toEqual({ ok: true, text: 'hello', truncated: true });
    expect(await probe.readFile('t.read', path.join(dir, 'a.txt'))).toEqual({ ok: true, text: 'hello world', truncated: false });
    const list = await probe.listDir('t.list', dir);
    expect(list.ok && list.entries.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'a.txt', type: 'file' },
      { name: 'link', type: 'link' },
      { name: 'sub', type: 'dir' },
    ]);
    expect(await probe.stat('t.stat', path.join(dir, 'link'))).toMatchObject({ ok: true, type: 'link' });
    expect(await probe.stat('t.stat', path.join(dir, 'nope'))).toMatchObject({ ok: false, error: 'not-found' });
    expect(await probe.readFile('t.read', path.join(dir, 'nope'))).toMatchObject({ ok: false, error: 'not-found' });
  });

  it('parses XML property lists on any OS and refuses the registry off Windows', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-plist-'));
    const file = path.join(dir, 'Info.plist');
    await writeFile(
      file,
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict><key>CFBundleIdentifier</key><string>org.telegram.desktop</string></dict></plist>\n',
    );
    expect(await probe.plist('t.plist', file)).toEqual({ ok: true, value: { CFBundleIdentifier: 'org.telegram.desktop' } });
    if (process.platform !== 'win32') expect(await probe.registry('t.reg', 'HKLM\\SOFTWARE')).toMatchObject({ ok: false, error: 'unsupported' });
  });

  it('calls systeminformation by name and refuses unknown functions', async () => {
    const osInfo = await probe.si<{ platform: string }>('t.si', 'osInfo');
    expect(osInfo.ok && osInfo.value.platform).toBeTruthy();
    expect(await probe.si('t.si', 'noSuchFunction')).toMatchObject({ ok: false, error: 'unsupported' });
  });

  it('captures system facts without the whole environment', async () => {
    const facts = await probe.system();
    expect(facts.platform).toBe(process.platform);
    expect(Object.keys(facts.env).every((k) => !/TOKEN|KEY|SECRET|PASSWORD/i.test(k))).toBe(true);
  });
});
