import { describe, expect, it } from 'vitest';
import { flattenBlockTree, parseCrypttab, parseCryptsetupStatus, parseLsblkAny, parseLsblkJson, parseLsblkPairs, parseMountinfo, parseProcDevicesBlock, parseProcSwaps } from '../../checks/disk-encryption/parse-linux.js';
import { buildLinuxVolumes, relevantMounts, type LinuxFacts } from '../../checks/disk-encryption/verdict-linux.js';
import { fixture, sample } from './helpers.js';

const facts = (over: Partial<LinuxFacts>): LinuxFacts => ({ tree: null, mounts: null, swaps: [], crypttab: [], sysfs: [], treeError: null, mountsError: null, ...over });
const mountLine = (id: number, majMin: string, mountPoint: string, fsType: string, source: string) => `${id} 1 ${majMin} / ${mountPoint} rw,relatime - ${fsType} ${source} rw`;

describe('parseLsblkJson across util-linux versions', () => {
  it('reads the build VM capture (MOUNTPOINTS, MAJ:MIN, booleans)', () => {
    const tree = parseLsblkJson(fixture('linux_lsblk_J_build_vm_unencrypted_root.json'));
    const vda = flattenBlockTree(tree).find((c) => c.node.name === 'vda')!.node;
    expect(vda).toMatchObject({ path: '/dev/vda', majMin: '254:0', type: 'disk', mountpoints: ['/'], rm: false });
  });

  it('reads a singular MOUNTPOINT column and keeps the crypt chain', () => {
    const chains = flattenBlockTree(parseLsblkJson(fixture('linux_lsblk_J_b_luks_on_lvm_usb_exfat.json')));
    const root = chains.find((c) => c.node.name === 'cryptroot')!;
    expect(root.ancestors.map((n) => n.type)).toEqual(['disk', 'part', 'lvm']);
    expect(root.node).toMatchObject({ type: 'crypt', path: '/dev/mapper/cryptroot', mountpoints: ['/etc/NetworkManager/system-connections'] });
  });

  it('reads -fJp output (no TYPE column, /dev paths as names)', () => {
    const chains = flattenBlockTree(parseLsblkJson(sample('linux_lsblk_fJp_mixed_luks_and_plain.json')));
    const sda3 = chains.find((c) => c.node.path === '/dev/sda3')!;
    expect(sda3.node).toMatchObject({ name: 'sda3', fstype: 'xfs', mountpoints: ['/'] });
    expect(chains.filter((c) => c.node.fstype === 'crypto_LUKS').map((c) => c.node.path)).toEqual(['/dev/sdb3', '/dev/mapper/LvmEncrypt-lvmcryptroot', '/dev/sdd3', '/dev/sdd4']);
  });

  it('reads NAME+MOUNTPOINTS output piped through yq, once wrapped as lsblk prints it', () => {
    const lines = sample('linux_lsblk_J_name_mountpoints_unencrypted_root.txt').split('\n').filter((l) => l.startsWith('{'));
    const tree = parseLsblkJson(`{"blockdevices": [${lines.join(',')}]}`);
    expect(flattenBlockTree(tree).find((c) => c.node.mountpoints.includes('/'))?.node.name).toBe('nvme0n1p1');
  });

  it.each([[''], ['lsblk: unknown column: MOUNTPOINTS'], ['{"devices": []}']])('throws on %j so the collector can fall back', (text) => {
    expect(() => parseLsblkJson(text)).toThrow();
  });
});

describe('parseLsblkAny dispatch and the plain tree', () => {
  it('reads the plain tree with depth, singular MOUNTPOINT and [SWAP]', () => {
    const chains = flattenBlockTree(parseLsblkAny(sample('linux_lsblk_tree_plain_root_crypt_data_omv.txt')));
    expect(chains.map((c) => [c.node.name, c.ancestors.map((a) => a.name).join('/'), c.node.type, c.node.mountpoints[0] ?? null])).toEqual([
      ['sr0', '', 'rom', null],
      ['vda', '', 'disk', null],
      ['vda1', 'vda', 'part', '/'],
      ['vda2', 'vda', 'part', null],
      ['vda5', 'vda', 'part', '[SWAP]'],
      ['vdb', '', 'disk', null],
      ['vdb1', 'vdb', 'part', '/srv/dev-disk-by-label-test'],
      ['vdc', '', 'disk', null],
      ['vdc-crypt', 'vdc', 'crypt', '/srv/dev-disk-by-label-crypttest'],
      ['vdd', '', 'disk', null],
      ['vdd-crypt', 'vdd', 'crypt', '/srv/dev-disk-by-label-vdd'],
      ['vde', '', 'disk', null],
      ['vde1', 'vde', 'part', null],
      ['vdf', '', 'disk', null],
      ['vdf1', 'vdf', 'part', null],
      ['vdg', '', 'disk', null],
    ]);
    expect(chains.find((c) => c.node.name === 'vdc-crypt')?.node.path).toBe('/dev/mapper/vdc-crypt');
  });

  it('sends JSON and pairs to their parsers', () => {
    expect(parseLsblkAny(fixture('linux_lsblk_J_build_vm_unencrypted_root.json'))[1]?.name).toBe('vda');
    expect(parseLsblkAny('NAME="sda" TYPE="disk" RM="0"\n')[0]?.name).toBe('sda');
    expect(() => parseLsblkAny('lsblk: command not found')).toThrow();
  });
});

