/** Pure: Linux block-device facts -> one verdict per mounted filesystem, swap area and removable drive. */
import type { VolumeKind, VolumeVerdict } from './evidence.js';
import { flattenBlockTree, type BlockChain, type BlockNode, type CryptsetupStatus, type CrypttabEntry, type MountEntry, type SwapEntry } from './parse-linux.js';

/** The sysfs view of one device: the dm uuids down its slave chain (fallback when lsblk is missing). */
export type SysfsChain = { majMin: string; devices: { name: string; dmUuid: string | null }[]; error: string | null; driver?: string | null };

/** Everything the Linux verdicts are built from; a null field means that probe failed. */
export type LinuxFacts = {
  tree: BlockNode[] | null;
  mounts: MountEntry[] | null;
  swaps: SwapEntry[] | null;
  crypttab: CrypttabEntry[] | null;
  /** `cryptsetup status` per mapping name (collected only when running as root). */
  cryptStatus?: Record<string, CryptsetupStatus>;
  sysfs: SysfsChain[];
  /** Why the block tree or mount table is missing (for the reasons). */
  treeError: string | null;
  mountsError: string | null;
};

// Kernel and virtual filesystems hold no stored data; squashfs/iso9660 are read-only images.
const PSEUDO_FS = new Set([
  'proc', 'sysfs', 'tmpfs', 'devtmpfs', 'devpts', 'cgroup', 'cgroup2', 'mqueue', 'debugfs', 'tracefs', 'securityfs', 'pstore', 'bpf',
  'configfs', 'fusectl', 'hugetlbfs', 'autofs', 'binfmt_misc', 'nsfs', 'efivarfs', 'ramfs', 'rpc_pipefs', 'nfsd', 'selinuxfs', 'squashfs',
  'iso9660', 'udf', 'fuse.gvfsd-fuse', 'fuse.portal', 'fuse.snapfuse', 'fuse.lxcfs', 'overlay', 'tracefs', 'zram', 'erofs',
]);
const NETWORK_FS = /^(nfs4?|cifs|smb3|9p|virtiofs|fuse\.sshfs|ceph|glusterfs|davfs|fuse\.rclone)$/;
// Container runtimes bind-mount these single files from the host's container store.
const CONTAINER_FILES = new Set(['/etc/hosts', '/etc/hostname', '/etc/resolv.conf']);
// /boot and the EFI partition are unencrypted by design (Intune's Linux rule skips them too).
const SKIP_MOUNT = /^\/(proc|sys|dev|run(?!\/media)|snap|var\/lib\/(docker|containers|snapd|kubelet))(\/|$)|^\/(boot|boot\/efi|efi)$/;

const isRemovable = (chain: BlockNode[]): boolean => chain.some((n) => n.rm === true || n.tran === 'usb' || (n.hotplug === true && n.tran !== 'nvme' && n.tran !== 'sata'));

/** Describes a device chain's encryption; crypt anywhere between the filesystem and the disk counts. */
const judgeChain = (chain: BlockNode[], status: Record<string, CryptsetupStatus> = {}): { encrypted: boolean | null; state: string; reason: string; device: string; method: string | null } => {
  const self = chain[chain.length - 1] as BlockNode;
  const crypt = [...chain].reverse().find((n) => n.type === 'crypt');
  const path = chain.map((n) => n.name).join(' > ');
  if (crypt) {
    const container = chain[chain.indexOf(crypt) - 1];
    const luks = container?.fstype === 'crypto_LUKS' ? 'LUKS' : 'dm-crypt';
    const st = status[crypt.name];
    // dm-crypt with the "null" cipher is a mapping that encrypts nothing.
    if (st?.active && /cipher_null|^null/i.test(st.cipher ?? '')) {
      return { encrypted: false, state: 'cipher-null', reason: `The dm-crypt mapping ${crypt.name} uses the "null" cipher, which does not encrypt; device chain: ${path}.`, device: self.path, method: st.cipher };
    }
    if (st?.active) {
      const method = [st.type, st.cipher].filter(Boolean).join(' ') || luks;
      return { encrypted: true, state: 'dm-crypt', reason: `The filesystem sits on the active ${method} mapping ${crypt.name}${st.device ? ` (on ${st.device})` : ''}; device chain: ${path}.`, device: self.path, method };
    }
    return { encrypted: true, state: 'dm-crypt', reason: `The filesystem sits on the ${luks} mapping ${crypt.name}${container ? ` (on ${container.path})` : ''}; device chain: ${path}.`, device: self.path, method: luks };
  }
  if (chain.some((n) => n.type === 'dm')) {
    return { encrypted: null, state: 'unknown', reason: `Sits on a device-mapper device of a kind lsblk does not name (${path}); could not tell whether it is dm-crypt.`, device: self.path, method: null };
  }
  return { encrypted: false, state: 'not-encrypted', reason: `The filesystem sits on ${self.path} (${self.type}) with no dm-crypt/LUKS encryption layer; device chain: ${path}.`, device: self.path, method: null };
};

