import { describe, expect, it } from 'vitest';
import { isAccessDenied, isRemovableDrive, parseBitLockerVolumes, parseLogicalDrives, parseManageBde } from '../../checks/disk-encryption/parse-windows.js';
import { judgeBitLocker } from '../../checks/disk-encryption/verdict-windows.js';
import { fixture, sample } from './helpers.js';

describe('parseManageBde on real outputs', () => {
  it.each([
    // file, mount, os volume, conversion, percent, protection, protectors, encrypted verdict, state
    ['shared:windows_manage-bde_status_encrypted_usedspace.txt', 'C:', true, 'used-space-only-encrypted', 100, 'on', ['TPM', 'Numerical Password'], true, 'on'],
    ['shared:windows_manage-bde_status_fully_decrypted.txt', 'C:', true, 'fully-decrypted', 0, 'off', [], false, 'off'],
    ['fixture:windows_manage-bde_status_de_fully_decrypted.txt', 'C:', true, 'fully-decrypted', 0, 'off', [], false, 'off'],
    ['fixture:windows_manage-bde_status_de_encrypting_3_5_percent.txt', 'C:', true, 'encrypting', 3.5, 'off', ['TPM'], false, 'encrypting'],
    ['fixture:windows_manage-bde_status_de_encrypting_100_percent_protection_on.txt', 'C:', true, 'encrypting', 100, 'on', ['TPM'], true, 'on'],
  ] as const)('%s', (file, mount, os, conversion, percent, protection, protectors, encrypted, state) => {
    const text = file.startsWith('shared:') ? sample(file.slice(7)) : fixture(file.slice(8));
    const listing = parseManageBde(text);
    expect(listing.error).toBeNull();
    const v = listing.volumes[0];
    expect(v).toMatchObject({ mount, osVolume: os, conversion, percent, protection, protectors: [...protectors] });
    expect(judgeBitLocker(v!)).toMatchObject({ encrypted, state });
  });

  it('reads every volume of a multi-volume listing, with the data volume marked', () => {
    const listing = parseManageBde(sample('windows_manage-bde_status_fully_decrypted.txt'));
    expect(listing.volumes.map((v) => [v.mount, v.label, v.osVolume])).toEqual([
      ['C:', null, true],
      ['J:', 'MyDocuments', false],
    ]);
  });

  it('turns the non-elevated error into "denied", never a volume', () => {
    const listing = parseManageBde(fixture('windows_manage-bde_status_access_denied.txt'));
    expect(listing).toMatchObject({ volumes: [], denied: true });
  });

  it.each([[''], ['garbage\nmore garbage'], ['ERROR: The volume C: could not be opened by BitLocker.']])('gives no volume and a reason for odd output %j', (text) => {
    const listing = parseManageBde(text);
    expect(listing.volumes).toEqual([]);
    expect(listing.error).toBeTruthy();
  });
});