describe('parseLsblkPairs (util-linux < 2.27 fallback)', () => {
  it('builds the tree from PKNAME, with either MAJ:MIN spelling', () => {
    const text = [
      'NAME="sda" KNAME="sda" MAJ:MIN="8:0" TYPE="disk" FSTYPE="" MOUNTPOINT="" RM="0" HOTPLUG="0" TRAN="sata" SIZE="100" PKNAME="" LABEL=""',
      'NAME="sda2" KNAME="sda2" MAJ_MIN="8:2" TYPE="part" FSTYPE="crypto_LUKS" MOUNTPOINT="" RM="0" HOTPLUG="0" TRAN="" SIZE="90" PKNAME="sda" LABEL=""',
      'NAME="luks-1" KNAME="dm-0" MAJ:MIN="253:0" TYPE="crypt" FSTYPE="ext4" MOUNTPOINT="/" RM="0" HOTPLUG="0" TRAN="" SIZE="89" PKNAME="sda2" LABEL=""',
      'NAME="sda3" KNAME="sda3" MAJ:MIN="8:3" TYPE="part" FSTYPE="crypto_LUKS" MOUNTPOINT="" RM="0" HOTPLUG="0" TRAN="" SIZE="9" PKNAME="sda" LABEL=""',
      'NAME="cryptswap" KNAME="dm-1" MAJ:MIN="253:1" TYPE="crypt" FSTYPE="swap" MOUNTPOINT="[SWAP]" RM="0" HOTPLUG="0" TRAN="" SIZE="8" PKNAME="sda3" LABEL=""',
    ].join('\n');
    const tree = parseLsblkPairs(text);
    const root = flattenBlockTree(tree).find((c) => c.node.mountpoints.includes('/'))!;
    expect(root.ancestors.map((n) => n.name)).toEqual(['sda', 'sda2']);
    expect(root.node).toMatchObject({ majMin: '253:0', type: 'crypt', kname: 'dm-0' });
    // /proc/swaps names mapped swap by its kernel name (/dev/dm-1).
    const v = buildLinuxVolumes(facts({ tree, mounts: parseMountinfo(mountLine(1, '253:0', '/', 'ext4', '/dev/mapper/luks-1')), swaps: parseProcSwaps('Filename Type Size Used Priority\n/dev/dm-1 partition 8 0 -2\n') }));
    expect(v.map((x) => [x.id, x.encrypted])).toEqual([['/', true], ['swap:/dev/dm-1', true]]);
  });
});

describe('mountinfo, swaps, crypttab, cryptsetup', () => {
  it('keeps the root and real filesystems, drops kernel ones and container files', () => {
    const mounts = parseMountinfo(fixture('linux_mountinfo_docker_overlay_root.txt'));
    expect(mounts).toHaveLength(14);
    expect(relevantMounts(mounts).map((m) => [m.mountPoint, m.fsType])).toEqual([['/', 'overlay']]);
    expect(relevantMounts(parseMountinfo(fixture('linux_mountinfo_build_vm.txt'))).map((m) => m.mountPoint)).toEqual(['/']);
  });

  it('decodes octal escapes in mount points', () => {
    expect(parseMountinfo(mountLine(40, '8:17', '/media/amy/My\\040Stick', 'vfat', '/dev/sdb1'))[0]?.mountPoint).toBe('/media/amy/My Stick');
  });

  it('reads /proc/swaps (empty and with areas)', () => {
    expect(parseProcSwaps(fixture('linux_proc_swaps_build_vm_empty.txt'))).toEqual([]);
    expect(parseProcSwaps('Filename\tType\tSize\tUsed\tPriority\n/dev/vda5 partition 1046524 0 -2\n/swapfile file 2097148 0 -3\n')).toEqual([
      { file: '/dev/vda5', type: 'partition', sizeKiB: 1046524 },
      { file: '/swapfile', type: 'file', sizeKiB: 2097148 },
    ]);
  });

  it('reads the block majors of /proc/devices', () => {
    expect(parseProcDevicesBlock(fixture('linux_proc_devices_build_vm.txt'))).toEqual({ '7': 'loop', '253': 'zram', '254': 'virtblk', '259': 'blkext' });
  });

  it('reads /etc/crypttab, skipping comments', () => {
    expect(parseCrypttab('# <target> <source> <key> <options>\nsda3_crypt UUID=1234 none luks,discard\ncryptswap /dev/sda2 /dev/urandom swap,cipher=aes-xts-plain64\n')).toEqual([
      { name: 'sda3_crypt', device: 'UUID=1234', keyFile: null, options: ['luks', 'discard'] },
      { name: 'cryptswap', device: '/dev/sda2', keyFile: '/dev/urandom', options: ['swap', 'cipher=aes-xts-plain64'] },
    ]);
  });

  it.each([
    ['linux_cryptsetup_status_luks2_active.txt', { active: true, type: 'LUKS2', device: '/dev/sdc2' }],
    ['linux_cryptsetup_status_luks1_active.txt', { active: true, type: 'LUKS1', device: '/dev/sdc1' }],
    ['linux_cryptsetup_status_inactive.txt', { active: false, error: 'inactive' }],
    ['linux_cryptsetup_status_device_not_found.txt', { active: false, error: 'Device sdc3 not found' }],
  ])('parses cryptsetup status %s', (file, expected) => {
    expect(parseCryptsetupStatus(sample(file))).toMatchObject(expected);
  });
});

