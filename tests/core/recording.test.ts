import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Probe, SystemFacts } from '../../checks/probe/probe.js';
import { createRecordingProbe, createReplayProbe, loadRecording, parseRecording } from '../../checks/probe/recording.js';

const SYSTEM: SystemFacts = { platform: 'darwin', arch: 'arm64', hostname: 'frontdesk-mbp', username: 'amy', homedir: '/Users/amy', env: {}, elevated: false };

/** A probe whose answers depend on the arguments, so the test can tell calls apart. */
const scriptedProbe = (): Probe => ({
  system: () => Promise.resolve(SYSTEM),
  run: (_id, argv) => Promise.resolve({ ok: true, exitCode: 0, stdout: `ran ${argv.join(' ')}`, stderr: '' }),
  readFile: (_id, p) => Promise.resolve({ ok: true, text: `contents of ${p}`, truncated: false }),
  listDir: () => Promise.resolve({ ok: true, entries: [{ name: 'Signal.app', type: 'dir' }] }),
  stat: () => Promise.resolve({ ok: false, error: 'not-found', message: 'ENOENT' }),
  si: <T,>(_id: string, fn: string) => Promise.resolve({ ok: true as const, value: { fn } as unknown as T }),
  registry: () => Promise.resolve({ ok: false, error: 'unsupported', message: 'no registry' }),
  plist: () => Promise.resolve({ ok: true, value: { CFBundleIdentifier: 'org.whispersystems.signal-desktop' } }),
  task: (_id, _args, fn) => fn(),
});

describe('record and replay', () => {
  it('replays exactly what was recorded, without touching the machine', async () => {
    const recorder = createRecordingProbe(scriptedProbe(), '9.9.9');
    const live = recorder.probe;
    const before = {
      fde: await live.run('disk.fdesetup', ['fdesetup', 'status']),
      file: await live.readFile('x.read', '/etc/crypttab'),
      dir: await live.listDir('apps', '/Applications'),
      stat: await live.stat('s', '/nope'),
      si: await live.si('device.os', 'osInfo'),
      plist: await live.plist('p', '/Applications/Signal.app/Contents/Info.plist'),
      task: await live.task('patient-records.scan', { roots: ['/Users/amy'] }, () => Promise.resolve({ files: 3 })),
    };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-rec-'));
    await recorder.save(dir);
    const replay = createReplayProbe(await loadRecording(dir));
    expect(await replay.system()).toEqual(SYSTEM);
    expect(await replay.run('disk.fdesetup', ['fdesetup', 'status'])).toEqual(before.fde);
    expect(await replay.readFile('x.read', '/etc/crypttab')).toEqual(before.file);
    expect(await replay.listDir('apps', '/Applications')).toEqual(before.dir);
    expect(await replay.stat('s', '/nope')).toEqual(before.stat);
    expect(await replay.si('device.os', 'osInfo')).toEqual(before.si);
    expect(await replay.plist('p', '/Applications/Signal.app/Contents/Info.plist')).toEqual(before.plist);
    let called = false;
    const task = await replay.task('patient-records.scan', { roots: ['/Users/amy'] }, () => {
      called = true;
      return Promise.resolve({ files: 0 });
    });
    expect(task).toEqual(before.task);
    expect(called).toBe(false);
    const saved = JSON.parse(await readFile(path.join(dir, 'recording.json'), 'utf8')) as { toolVersion: string; calls: unknown[] };
    expect(saved.toolVersion).toBe('9.9.9');
    expect(saved.calls).toHaveLength(7);
  });

  it('answers calls it never saw with not-recorded, and other arguments do not match', async () => {
    const recorder = createRecordingProbe(scriptedProbe(), '1');
    await recorder.probe.run('a', ['echo', 'one']);
    const replay = createReplayProbe(await recorder.toRecording());
    const other = await replay.run('a', ['echo', 'two']);
    expect(other.ok).toBe(false);
    expect(other.error).toBe('not-recorded');
    await expect(replay.task('t', {}, () => Promise.resolve(1))).rejects.toThrow(/no task "t"/);
  });

  it('matches hand-written fixture calls by id when they carry no args', async () => {
    const replay = createReplayProbe(
      parseRecording({
        format: 'practice-audit-recording',
        version: 1,
        createdAt: '2026-01-01T00:00:00Z',
        toolVersion: 'fixture',
        system: { ...SYSTEM, platform: 'win32' },
        calls: [{ id: 'disk.manage-bde', kind: 'run', result: { ok: true, exitCode: 0, stdout: 'Protection On', stderr: '' } }],
      }),
    );
    expect((await replay.run('disk.manage-bde', ['manage-bde', '-status'])).stdout).toBe('Protection On');
    expect((await replay.run('disk.other', ['manage-bde', '-status'])).ok).toBe(false);
  });

  it('rejects files that are not recordings with a readable message', () => {
    expect(() => parseRecording({ format: 'something-else' })).toThrow(/not a Practice Audit recording/);
  });
});