const judgeSysfs = (s: SysfsChain): { encrypted: boolean | null; state: string; reason: string } => {
  if (s.error) {
    // /proc/devices names the driver behind a major number; only device-mapper devices can be dm-crypt.
    if (s.driver && s.driver !== 'device-mapper') {
      return { encrypted: false, state: 'not-encrypted', reason: `Device ${s.majMin} is a "${s.driver}" disk device, not a device-mapper (dm-crypt) device (from /proc/devices; /sys was not readable).` };
    }
    return { encrypted: null, state: 'unknown', reason: `Could not read the device chain from /sys: ${s.error}.` };
  }
  const crypt = s.devices.find((d) => d.dmUuid?.startsWith('CRYPT-'));
  const names = s.devices.map((d) => d.name).join(' > ');
  if (crypt) return { encrypted: true, state: 'dm-crypt', reason: `Sits on the dm-crypt mapping ${crypt.name} (${crypt.dmUuid?.split('-').slice(0, 2).join('-')}), read from /sys: ${names}.` };
  return { encrypted: false, state: 'not-encrypted', reason: `Sits on ${names || s.majMin} with no dm-crypt layer (read from /sys/dev/block/${s.majMin}).` };
};

/** Finds the device behind a mount: by major:minor, then by source path, then by lsblk's mount list. */
const findChain = (chains: BlockChain[], m: { majMin?: string; source?: string; mountPoint?: string }): BlockNode[] | null => {
  const hit =
    (m.majMin && !m.majMin.startsWith('0:') ? chains.find((c) => c.node.majMin === m.majMin) : undefined) ??
    (m.source?.startsWith('/dev/') ? chains.find((c) => c.node.path === m.source || `/dev/mapper/${c.node.name}` === m.source || `/dev/${c.node.name}` === m.source || (c.node.kname !== null && `/dev/${c.node.kname}` === m.source)) : undefined) ??
    (m.mountPoint ? chains.find((c) => c.node.mountpoints.includes(m.mountPoint as string)) : undefined);
  return hit ? [...hit.ancestors, hit.node] : null;
};

const kindOf = (mount: string, removable: boolean): VolumeKind => (mount === '/' ? 'system' : removable ? 'removable' : 'data');

/** The mounts a verdict is given for: real, writable-data filesystems and the root. */
export const relevantMounts = (mounts: MountEntry[]): MountEntry[] => {
  const seen = new Set<string>();
  // Later lines mount over earlier ones at the same place: the last one is what users see.
  return [...mounts].reverse().filter((m) => {
    if (seen.has(m.mountPoint)) return false;
    // fuseblk (ntfs-3g, exfat-fuse) is block-backed; other FUSE mounts are user-space views.
    const userFuse = m.fsType.startsWith('fuse.') && !NETWORK_FS.test(m.fsType);
    const keep = m.mountPoint === '/' || (!SKIP_MOUNT.test(m.mountPoint) && !CONTAINER_FILES.has(m.mountPoint) && !PSEUDO_FS.has(m.fsType) && !userFuse);
    if (keep) seen.add(m.mountPoint);
    return keep;
  }).reverse();
};