describe('buildLinuxVolumes verdicts on real trees', () => {
  it('build VM: / directly on an unencrypted virtual disk', () => {
    const v = buildLinuxVolumes(facts({ tree: parseLsblkJson(fixture('linux_lsblk_J_build_vm_unencrypted_root.json')), mounts: parseMountinfo(fixture('linux_mountinfo_build_vm.txt')) }));
    expect(v).toEqual([expect.objectContaining({ id: '/', kind: 'system', encrypted: false, state: 'not-encrypted', device: '/dev/vda' })]);
  });

  it('LUKS on LVM: encrypted root (btrfs, matched by source), encrypted swap, unmounted exFAT USB disk flagged', () => {
    const v = buildLinuxVolumes(
      facts({
        tree: parseLsblkJson(fixture('linux_lsblk_J_b_luks_on_lvm_usb_exfat.json')),
        mounts: parseMountinfo([mountLine(28, '0:26', '/', 'btrfs', '/dev/mapper/cryptroot'), mountLine(30, '259:1', '/boot', 'vfat', '/dev/nvme0n1p1')].join('\n')),
        swaps: parseProcSwaps('Filename Type Size Used Priority\n/dev/dm-3 partition 15728636 0 -2\n'),
      }),
    );
    const byId = Object.fromEntries(v.map((x) => [x.id, x]));
    expect(byId['/']).toMatchObject({ encrypted: true, state: 'dm-crypt', method: 'LUKS' });
    expect(byId['/boot']).toBeUndefined();
    expect(byId['/dev/sda1']).toMatchObject({ kind: 'removable', removable: true, encrypted: false });
    // /dev/dm-3 is not a path lsblk printed: the swap area cannot be placed, so it stays unknown.
    expect(byId['swap:/dev/dm-3']).toMatchObject({ kind: 'swap', encrypted: null });
  });

  it('OpenMediaVault tree (plain lsblk text): plain root and plain swap fail even though other disks are LUKS', () => {
    const tree = parseLsblkAny(sample('linux_lsblk_tree_plain_root_crypt_data_omv.txt'));
    const v = buildLinuxVolumes(
      facts({
        tree,
        mounts: parseMountinfo([mountLine(1, '254:1', '/', 'ext4', '/dev/vda1'), mountLine(2, '252:0', '/srv/dev-disk-by-label-crypttest', 'ext4', '/dev/mapper/vdc-crypt')].join('\n')),
        swaps: parseProcSwaps('Filename Type Size Used Priority\n/dev/vda5 partition 1046524 0 -2\n'),
        crypttab: parseCrypttab('vdc-crypt /dev/vdc none luks\nvdd-crypt /dev/vdd none luks\n'),
      }),
    );
    expect(v[0]?.reason).toMatch(/crypttab lists 2 encrypted mapping\(s\), but none is behind this one/);
    expect(v.map((x) => [x.id, x.kind, x.encrypted])).toEqual([
      ['/', 'system', false],
      ['/srv/dev-disk-by-label-crypttest', 'data', true],
      ['swap:/dev/vda5', 'swap', false],
    ]);
  });

  it('container overlay root: judged by the host disk behind /etc/hosts, read from /sys when lsblk is missing', () => {
    const mounts = parseMountinfo(fixture('linux_mountinfo_docker_overlay_root.txt'));
    const plain = buildLinuxVolumes(facts({ mounts, treeError: 'lsblk: not-found', sysfs: [{ majMin: '8:1', devices: [{ name: '8:1', dmUuid: null }], error: null }] }));
    expect(plain[0]).toMatchObject({ id: '/', kind: 'system', encrypted: false, source: 'sysfs' });
    expect(plain[0]?.reason).toMatch(/container/);
    const crypt = buildLinuxVolumes(facts({ mounts, sysfs: [{ majMin: '8:1', devices: [{ name: '8:1', dmUuid: 'CRYPT-LUKS2-0f1e-root' }, { name: 'sda2', dmUuid: null }], error: null }] }));
    expect(crypt[0]).toMatchObject({ encrypted: true, state: 'dm-crypt' });
  });

  it.each([
    ['no mount table', facts({ mountsError: '/proc/self/mountinfo: denied' })],
    ['no lsblk and no /sys', facts({ mounts: parseMountinfo(mountLine(1, '254:1', '/', 'ext4', '/dev/vda1')), treeError: 'lsblk: not-found' })],
    ['overlay with nothing behind it', facts({ mounts: parseMountinfo(mountLine(1, '0:43', '/', 'overlay', 'overlay')) })],
  ])('%s -> root unknown, never encrypted', (_name, f) => {
    expect(buildLinuxVolumes(f)[0]).toMatchObject({ id: '/', encrypted: null, state: 'unknown' });
  });
});

