import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskEncryptionCheck } from '../../checks/disk-encryption/index.js';
import type { DiskEncryptionEvidence } from '../../checks/disk-encryption/evidence.js';
import type { Probe } from '../../checks/probe/probe.js';
import { createRecordingProbe, createReplayProbe, loadRecording, type RecordedCall } from '../../checks/probe/recording.js';
import type { Platform, ScanOptions } from '../../checks/types.js';
import { fixture, ran, replayProbe, sample } from './helpers.js';

const options: ScanOptions = { paths: [], allVolumes: false, exclude: [], include: [], maxFileBytes: 1, fileTimeoutMs: 1, workers: 1, cacheDir: null };

/** Runs the real collect + analyze of the check against a probe. */
const scan = async (probe: Probe, platform: Platform) => {
  const evidence = (await diskEncryptionCheck.collect({ probe, platform, options, progress: () => undefined, signal: new AbortController().signal })) as DiskEncryptionEvidence;
  const outcome = diskEncryptionCheck.analyze(evidence, { platform, now: new Date('2026-11-22T00:00:00Z'), evidenceOf: () => undefined });
  return { evidence, outcome };
};

const WIN_ENV = { SYSTEMDRIVE: 'C:', SYSTEMROOT: 'C:\\Windows' };
const edition = (id: string): RecordedCall => ({ id: 'disk.win-edition', kind: 'registry', result: { ok: true, keys: [{ path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', values: [{ name: 'EditionID', type: 'REG_SZ', data: id }] }] } });
const run = (id: string, stdout: string, extra?: Parameters<typeof ran>[1]): RecordedCall => ({ id, kind: 'run', result: ran(stdout, extra) });

describe('Windows replays', () => {
  it('elevated Pro: C: encrypted and protected, data drive E: not encrypted', async () => {
    const { evidence, outcome } = await scan(
      replayProbe('win32', [
        edition('Professional'),
        run('disk.win-volumes', '[{"DeviceID":"C:","DriveType":3,"FileSystem":"NTFS","VolumeName":"","BitLockerProtection":1},{"DeviceID":"E:","DriveType":3,"FileSystem":"NTFS","VolumeName":"Scans","BitLockerProtection":2}]'),
        run('disk.bitlocker-ps', fixture('windows_get-bitlockervolume_json_int_enums_fleet.json')),
        run('disk.manage-bde', sample('windows_manage-bde_status_encrypted_usedspace.txt')),
      ], WIN_ENV),
      'win32',
    );
    expect(evidence.systemVolumeEncrypted).toBe(true);
    expect(evidence.volumes.map((v) => [v.id, v.kind, v.encrypted, v.state])).toEqual([
      ['C:', 'system', true, 'on'],
      ['E:', 'data', false, 'off'],
    ]);
    expect(evidence.volumes[0]).toMatchObject({ conversion: 'used-space-only-encrypted', protection: 'on', usedSpaceOnly: true, method: 'XtsAes128', protectors: ['RecoveryPassword', 'Tpm'], percent: 100 });
    expect(evidence.volumes[0]?.reason).toMatch(/used space only/);
    expect(outcome.status).toBe('fail');
    expect(outcome.findings.map((f) => [f.id, f.severity, f.status])).toEqual([['disk-encryption:volume:E:', 'high', 'fail']]);
    expect(JSON.stringify(evidence)).not.toContain('254793');
  });

  it('non-elevated: both BitLocker tools denied and no Explorer answer -> could not determine, run as administrator', async () => {
    const { evidence, outcome } = await scan(
      replayProbe('win32', [
        edition('Professional'),
        run('disk.bitlocker-ps', '', { ok: false, exitCode: 1, stderr: fixture('windows_get-bitlockervolume_access_denied_stderr.txt'), error: 'failed' }),
        run('disk.manage-bde', fixture('windows_manage-bde_status_access_denied.txt'), { ok: false, exitCode: -2147217405, error: 'failed' }),
      ], WIN_ENV, false),
      'win32',
    );
    expect(evidence.volumes).toEqual([expect.objectContaining({ id: 'C:', kind: 'system', encrypted: null, state: 'needs-admin', needsAdmin: true })]);
    expect(evidence.volumes[0]?.reason).toMatch(/^Could not determine: run as administrator/);
    expect(evidence.systemVolumeEncrypted).toBeNull();
    expect(outcome.status).toBe('unknown');
    expect(outcome.findings[0]).toMatchObject({ status: 'unknown', severity: 'high', needsAdmin: true });
    expect(outcome.findings[0]?.remediation[0]).toMatch(/Run as administrator/);
  });

  it('encrypted but protection off (suspended, TPM only) is a critical failure', async () => {
    const { outcome } = await scan(replayProbe('win32', [edition('Enterprise'), run('disk.bitlocker-ps', sample('windows_get-bitlockervolume_fullyencrypted_protection_off_tpm.txt'))], WIN_ENV), 'win32');
    expect(outcome.findings[0]).toMatchObject({ id: 'disk-encryption:volume:C:', severity: 'critical', title: expect.stringMatching(/protection is off/) });
    expect(outcome.findings[0]?.remediation.join(' ')).toMatch(/manage-bde -protectors -enable C:/);
  });

  it('Windows Home, German manage-bde, nothing encrypted -> Device encryption steps', async () => {
    const { evidence, outcome } = await scan(replayProbe('win32', [edition('Core'), run('disk.manage-bde', fixture('windows_manage-bde_status_de_fully_decrypted.txt'))], WIN_ENV), 'win32');
    expect(evidence.windowsEdition).toBe('Core');
    expect(outcome.findings[0]).toMatchObject({ severity: 'critical', status: 'fail' });
    expect(outcome.findings[0]?.remediation[0]).toMatch(/Settings > Privacy & security > Device encryption/);
    expect(outcome.findings[0]?.description).toMatch(/safe harbor/);
  });

  it('removable drive listed by manage-bde and Win32_LogicalDisk: BitLocker To Go finding', async () => {
    const { evidence, outcome } = await scan(
      replayProbe('win32', [
        run('disk.win-volumes', '[{"DeviceID":"C:","DriveType":3,"FileSystem":"NTFS","BitLockerProtection":1},{"DeviceID":"J:","DriveType":2,"FileSystem":"NTFS","VolumeName":"MyDocuments","BitLockerProtection":2}]'),
        run('disk.manage-bde', sample('windows_manage-bde_status_fully_decrypted.txt')),
      ], WIN_ENV),
      'win32',
    );
    const j = evidence.volumes.find((v) => v.id === 'J:');
    expect(j).toMatchObject({ kind: 'removable', removable: true, encrypted: false, label: 'MyDocuments' });
    const f = outcome.findings.find((x) => x.id === 'disk-encryption:volume:J:');
    expect(f).toMatchObject({ severity: 'high', insuranceControls: ['encryption-removable-media'] });
  });

  it('non-elevated with Explorer property only: trusts 1 (on) and 2 (off), nothing else', async () => {
    const { evidence } = await scan(
      replayProbe('win32', [
        run('disk.win-volumes', '[{"DeviceID":"C:","DriveType":3,"BitLockerProtection":1},{"DeviceID":"D:","DriveType":3,"BitLockerProtection":2},{"DeviceID":"E:","DriveType":2,"BitLockerProtection":5}]'),
        run('disk.manage-bde', fixture('windows_manage-bde_status_access_denied.txt'), { ok: false, exitCode: -1 }),
      ], WIN_ENV),
      'win32',
    );
    expect(evidence.volumes.map((v) => [v.id, v.encrypted, v.state])).toEqual([
      ['C:', true, 'on'],
      ['D:', false, 'off'],
      ['E:', null, 'needs-admin'],
    ]);
  });

  it('no probe answered at all -> unknown, never encrypted', async () => {
    const { evidence, outcome } = await scan(replayProbe('win32', [], WIN_ENV), 'win32');
    expect(evidence.volumes.every((v) => v.encrypted === null)).toBe(true);
    expect(evidence.problems.map((p) => p.probe)).toEqual(['disk.win-edition', 'disk.win-volumes', 'disk.bitlocker-ps', 'disk.manage-bde']);
    expect(outcome.status).toBe('unknown');
  });
});

describe('macOS replays', () => {
  it.each([
    ['FileVault on (Kolide plist)', [run('disk.fdesetup', 'FileVault is On.\n'), run('disk.apfs-list', sample('macos_diskutil_apfs_list_plist_filevault_on.plist'))], 'pass', true, []],
    ['FileVault off on a T2 Mac', [run('disk.fdesetup', 'FileVault is Off.\n'), run('disk.apfs-list', fixture('macos_diskutil_apfs_list_text_t2_filevault_off.txt'))], 'fail', false, ['critical']],
    ['FileVault encrypting', [run('disk.fdesetup', 'FileVault is On.\nEncryption in progress: Percent completed = 63.1\n')], 'fail', false, ['medium']],
    ['fdesetup missing, diskutil timed out', [run('disk.fdesetup', '', { ok: false, exitCode: null, error: 'not-found' }), run('disk.apfs-list', '', { ok: false, exitCode: null, error: 'timeout' })], 'unknown', null, ['high']],
  ] as const)('%s', async (_name, calls, status, systemEncrypted, severities) => {
    const { evidence, outcome } = await scan(replayProbe('darwin', [...calls]), 'darwin');
    expect(outcome.status).toBe(status);
    expect(evidence.systemVolumeEncrypted).toBe(systemEncrypted);
    expect(outcome.findings.map((f) => f.severity)).toEqual(severities);
  });
});

describe('Linux replays', () => {
  it('build VM: unencrypted root is a critical finding citing both safeguards', async () => {
    const { evidence, outcome } = await scan(
      replayProbe('linux', [
        run('disk.lsblk', fixture('linux_lsblk_J_build_vm_unencrypted_root.json')),
        { id: 'disk.mountinfo', kind: 'readFile', result: { ok: true, text: fixture('linux_mountinfo_build_vm.txt'), truncated: false } },
        { id: 'disk.swaps', kind: 'readFile', result: { ok: true, text: fixture('linux_proc_swaps_build_vm_empty.txt'), truncated: false } },
        { id: 'disk.crypttab', kind: 'readFile', result: { ok: false, error: 'not-found', message: 'ENOENT' } },
      ]),
      'linux',
    );
    expect(evidence).toMatchObject({ systemVolumeEncrypted: false, deviceEncrypted: false, safeHarbor: 'not-available', problems: [] });
    expect(outcome.findings).toEqual([expect.objectContaining({ id: 'disk-encryption:volume:/', severity: 'critical', safeguards: ['164.312(a)(2)(iv)', '164.310(d)(1)'] })]);
  });

  it('container without lsblk: overlay root judged through /sys for the host disk', async () => {
    const { evidence, outcome } = await scan(
      replayProbe('linux', [
        run('disk.lsblk', '', { ok: false, exitCode: null, error: 'not-found' }),
        { id: 'disk.mountinfo', kind: 'readFile', result: { ok: true, text: fixture('linux_mountinfo_docker_overlay_root.txt'), truncated: false } },
        { id: 'disk.sysfs-device', kind: 'stat', result: { ok: true, type: 'dir', size: 0, mtimeMs: 0 } },
        { id: 'disk.sysfs-dm-uuid', kind: 'readFile', result: { ok: false, error: 'not-found', message: 'ENOENT' } },
      ]),
      'linux',
    );
    expect(evidence.volumes[0]).toMatchObject({ id: '/', encrypted: false, source: 'sysfs' });
    expect(outcome.findings[0]?.severity).toBe('critical');
    expect(evidence.problems.map((p) => p.probe)).toEqual(['disk.lsblk', 'disk.swaps', 'disk.crypttab']);
  });

  it('older util-linux: falls back to the MOUNTPOINT column set', async () => {
    const legacy = JSON.stringify({ blockdevices: [{ name: 'sda', 'maj:min': '8:0', type: 'disk', rm: '0', children: [{ name: 'sda1', 'maj:min': '8:1', type: 'part', fstype: 'crypto_LUKS', rm: '0', children: [{ name: 'root_crypt', 'maj:min': '253:0', type: 'crypt', fstype: 'ext4', mountpoint: '/', rm: '0' }] }] }] });
    const { evidence, outcome } = await scan(
      replayProbe('linux', [
        run('disk.lsblk', '', { ok: false, exitCode: 1, stderr: 'lsblk: unknown column: MOUNTPOINTS', error: 'failed' }),
        run('disk.lsblk-legacy', legacy),
        { id: 'disk.mountinfo', kind: 'readFile', result: { ok: true, text: '25 1 253:0 / / rw,relatime - ext4 /dev/mapper/root_crypt rw\n', truncated: false } },
        { id: 'disk.swaps', kind: 'readFile', result: { ok: true, text: 'Filename Type Size Used Priority\n', truncated: false } },
      ]),
      'linux',
    );
    expect(evidence.volumes[0]).toMatchObject({ encrypted: true, method: 'LUKS' });
    expect(outcome.status).toBe('pass');
  });
});

describe('record -> replay round trip', () => {
  it('a recorded Linux scan replays to the same evidence', async () => {
    const inner = replayProbe('linux', [
      run('disk.lsblk', fixture('linux_lsblk_J_b_luks_on_lvm_usb_exfat.json')),
      { id: 'disk.mountinfo', kind: 'readFile', result: { ok: true, text: '28 1 0:26 /@ / rw,relatime - btrfs /dev/mapper/cryptroot rw\n', truncated: false } },
      { id: 'disk.swaps', kind: 'readFile', result: { ok: true, text: 'Filename Type Size Used Priority\n', truncated: false } },
    ]);
    const recorder = createRecordingProbe(inner, 'test');
    const first = await scan(recorder.probe, 'linux');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pa-disk-'));
    await recorder.save(dir);
    const second = await scan(createReplayProbe(await loadRecording(dir)), 'linux');
    expect(second.evidence).toEqual(first.evidence);
    expect(second.outcome).toEqual(first.outcome);
    expect(first.evidence.volumes.map((v) => [v.id, v.encrypted])).toEqual([
      ['/', true],
      ['/dev/sda1', false],
    ]);
  });
});

describe('Windows replays with outputs under the other tool\'s id', () => {
  it('reads manage-bde text recorded as disk.bitlocker-ps and a table recorded as disk.manage-bde', async () => {
    const a = await scan(replayProbe('win32', [run('disk.bitlocker-ps', sample('windows_manage-bde_status_encrypted_usedspace.txt'))], WIN_ENV), 'win32');
    expect(a.evidence.volumes[0]).toMatchObject({ id: 'C:', encrypted: true });
    const b = await scan(replayProbe('win32', [run('disk.manage-bde', fixture('windows_get-bitlockervolume_table_multi_volume.txt'))], WIN_ENV), 'win32');
    expect(b.evidence.volumes.map((v) => [v.id, v.encrypted, v.state])).toEqual([
      ['C:', false, 'off'],
      ['D:', false, 'encrypting'],
      ['E:', false, 'off'],
      ['F:', false, 'off'],
      ['G:', false, 'off'],
    ]);
  });

  it('a recording marked non-elevated where the tools fail with unfamiliar text still says "run as administrator"', async () => {
    const { evidence } = await scan(replayProbe('win32', [run('disk.manage-bde', 'FEHLER: Unbekannter Fehler.', { ok: false, exitCode: -1 })], WIN_ENV, false), 'win32');
    expect(evidence.volumes[0]).toMatchObject({ encrypted: null, state: 'needs-admin', needsAdmin: true });
  });
});

describe('Linux container where neither lsblk nor /sys shows the host disk', () => {
  const mountinfo = [
    '325 285 0:43 / / rw,relatime - overlay overlay rw,lowerdir=/a:/b,upperdir=/c,workdir=/d',
    '334 325 254:1 /var/lib/docker/containers/0123/hosts /etc/hosts rw,relatime - ext4 /dev/vda1 rw',
  ].join('\n');
  const calls = (devices: string): RecordedCall[] => [
    run('disk.lsblk', '{"blockdevices": []}'),
    { id: 'disk.mountinfo', kind: 'readFile', result: { ok: true, text: mountinfo, truncated: false } },
    { id: 'disk.swaps', kind: 'readFile', result: { ok: true, text: 'Filename Type Size Used Priority\n', truncated: false } },
    { id: 'disk.sysfs-device', kind: 'stat', result: { ok: false, error: 'not-found', message: 'ENOENT' } },
    { id: 'disk.proc-devices', kind: 'readFile', result: { ok: true, text: devices, truncated: false } },
  ];

  it('a virtio disk (from /proc/devices) cannot be dm-crypt: not encrypted, critical', async () => {
    const { evidence, outcome } = await scan(replayProbe('linux', calls(fixture('linux_proc_devices_build_vm.txt'))), 'linux');
    expect(evidence.volumes[0]).toMatchObject({ id: '/', encrypted: false });
    expect(evidence.volumes[0]?.reason).toMatch(/virtblk/);
    expect(outcome.findings[0]?.severity).toBe('critical');
  });

  it('a device-mapper major stays unknown', async () => {
    const { evidence } = await scan(replayProbe('linux', calls('Character devices:\n  1 mem\n\nBlock devices:\n254 device-mapper\n')), 'linux');
    expect(evidence.volumes[0]).toMatchObject({ id: '/', encrypted: null });
  });
});

describe('Windows system drive other than C:', () => {
  it('uses the OS volume manage-bde reports and adds no phantom C:', async () => {
    const text = sample('windows_manage-bde_status_encrypted_usedspace.txt').replace('Volume C: [Local Disk]', 'Volume D: [Local Disk]');
    const { evidence } = await scan(replayProbe('win32', [run('disk.manage-bde', text)], {}), 'win32');
    expect(evidence.volumes.map((v) => [v.id, v.kind, v.encrypted])).toEqual([['D:', 'system', true]]);
    expect(evidence.systemVolumeEncrypted).toBe(true);
  });
});

describe('Linux as root: cryptsetup status confirms each mapping', () => {
  const legacy = JSON.stringify({ blockdevices: [{ name: 'sdc', 'maj:min': '8:32', type: 'disk', children: [{ name: 'sdc2', 'maj:min': '8:34', type: 'part', fstype: 'crypto_LUKS', children: [{ name: 'dm-crypto-luks2', 'maj:min': '253:0', type: 'crypt', fstype: 'ext4', mountpoints: ['/'] }] }] }] });
  const calls = (status: string): RecordedCall[] => [
    run('disk.lsblk', legacy),
    { id: 'disk.mountinfo', kind: 'readFile', result: { ok: true, text: '25 1 253:0 / / rw,relatime - ext4 /dev/mapper/dm-crypto-luks2 rw\n', truncated: false } },
    { id: 'disk.swaps', kind: 'readFile', result: { ok: true, text: 'Filename Type Size Used Priority\n', truncated: false } },
    run('disk.cryptsetup-status', status),
  ];

  it('names the LUKS version and cipher (Kolide LUKS2 sample)', async () => {
    const { evidence } = await scan(replayProbe('linux', calls(sample('linux_cryptsetup_status_luks2_active.txt')), {}, true), 'linux');
    expect(evidence.volumes[0]).toMatchObject({ encrypted: true, method: 'LUKS2 aes-xts-plain64' });
  });

  it('a mapping with the null cipher encrypts nothing', async () => {
    const nullCipher = sample('linux_cryptsetup_status_luks2_active.txt').replace('aes-xts-plain64', 'cipher_null-ecb');
    const { evidence, outcome } = await scan(replayProbe('linux', calls(nullCipher), {}, true), 'linux');
    expect(evidence.volumes[0]).toMatchObject({ encrypted: false, state: 'cipher-null' });
    expect(outcome.findings[0]?.severity).toBe('critical');
  });

  it('is not asked when not root', async () => {
    const { evidence } = await scan(replayProbe('linux', calls('garbage'), {}, false), 'linux');
    expect(evidence.volumes[0]).toMatchObject({ encrypted: true, method: 'LUKS' });
  });
});
