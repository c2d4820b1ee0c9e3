import { describe, expect, it } from 'vitest';
import { parseApfsList, parseDiskutilInfo, parseDiskutilList, parseFdesetupStatus } from '../../checks/disk-encryption/parse-macos.js';
import { buildMacVolumes, type MacFacts } from '../../checks/disk-encryption/verdict-macos.js';
import { fixture, sample } from './helpers.js';

const variants = sample('macos_fdesetup_status_variants.txt').split(/^---$/m).map((v) => v.trim());
const facts = (over: Partial<MacFacts>): MacFacts => ({ fdesetup: null, containers: null, root: null, external: null, errors: [], ...over });

describe('parseFdesetupStatus on the documented variants', () => {
  it.each([
    [0, 'on', null, false],
    [1, 'off', null, false],
    [2, 'deferred', null, true],
    [3, 'encrypting', null, false], // "Percent completed = ##.##" is a placeholder in the source
    [4, 'encrypting', null, true],
    [5, 'decrypting', null, false],
    [6, 'on', null, false],
  ] as const)('variant %i -> %s', (i, state, percent, pending) => {
    expect(parseFdesetupStatus(variants[i]!)).toEqual({ state, percent, pending });
  });

  it.each([
    ['FileVault is On.\nEncryption in progress: Percent completed = 42.5', 'encrypting', 42.5],
    ['FileVault is Off.\nDecryption in progress: Percent completed = 7', 'decrypting', 7],
    ['', 'unknown', null],
    ['fdesetup: command not found', 'unknown', null],
  ] as const)('%j -> %s', (text, state, percent) => {
    expect(parseFdesetupStatus(text)).toMatchObject({ state, percent });
  });
});

describe('parseApfsList', () => {
  it('reads the plist form (Kolide fixture): System, Data and a role-less volume with FileVault on', () => {
    const containers = parseApfsList(sample('macos_diskutil_apfs_list_plist_filevault_on.plist'));
    const all = containers.flatMap((c) => c.volumes);
    expect(all.filter((v) => v.fileVault).map((v) => [v.name, v.roles])).toEqual([['Macintosh HD', ['System']], ['Data', ['Data']], ['Nix Store', []]]);
    expect(containers.map((c) => c.reference)).toEqual(['disk1', 'disk2', 'disk3']);
    expect(containers[0]).toMatchObject({ reference: 'disk1', physicalStores: ['disk0s1'] });
  });

  it('reads the text form (T2 Mac, FileVault off, encrypted at rest)', () => {
    const [c] = parseApfsList(fixture('macos_diskutil_apfs_list_text_t2_filevault_off.txt'));
    expect(c).toMatchObject({ reference: 'disk1', physicalStores: ['disk0s2'] });
    expect(c!.volumes[0]).toMatchObject({ device: 'disk1s1', name: 'Macintosh HD', roles: [], mountPoint: '/', fileVault: false, encryption: true });
    expect(c!.volumes.map((v) => v.roles)).toEqual([[], ['Preboot'], ['Recovery'], ['VM']]);
  });

  it('reads Apple-silicon roles from the text form', () => {
    const [c] = parseApfsList(fixture('macos_diskutil_apfs_list_text_applesilicon_partial.txt'));
    expect(c!.volumes.map((v) => [v.device, v.roles[0], v.fileVault, v.encryption])).toEqual([
      ['disk3s1', 'System', false, true],
      ['disk3s2', 'Preboot', false, false],
      ['disk3s3', 'Recovery', false, false],
    ]);
  });

  it.each([[''], ['Error: -69808'], ['<?xml version="1.0"?><plist version="1.0"><dict></dict></plist>']])('throws on %j', (text) => {
    expect(() => parseApfsList(text)).toThrow();
  });
});

describe('parseDiskutilInfo', () => {
  it('reads the text form (Apple-silicon Data volume, FileVault: No)', () => {
    expect(parseDiskutilInfo(sample('macos_diskutil_info_applesilicon_data_volume_filevault_no.txt'))).toMatchObject({
      device: 'disk3s5',
      container: 'disk3',
      wholeDisk: 'disk3',
      internal: true,
      removable: false,
      mountPoint: '/Volumes/Data',
      fsType: 'apfs',
      fileVault: false,
      encrypted: null,
    });
  });

  it('reads the plist form', () => {
    const plist = '<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>DeviceIdentifier</key><string>disk3s1s1</string><key>APFSContainerReference</key><string>disk3</string><key>Internal</key><true/><key>MountPoint</key><string>/</string><key>FileVault</key><true/></dict></plist>';
    expect(parseDiskutilInfo(plist)).toMatchObject({ device: 'disk3s1s1', container: 'disk3', internal: true, mountPoint: '/', fileVault: true });
  });
});