describe('stacked mounts', () => {
  it('judges the filesystem mounted last over a mount point', () => {
    const mounts = parseMountinfo([mountLine(1, '0:1', '/', 'rootfs', 'rootfs'), mountLine(2, '254:1', '/', 'ext4', '/dev/vda1')].join('\n'));
    expect(relevantMounts(mounts).map((m) => [m.mountPoint, m.majMin])).toEqual([['/', '254:1']]);
  });
});

describe('removable drives', () => {
  const tree = parseLsblkPairs(
    [
      'NAME="nvme0n1" MAJ:MIN="259:0" TYPE="disk" RM="0" HOTPLUG="0" TRAN="nvme" PKNAME=""',
      'NAME="nvme0n1p2" MAJ:MIN="259:2" TYPE="part" FSTYPE="crypto_LUKS" RM="0" TRAN="nvme" PKNAME="nvme0n1"',
      'NAME="luks-root" KNAME="dm-0" MAJ:MIN="253:0" TYPE="crypt" FSTYPE="ext4" MOUNTPOINT="/" RM="0" PKNAME="nvme0n1p2"',
      'NAME="sdb" MAJ:MIN="8:16" TYPE="disk" RM="1" HOTPLUG="1" TRAN="usb" PKNAME=""',
      'NAME="sdb1" MAJ:MIN="8:17" TYPE="part" FSTYPE="vfat" LABEL="STICK" MOUNTPOINT="/media/amy/STICK" RM="1" HOTPLUG="1" PKNAME="sdb"',
      'NAME="sdc" MAJ:MIN="8:32" TYPE="disk" RM="0" HOTPLUG="1" TRAN="usb" PKNAME=""',
      'NAME="sdc1" MAJ:MIN="8:33" TYPE="part" FSTYPE="crypto_LUKS" RM="0" HOTPLUG="1" PKNAME="sdc"',
      'NAME="sdd" MAJ:MIN="8:48" TYPE="disk" RM="1" HOTPLUG="1" TRAN="usb" PKNAME=""',
      'NAME="sdd1" MAJ:MIN="8:49" TYPE="part" FSTYPE="crypto_LUKS" RM="1" HOTPLUG="1" PKNAME="sdd"',
      'NAME="luks-usb" MAJ:MIN="253:5" TYPE="crypt" FSTYPE="ext4" RM="0" PKNAME="sdd1"',
    ].join('\n'),
  );
  it('flags a mounted FAT stick and accepts a locked LUKS disk, with an encrypted root', () => {
    const v = buildLinuxVolumes(
      facts({
        tree,
        mounts: parseMountinfo([mountLine(1, '253:0', '/', 'ext4', '/dev/mapper/luks-root'), mountLine(2, '8:17', '/media/amy/STICK', 'vfat', '/dev/sdb1')].join('\n')),
      }),
    );
    expect(v.map((x) => [x.id, x.kind, x.removable, x.encrypted, x.label ?? null])).toEqual([
      ['/', 'system', false, true, null],
      ['/media/amy/STICK', 'removable', true, false, 'STICK'],
      ['/dev/sdc1', 'removable', true, true, null],
      ['/dev/mapper/luks-usb', 'removable', true, true, null],
    ]);
  });
});