describe('parseBitLockerVolumes on real outputs', () => {
  it.each([
    ['shared:windows_get_bitlockervolume_fl_encrypted.txt', 'C:', 'fully-encrypted', 'on', ['Tpm', 'RecoveryPassword'], true, 'on'],
    ['shared:windows_get-bitlockervolume_fullyencrypted_protection_off_tpm.txt', 'C:', 'fully-encrypted', 'off', ['Tpm'], false, 'suspended'],
  ] as const)('%s', (file, mount, conversion, protection, protectors, encrypted, state) => {
    const listing = parseBitLockerVolumes(sample(file.slice(7)));
    expect(listing.volumes).toHaveLength(1);
    const v = listing.volumes[0]!;
    expect(v).toMatchObject({ mount, conversion, protection, protectors: [...protectors], osVolume: true });
    expect(judgeBitLocker(v)).toMatchObject({ encrypted, state });
  });

  it('reads integer enums from ConvertTo-Json and drops recovery passwords', () => {
    const listing = parseBitLockerVolumes(fixture('windows_get-bitlockervolume_json_int_enums_fleet.json'));
    expect(listing.volumes.map((v) => [v.mount, v.osVolume, v.conversion, v.protection, v.method, v.protectors])).toEqual([
      ['C:', true, 'fully-encrypted', 'on', 'XtsAes128', ['RecoveryPassword', 'Tpm']],
      ['E:', false, 'fully-decrypted', 'off', null, []],
    ]);
    expect(JSON.stringify(listing)).not.toContain('254793');
    expect(listing.volumes.map((v) => judgeBitLocker(v).encrypted)).toEqual([true, false]);
  });

  it('reads the collector\'s own string-enum JSON for a single volume (no array)', () => {
    const json = '{"MountPoint":"D:","VolumeType":"Data","VolumeStatus":"EncryptionInProgress","ProtectionStatus":"Off","LockStatus":"Unlocked","EncryptionPercentage":42.5,"EncryptionMethod":"XtsAes256","CapacityGB":931.5,"KeyProtector":["ExternalKey","RecoveryPassword"]}';
    const v = parseBitLockerVolumes(json).volumes[0]!;
    expect(v).toMatchObject({ mount: 'D:', osVolume: false, conversion: 'encrypting', percent: 42.5, protection: 'off', protectors: ['ExternalKey', 'RecoveryPassword'] });
    expect(judgeBitLocker(v)).toMatchObject({ encrypted: false, state: 'encrypting' });
  });

  it('treats the non-elevated CIM error as denied', () => {
    const listing = parseBitLockerVolumes('', fixture('windows_get-bitlockervolume_access_denied_stderr.txt'));
    expect(listing).toMatchObject({ volumes: [], denied: true });
    expect(isAccessDenied(fixture('windows_get-bitlockervolume_access_denied_stderr.txt'))).toBe(true);
  });

  it('reports broken JSON instead of throwing', () => {
    expect(parseBitLockerVolumes('[{"MountPoint": "C:",').error).toMatch(/odd Get-BitLockerVolume JSON/);
    expect(parseBitLockerVolumes('WARNING: the BitLocker module is loading\r\n[{"MountPoint": "C:",').error).toMatch(/odd Get-BitLockerVolume JSON/);
  });

  it.each([
    ['a warning line', 'WARNING: something unrelated\r\n{"MountPoint":"D:","VolumeStatus":0,"ProtectionStatus":0,"VolumeType":1}\r\n'],
    ['several warning and verbose lines', 'WARNING: one\nVERBOSE: two\n[\n  {"MountPoint":"D:","VolumeStatus":"FullyDecrypted","ProtectionStatus":"Off","VolumeType":"Data"}\n]'],
  ])('reads the JSON after %s', (_what, text) => {
    expect(parseBitLockerVolumes(text)).toMatchObject({ volumes: [{ mount: 'D:', osVolume: false, conversion: 'fully-decrypted', protection: 'off' }], error: null });
  });
});

describe('judgeBitLocker verdict table', () => {
  const base = { mount: 'C:', label: null, osVolume: true, percent: 100, method: 'XtsAes128', lock: 'unlocked', size: null } as const;
  it.each([
    ['fully-encrypted', 'on', ['Tpm'], 'unlocked', true, 'on'],
    ['used-space-only-encrypted', 'on', ['Tpm'], 'unlocked', true, 'on'],
    ['fully-encrypted', 'off', ['Tpm'], 'unlocked', false, 'suspended'],
    ['fully-encrypted', 'off', [], 'unlocked', false, 'waiting-for-activation'],
    ['fully-decrypted', 'off', [], 'unlocked', false, 'off'],
    ['decrypting', 'off', ['Tpm'], 'unlocked', false, 'decrypting'],
    ['encryption-paused', 'off', ['Tpm'], 'unlocked', false, 'encryption-paused'],
    ['unknown', 'unknown', [], 'locked', true, 'locked'],
    ['unknown', 'unknown', [], 'unlocked', null, 'unknown'],
    ['fully-encrypted', 'unknown', ['Tpm'], 'unlocked', null, 'unknown'],
  ] as const)('%s + protection %s + %j (%s) -> %s', (conversion, protection, protectors, lock, encrypted, state) => {
    expect(judgeBitLocker({ ...base, conversion, protection, protectors: [...protectors], lock })).toMatchObject({ encrypted, state });
  });
});