describe('buildMacVolumes verdict table', () => {
  const kolide = parseApfsList(sample('macos_diskutil_apfs_list_plist_filevault_on.plist'));
  const t2 = parseApfsList(fixture('macos_diskutil_apfs_list_text_t2_filevault_off.txt'));
  it.each([
    ['fdesetup on + Kolide plist', facts({ fdesetup: parseFdesetupStatus(variants[0]!), containers: kolide }), true, 'on'],
    ['fdesetup off + T2 at-rest only', facts({ fdesetup: parseFdesetupStatus(variants[1]!), containers: t2 }), false, 'hardware-only'],
    ['fdesetup deferred', facts({ fdesetup: parseFdesetupStatus(variants[2]!) }), false, 'deferred'],
    ['fdesetup encrypting (pending)', facts({ fdesetup: parseFdesetupStatus(variants[4]!) }), false, 'encrypting'],
    ['fdesetup decrypting', facts({ fdesetup: parseFdesetupStatus(variants[5]!) }), false, 'decrypting'],
    ['fdesetup missing, plist says FileVault on', facts({ containers: kolide, errors: ['fdesetup: not-found'] }), true, 'on'],
    ['fdesetup missing, text says FileVault no', facts({ containers: t2, errors: ['fdesetup: not-found'] }), false, 'hardware-only'],
    ['nothing answered', facts({ errors: ['fdesetup: timeout', 'diskutil: not-found'] }), null, 'unknown'],
    ['fdesetup odd output, no diskutil', facts({ fdesetup: parseFdesetupStatus('FileVault status unavailable') }), null, 'unknown'],
  ])('%s', (_name, f, encrypted, state) => {
    expect(buildMacVolumes(f)[0]).toMatchObject({ id: '/', kind: 'system', encrypted, state });
  });

  it('judges external disks: exFAT stick not encrypted, encrypted external APFS volume encrypted', () => {
    const external = parseDiskutilList(
      '<?xml version="1.0"?><plist version="1.0"><dict><key>WholeDisks</key><array><string>disk4</string><string>disk5</string></array><key>AllDisksAndPartitions</key><array>' +
        '<dict><key>DeviceIdentifier</key><string>disk4</string><key>Content</key><string>FDisk_partition_scheme</string><key>Partitions</key><array><dict><key>DeviceIdentifier</key><string>disk4s1</string><key>Content</key><string>Windows_FAT_32</string><key>VolumeName</key><string>STICK</string><key>MountPoint</key><string>/Volumes/STICK</string></dict></array></dict>' +
        '<dict><key>DeviceIdentifier</key><string>disk5</string><key>Content</key><string>GUID_partition_scheme</string><key>Partitions</key><array><dict><key>DeviceIdentifier</key><string>disk5s1</string><key>Content</key><string>EFI</string></dict><dict><key>DeviceIdentifier</key><string>disk5s2</string><key>Content</key><string>Apple_APFS</string></dict></array></dict>' +
        '</array></dict></plist>',
    );
    const containers = [...kolide, { reference: 'disk6', physicalStores: ['disk5s2'], volumes: [{ device: 'disk6s1', name: 'Backup', roles: [], fileVault: true, encryption: true, locked: false, cryptoMigration: false }] }];
    const v = buildMacVolumes(facts({ fdesetup: parseFdesetupStatus(variants[0]!), containers, external }));
    expect(v.find((x) => x.id === 'apfs:disk3s7')).toMatchObject({ kind: 'data', label: 'Nix Store', encrypted: true });
    expect(v.filter((x) => x.kind === 'removable').map((x) => [x.id, x.label, x.encrypted])).toEqual([
      ['apfs:disk6s1', 'Backup', true],
      ['disk4s1', 'STICK', false],
    ]);
  });
});

describe('parseDiskutilList text form', () => {
  it.each([
    ['macos_diskutil_list_external_fat_hfs.txt', ['disk2'], [['disk2s1', 'EFI', 'EFI'], ['disk2s2', 'Microsoft Basic Data', 'UNTITLED 1'], ['disk2s3', 'Apple_HFS', 'Untitled 2']]],
    ['macos_diskutil_list_external_sd_mbr.txt', ['disk1'], [['disk1s1', 'Windows_FAT_16', 'RECOVERY'], ['disk1s5', 'Linux', null], ['disk1s6', 'Windows_FAT_32', 'boot'], ['disk1s7', 'Linux', null]]],
  ])('%s', (file, wholeDisks, rows) => {
    const list = parseDiskutilList(fixture(file));
    expect(list.wholeDisks).toEqual(wholeDisks);
    expect(list.partitions.map((p) => [p.device, p.content, p.volumeName])).toEqual(rows);
  });

  it('reports every data partition of the USB stick as not encrypted, skipping EFI', () => {
    const v = buildMacVolumes(facts({ fdesetup: parseFdesetupStatus('FileVault is On.'), external: parseDiskutilList(fixture('macos_diskutil_list_external_fat_hfs.txt')) }));
    expect(v.map((x) => [x.id, x.kind, x.encrypted])).toEqual([
      ['/', 'system', true],
      ['disk2s2', 'removable', false],
      ['disk2s3', 'removable', false],
    ]);
  });
});
