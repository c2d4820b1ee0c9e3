import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../../checks/probe/registry-parse.js';
import { analyzeRemovableMedia } from '../../../checks/device-posture/removable-media/analyze.js';
import type { RemovableMediaEvidence } from '../../../checks/device-posture/removable-media/collect.js';
import { removableMediaCheck } from '../../../checks/device-posture/removable-media/index.js';
import { parseModprobeUsbStorage, parseMountControls, parseUsbguardConf, parseWindowsUsbPolicy, usbStorageLoaded } from '../../../checks/device-posture/removable-media/parse.js';
import type { DiskEncryptionEvidence } from '../../../checks/disk-encryption/evidence.js';
import { analyzeCtx, collectCtx, dir, failed, fakeProbe, file, fixture, ran, reg } from '../accounts/fake-probe.js';

const f = (name: string) => fixture('removable-media', name);
const key = (name: string) => parseRegQuery(f(name))[0];

describe('removable-media parsers', () => {
  it.each([
    ['default', { usbstor: key('windows-reg-usbstor-default.txt') }, 'allowed'],
    ['USBSTOR disabled', { usbstor: key('windows-reg-usbstor-disabled.txt') }, 'blocked'],
    ['deny write policy', { usbstor: key('windows-reg-usbstor-default.txt'), removableStorage: parseRegQuery(f('windows-reg-removablestorage-policy.txt')) }, 'read-only'],
    ['BitLocker To Go required', { usbstor: key('windows-reg-usbstor-default.txt'), fve: key('windows-reg-fve-rdvdenywrite.txt') }, 'encrypt-to-write'],
  ] as const)('Windows %s', (_n, input, policy) => expect(parseWindowsUsbPolicy(input).policy).toBe(policy));
  it('reads macOS mount-controls', () => {
    expect(parseMountControls(parsePlist(f('macos-managed-systemuiserver-deny.plist')))?.policy).toBe('blocked');
    expect(parseMountControls({ 'mount-controls': { 'harddisk-external': ['read-only'] } })?.policy).toBe('read-only');
    expect(parseMountControls({})).toBeUndefined();
  });
  it.each([
    ['linux-modprobe-usb-storage-install.conf', { install: true, blacklist: true }],
    ['linux-modprobe-blacklist-only.conf', { install: false, blacklist: true }],
  ])('reads %s', (name, expected) => expect(parseModprobeUsbStorage(f(name))).toEqual(expected));
  it('ignores commented rules and other modules', () => expect(parseModprobeUsbStorage('# install usb-storage /bin/false\nblacklist pcspkr\n')).toEqual({ install: false, blacklist: false }));
  it('reads USBGuard and /proc/modules', () => {
    expect(parseUsbguardConf(f('linux-usbguard-daemon.conf'))).toBe(true);
    expect(parseUsbguardConf('ImplicitPolicyTarget=allow\n')).toBe(false);
    expect(usbStorageLoaded(f('linux-proc-modules-usb-storage.txt'))).toBe(true);
  });
});

const base: RemovableMediaEvidence = { policy: { state: 'blocked', details: ['x'] }, volumes: { state: 'listed', volumes: [] } };
const de = (encrypted: boolean | null) => ({ volumes: [{ id: 'E:', mount: 'E:', device: null, label: 'PATIENTS', kind: 'removable', removable: true, encrypted, state: 'off', reason: 'BitLocker is off' }, { id: 'C:', mount: 'C:', device: null, kind: 'system', removable: false, encrypted: true, state: 'on', reason: 'on' }] });

describe('analyzeRemovableMedia verdicts', () => {
  it.each([
    ['blocked, nothing attached', {}, {}, 'pass', []],
    ['allowed', { policy: { state: 'allowed', details: ['none'] } }, {}, 'fail', ['removable-media:usb-policy']],
    ['macOS without admin', { policy: { state: 'unknown', reason: 'profiles needs admin', needsAdmin: true } }, {}, 'unknown', ['removable-media:usb-policy']],
    ['unencrypted USB from disk-encryption', {}, { 'disk-encryption': de(false) }, 'fail', ['removable-media:volume:E:']],
    ['encrypted USB from disk-encryption', {}, { 'disk-encryption': de(true) }, 'pass', []],
    ['fallback list, disk-encryption absent', { volumes: { state: 'listed', volumes: [{ device: '/dev/sda', mount: '/media/amy/PATIENTS', label: 'PATIENTS', fsType: 'vfat' }] } }, {}, 'unknown', ['removable-media:volume:/dev/sda']],
  ] as const)('%s', (_n, patch, others, status, ids) => {
    const out = analyzeRemovableMedia({ ...base, ...patch } as RemovableMediaEvidence, analyzeCtx('win32', others));
    expect(out.status).toBe(status);
    expect(out.findings.map((x) => x.id)).toEqual(ids);
  });
  it('flags needsAdmin on the macOS policy question', () => {
    const out = analyzeRemovableMedia({ ...base, policy: { state: 'unknown', reason: 'needs admin', needsAdmin: true } }, analyzeCtx('darwin'));
    expect(out.findings[0]).toMatchObject({ needsAdmin: true, status: 'unknown' });
  });
});