describe('parseLogicalDrives', () => {
  it.each([
    ['{"DeviceID":"E:","DriveType":2,"BusType":null}', true],
    ['{"DeviceID":"F:","DriveType":3,"BusType":"USB"}', true],
    ['{"DeviceID":"F:","DriveType":3,"BusType":7}', true],
    ['{"DeviceID":"D:","DriveType":3,"BusType":"NVMe"}', false],
    ['{"DeviceID":"D:","DriveType":3}', false],
  ])('%s removable=%s', (json, removable) => {
    expect(isRemovableDrive(parseLogicalDrives(json)[0]!)).toBe(removable);
  });

  it('reads one drive or a list, with the Explorer BitLocker property', () => {
    expect(parseLogicalDrives('{"DeviceID":"C:","DriveType":3,"FileSystem":"NTFS","VolumeName":"","BitLockerProtection":1}')).toEqual([{ mount: 'C:', driveType: 3, fileSystem: 'NTFS', label: null, shellProtection: 1, busType: null }]);
    expect(parseLogicalDrives('[{"DeviceID":"C:","DriveType":3,"BitLockerProtection":null},{"DeviceID":"E:","DriveType":2,"FileSystem":"FAT32","VolumeName":"STICK","BitLockerProtection":2}]').map((d) => [d.mount, d.driveType, d.shellProtection])).toEqual([
      ['C:', 3, null],
      ['E:', 2, 2],
    ]);
  });
});

describe('parser robustness', () => {
  it('skips PowerShell warnings and a BOM before the JSON', () => {
    const text = '\uFEFFWARNING: something unrelated\n[{"MountPoint":"C:","VolumeStatus":"FullyEncrypted","ProtectionStatus":"On","VolumeType":"OperatingSystem","KeyProtector":["Tpm"]}]';
    expect(parseBitLockerVolumes(text).volumes.map((v) => [v.mount, v.conversion, v.protection])).toEqual([['C:', 'fully-encrypted', 'on']]);
  });

  it('ignores manage-bde volumes without a drive letter', () => {
    const text = sample('windows_manage-bde_status_encrypted_usedspace.txt').replace('Volume C: [Local Disk]', 'Volume \\\\?\\Volume{1b2c3d4e-0000-0000-0000-100000000000}\\ [Recovery]');
    expect(parseManageBde(text).volumes).toEqual([]);
  });
});

describe('Get-BitLockerVolume default table view', () => {
  it('reads the five-volume help example (truncated protectors, empty AutoUnlock column)', () => {
    const listing = parseBitLockerVolumes(fixture('windows_get-bitlockervolume_table_multi_volume.txt'));
    expect(listing.volumes.map((v) => [v.mount, v.osVolume, v.conversion, v.percent, v.protection, v.protectors])).toEqual([
      ['D:', false, 'encrypting', 1, 'off', ['RecoveryPassword']],
      ['E:', false, 'fully-decrypted', 0, 'off', []],
      ['C:', true, 'fully-decrypted', 0, 'off', ['Tpm']],
      ['F:', false, 'fully-decrypted', 0, 'off', []],
      ['G:', false, 'fully-decrypted', 0, 'off', []],
    ]);
    expect(listing.volumes.map((v) => judgeBitLocker(v).state)).toEqual(['encrypting', 'off', 'off', 'off', 'off']);
  });

  it('reads the table with a ComputerName group header', () => {
    const [v] = parseBitLockerVolumes(fixture('windows_get-bitlockervolume_table_encrypted.txt')).volumes;
    expect(v).toMatchObject({ mount: 'C:', osVolume: true, conversion: 'fully-encrypted', percent: 100, protection: 'on', protectors: ['Tpm', 'RecoveryPassword'] });
    expect(judgeBitLocker(v!)).toMatchObject({ encrypted: true, state: 'on' });
  });
});