/** Builds one verdict per relevant mount, swap area and unmounted removable drive. */
export const buildLinuxVolumes = (facts: LinuxFacts): VolumeVerdict[] => {
  const chains = facts.tree ? flattenBlockTree(facts.tree) : [];
  const noTree = facts.tree ? null : `lsblk gave no device list (${facts.treeError ?? 'unknown error'})`;
  const volumes: VolumeVerdict[] = [];

  const verdictFor = (m: { majMin?: string; source?: string; mountPoint?: string }, base: Omit<VolumeVerdict, 'encrypted' | 'state' | 'reason' | 'device' | 'removable' | 'kind' | 'source'> & { kind?: VolumeKind }): VolumeVerdict => {
    const chain = findChain(chains, m);
    if (chain) {
      const j = judgeChain(chain, facts.cryptStatus);
      const removable = isRemovable(chain);
      return { ...base, kind: base.kind ?? kindOf(base.mount ?? '', removable), removable, encrypted: j.encrypted, state: j.state, reason: j.reason, device: j.device, method: j.method, label: chain[chain.length - 1]?.label ?? undefined, source: 'lsblk' };
    }
    const sys = m.majMin ? facts.sysfs.find((s) => s.majMin === m.majMin) : undefined;
    if (sys) {
      const j = judgeSysfs(sys);
      return { ...base, kind: base.kind ?? kindOf(base.mount ?? '', false), removable: false, ...j, device: m.source ?? null, source: 'sysfs' };
    }
    const why = noTree ?? `no block device matches ${m.source ?? m.majMin ?? m.mountPoint}`;
    return { ...base, kind: base.kind ?? kindOf(base.mount ?? '', false), removable: false, encrypted: null, state: 'unknown', reason: `Could not determine: ${why}.`, device: m.source ?? null, source: 'mountinfo' };
  };

  const mounts = facts.mounts ? relevantMounts(facts.mounts) : [];
  if (!facts.mounts) {
    volumes.push({ id: '/', mount: '/', device: null, kind: 'system', removable: false, encrypted: null, state: 'unknown', reason: `Could not determine: the mount table could not be read (${facts.mountsError ?? 'unknown error'}).`, source: 'mountinfo' });
  }
  for (const m of mounts) {
    // Container roots (overlay, fuse-overlayfs, aufs) have no block device of their own.
    if (m.mountPoint === '/' && /^(overlay|aufs|fuse\.fuse-overlayfs)$/.test(m.fsType)) {
      volumes.push(containerRoot(facts.mounts ?? [], (mm) => verdictFor(mm, { id: '/', mount: '/', kind: 'system' })));
    } else if (NETWORK_FS.test(m.fsType)) {
      volumes.push({ id: m.mountPoint, mount: m.mountPoint, device: m.source, kind: m.mountPoint === '/' ? 'system' : 'other', removable: false, encrypted: null, state: 'network', reason: `A ${m.fsType} share from ${m.source}: its encryption is decided on the server or host, not on this computer.`, source: 'mountinfo' });
    } else if (m.fsType === 'zfs') {
      volumes.push({ id: m.mountPoint, mount: m.mountPoint, device: m.source, kind: kindOf(m.mountPoint, false), removable: false, encrypted: null, state: 'unknown', reason: `ZFS dataset ${m.source}: ZFS native encryption is not checked (see \`zfs get encryption ${m.source}\`).`, source: 'mountinfo' });
    } else {
      volumes.push(verdictFor(m, { id: m.mountPoint, mount: m.mountPoint }));
    }
  }

  for (const s of facts.swaps ?? []) {
    if (s.file.startsWith('/dev/zram')) continue; // compressed RAM, never written to disk
    if (s.type === 'partition') {
      volumes.push(verdictFor({ source: s.file }, { id: `swap:${s.file}`, mount: null, kind: 'swap' }));
    } else {
      const host = [...volumes].filter((v) => v.mount && (s.file === v.mount || s.file.startsWith(v.mount === '/' ? '/' : `${v.mount}/`))).sort((a, b) => (b.mount?.length ?? 0) - (a.mount?.length ?? 0))[0];
      volumes.push({ id: `swap:${s.file}`, mount: null, device: host?.device ?? null, kind: 'swap', removable: false, encrypted: host?.encrypted ?? null, state: host ? host.state : 'unknown', reason: host ? `Swap file on ${host.mount}: ${host.reason}` : 'Could not determine which filesystem holds this swap file.', source: 'proc-swaps' });
    }
  }

  // Removable drives plugged in but not mounted: a non-LUKS filesystem on them is readable by anyone.
  for (const c of chains) {
    const all = [...c.ancestors, c.node];
    if (!isRemovable(all) || c.node.children.length > 0 || c.node.type === 'rom' || !c.node.fstype) continue;
    if (volumes.some((v) => v.device === c.node.path) || chains.some((o) => o.ancestors.includes(c.node) && o.node.mountpoints.length > 0)) continue;
    const luks = c.node.fstype === 'crypto_LUKS';
    const opened = all.some((n) => n.type === 'crypt');
    volumes.push({
      id: c.node.path, mount: null, device: c.node.path, ...(c.node.label ? { label: c.node.label } : {}), kind: 'removable', removable: true,
      encrypted: luks || opened, state: luks ? 'locked' : opened ? 'dm-crypt' : 'not-encrypted',
      reason: luks
        ? `Removable drive ${c.node.path} holds a LUKS container (not unlocked now).`
        : opened
          ? `Removable drive ${c.node.path} is an unlocked dm-crypt mapping (not mounted now).`
          : `Removable drive ${c.node.path} has a ${c.node.fstype} filesystem with no encryption (not mounted now).`,
      source: 'lsblk',
    });
  }
  // Configured-but-unrelated mappings are a common false comfort (DefGuard/defguard#3116): say so.
  const mapped = facts.crypttab?.length ?? 0;
  return mapped === 0
    ? volumes
    : volumes.map((v) => (v.encrypted === false && v.kind !== 'removable' ? { ...v, reason: `${v.reason} (/etc/crypttab lists ${mapped} encrypted mapping(s), but none is behind this one.)` } : v));
};

/** A container's overlay root: judge the host disk behind the container store (seen through its bind-mounted files). */
const containerRoot = (mounts: MountEntry[], verdictFor: (m: { majMin?: string; source?: string }) => VolumeVerdict): VolumeVerdict => {
  const backing = mounts.find((m) => CONTAINER_FILES.has(m.mountPoint) && !m.majMin.startsWith('0:')) ?? mounts.find((m) => m.mountPoint !== '/' && !m.majMin.startsWith('0:') && !PSEUDO_FS.has(m.fsType));
  if (!backing) {
    return { id: '/', mount: '/', device: null, kind: 'system', removable: false, encrypted: null, state: 'unknown', reason: 'Could not determine: this runs in a container whose root is an overlay, and no host disk behind it is visible.', source: 'mountinfo' };
  }
  const v = verdictFor({ majMin: backing.majMin, source: backing.source });
  return { ...v, kind: 'system', reason: `This is a container: its root is an overlay stored on the host device ${v.device ?? backing.majMin} (seen through ${backing.mountPoint}). ${v.reason}` };
};