describe('removable-media on each OS (replay)', () => {
  it('Windows: BitLocker To Go required, nothing attached', async () => {
    const probe = fakeProbe('win32', [
      { id: 'removable.usbstor', kind: 'registry', result: reg(f('windows-reg-usbstor-default.txt')) },
      { id: 'removable.storage-policy', kind: 'registry', result: failed('not-found') },
      { id: 'removable.bitlocker-to-go', kind: 'registry', result: reg(f('windows-reg-fve-rdvdenywrite.txt')) },
      { id: 'removable.write-protect', kind: 'registry', result: failed('not-found') },
      { id: 'removable.block-devices', kind: 'si', result: { ok: true, value: [{ name: 'C:', device: 'C:', mount: 'C:', removable: false }] } },
    ]);
    const out = removableMediaCheck.analyze(await removableMediaCheck.collect(collectCtx(probe, 'win32')), analyzeCtx('win32'));
    expect(out).toMatchObject({ status: 'pass', findings: [] });
    expect(out.summary).toMatch(/BitLocker/);
  });
  it('macOS: a managed profile denies external disks without needing admin', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'removable.managed-systemuiserver', kind: 'plist', result: { ok: true, value: parsePlist(f('macos-managed-systemuiserver-deny.plist')) } },
      { id: 'removable.block-devices', kind: 'si', result: { ok: true, value: [] } },
    ]);
    expect(removableMediaCheck.analyze(await removableMediaCheck.collect(collectCtx(probe, 'darwin')), analyzeCtx('darwin')).status).toBe('pass');
  });
  it('macOS unmanaged, not elevated: says profiles need admin', async () => {
    const probe = fakeProbe('darwin', [
      { id: 'removable.managed-systemuiserver', kind: 'plist', result: failed('not-found') },
      { id: 'removable.block-devices', kind: 'si', result: { ok: true, value: [] } },
    ]);
    const out = removableMediaCheck.analyze(await removableMediaCheck.collect(collectCtx(probe, 'darwin')), analyzeCtx('darwin'));
    expect(out.findings).toMatchObject([{ id: 'removable-media:usb-policy', status: 'unknown', needsAdmin: true }]);
  });
  it('Linux: install rule blocks usb-storage; a mounted USB stick is listed for the encryption question', async () => {
    const probe = fakeProbe('linux', [
      { id: 'removable.modprobe-dir', kind: 'listDir', args: { path: '/etc/modprobe.d' }, result: dir('usb-storage.conf', 'README') },
      { id: 'removable.modprobe-dir', kind: 'listDir', result: failed('not-found') },
      { id: 'removable.modprobe-conf', kind: 'readFile', result: file(f('linux-modprobe-usb-storage-install.conf')) },
      { id: 'removable.proc-modules', kind: 'readFile', result: file('ext4 1 0 - Live 0x0\n') },
      { id: 'removable.usbguard-conf', kind: 'readFile', result: failed('not-found') },
      { id: 'removable.block-devices', kind: 'si', result: { ok: true, value: JSON.parse(f('linux-si-blockdevices-usb.json')) } },
    ]);
    const ev = (await removableMediaCheck.collect(collectCtx(probe, 'linux'))) as RemovableMediaEvidence;
    expect(ev.policy.state).toBe('blocked');
    expect(ev.volumes).toEqual({ state: 'listed', volumes: [{ device: '/dev/sda', mount: '/media/amy/PATIENTS', label: 'PATIENTS', fsType: 'vfat' }] });
  });
  it('Linux container: nothing blocks USB storage and no removable volume', async () => {
    const probe = fakeProbe('linux', [
      { id: 'removable.modprobe-dir', kind: 'listDir', result: failed('not-found') },
      { id: 'removable.proc-modules', kind: 'readFile', result: failed('not-found') },
      { id: 'removable.usbguard-conf', kind: 'readFile', result: failed('not-found') },
      { id: 'removable.usbguard-active', kind: 'run', result: ran('inactive\n', 3) },
      { id: 'removable.block-devices', kind: 'si', result: { ok: true, value: JSON.parse(f('linux-si-blockdevices-container.json')) } },
    ]);
    const out = removableMediaCheck.analyze(await removableMediaCheck.collect(collectCtx(probe, 'linux')), analyzeCtx('linux'));
    expect(out.findings.map((x) => `${x.id}:${x.status}`)).toEqual(['removable-media:usb-policy:fail']);
  });
});

describe('contract with the disk-encryption check', () => {
  it('reads DiskEncryptionEvidence as that check exports it', () => {
    const evidence: DiskEncryptionEvidence = {
      platform: 'darwin',
      volumes: [
        { id: 'apfs:disk3s5', mount: '/System/Volumes/Data', device: 'disk3s5', kind: 'system', removable: false, encrypted: true, state: 'on', reason: 'FileVault is on.', source: 'fdesetup' },
        { id: '/Volumes/PATIENTS', mount: '/Volumes/PATIENTS', device: 'disk4s1', label: 'PATIENTS', kind: 'removable', removable: true, encrypted: false, state: 'not-encrypted', reason: 'ExFAT volume without encryption.', source: 'diskutil' },
      ],
      systemVolumeEncrypted: true,
      deviceEncrypted: true,
      deviceReason: 'FileVault is on.',
      safeHarbor: 'likely',
      problems: [],
      raw: {},
    };
    const out = analyzeRemovableMedia(base, analyzeCtx('darwin', { 'disk-encryption': evidence }));
    expect(out.findings).toMatchObject([{ id: 'removable-media:volume:/Volumes/PATIENTS', status: 'fail', title: 'Removable drive "PATIENTS (/Volumes/PATIENTS)" is not encrypted' }]);
  });
});
