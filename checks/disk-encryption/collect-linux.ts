/** Linux collector: lsblk (JSON, with fallbacks for older util-linux), mountinfo, swaps, crypttab, /sys. */
import type { Probe, RunResult } from '../probe/probe.js';
import type { ProbeProblem, VolumeVerdict } from './evidence.js';
import { flattenBlockTree, parseCrypttab, parseCryptsetupStatus, parseLsblkAny, parseMountinfo, parseProcDevicesBlock, parseProcSwaps, type BlockNode, type CryptsetupStatus } from './parse-linux.js';
import { buildLinuxVolumes, relevantMounts, type SysfsChain } from './verdict-linux.js';

const COLUMNS = 'NAME,KNAME,PATH,MAJ:MIN,TYPE,FSTYPE,MOUNTPOINTS,RM,HOTPLUG,TRAN,SIZE,PKNAME,LABEL';
// util-linux < 2.37 has no MOUNTPOINTS, < 2.33 no PATH; < 2.27 has no JSON at all.
const LEGACY_COLUMNS = 'NAME,KNAME,MAJ:MIN,TYPE,FSTYPE,MOUNTPOINT,RM,HOTPLUG,TRAN,SIZE,PKNAME,LABEL';

/** The lsblk attempts, in order: newest column set first. */
export const LSBLK_CALLS = [
  { id: 'disk.lsblk', argv: ['lsblk', '-J', '-b', '-o', COLUMNS], parse: parseLsblkAny },
  { id: 'disk.lsblk-legacy', argv: ['lsblk', '-J', '-b', '-o', LEGACY_COLUMNS], parse: parseLsblkAny },
  { id: 'disk.lsblk-pairs', argv: ['lsblk', '-P', '-b', '-o', LEGACY_COLUMNS], parse: parseLsblkAny },
] as const;

const why = (r: RunResult): string => (r.stderr.trim().split('\n')[0] || r.message || r.error || 'failed').slice(0, 300);

const readTree = async (probe: Probe, problems: ProbeProblem[], raw: Record<string, string>): Promise<{ tree: BlockNode[] | null; error: string | null }> => {
  let lastError: string | null = null;
  for (const call of LSBLK_CALLS) {
    const r = await probe.run(call.id, [...call.argv], { timeoutMs: 15_000 });
    if (r.ok || r.stdout.trim().length > 0) {
      try {
        const tree = call.parse(r.stdout);
        raw[call.id] = r.stdout;
        return { tree, error: null };
      } catch (err) {
        lastError = `odd output from ${call.argv.join(' ')}: ${err instanceof Error ? err.message : String(err)}`;
      }
    } else {
      lastError = `${call.argv.join(' ')}: ${why(r)}`;
    }
    problems.push({ probe: call.id, error: r.error ?? 'failed', message: lastError });
    if (r.error === 'not-found' || r.error === 'denied' || r.error === 'not-recorded') break;
  }
  return { tree: null, error: lastError };
};

/** Walks /sys/dev/block/MAJ:MIN and its slaves, reading dm uuids (CRYPT-... marks dm-crypt). */
const readSysfsChain = async (probe: Probe, majMin: string): Promise<SysfsChain> => {
  const devices: SysfsChain['devices'] = [];
  const visit = async (base: string, name: string, depth: number): Promise<void> => {
    const uuid = await probe.readFile('disk.sysfs-dm-uuid', `${base}/dm/uuid`, { maxBytes: 4096 });
    devices.push({ name, dmUuid: uuid.ok ? uuid.text.trim() : null });
    if (depth >= 4 || !uuid.ok) return;
    const slaves = await probe.listDir('disk.sysfs-slaves', `${base}/slaves`);
    if (slaves.ok) for (const s of slaves.entries) await visit(`/sys/class/block/${s.name}`, s.name, depth + 1);
  };
  const exists = await probe.stat('disk.sysfs-device', `/sys/dev/block/${majMin}`);
  if (!exists.ok) return { majMin, devices, error: `/sys/dev/block/${majMin}: ${exists.error}` };
  await visit(`/sys/dev/block/${majMin}`, majMin, 0);
  return { majMin, devices, error: null };
};

/** Collects Linux facts and turns them into volume verdicts. */
export const collectLinux = async (probe: Probe): Promise<{ volumes: VolumeVerdict[]; problems: ProbeProblem[]; raw: Record<string, string> }> => {
  const problems: ProbeProblem[] = [];
  const raw: Record<string, string> = {};
  const { tree, error: treeError } = await readTree(probe, problems, raw);

  const read = async (id: string, path: string, optional: boolean) => {
    const r = await probe.readFile(id, path, { maxBytes: 1024 * 1024 });
    if (r.ok) {
      raw[id] = r.text;
      return { text: r.text, error: null };
    }
    if (!(optional && r.error === 'not-found')) problems.push({ probe: id, error: r.error, message: `${path}: ${r.message}` });
    return { text: null, error: `${path}: ${r.error}` };
  };
  const mountinfo = await read('disk.mountinfo', '/proc/self/mountinfo', false);
  const swaps = await read('disk.swaps', '/proc/swaps', false);
  const crypttab = await read('disk.crypttab', '/etc/crypttab', true);
  const mounts = mountinfo.text === null ? null : parseMountinfo(mountinfo.text);

  // Devices lsblk cannot place (no lsblk, or a container hiding them) are read from /sys instead.
  const known = new Set(tree ? flattenBlockTree(tree).map((c) => c.node.majMin) : []);
  const wanted = (mounts ? [...relevantMounts(mounts), ...mounts.filter((m) => /^\/etc\/(hosts|hostname|resolv\.conf)$/.test(m.mountPoint))] : [])
    .map((m) => m.majMin)
    .filter((mm, i, a) => !mm.startsWith('0:') && !known.has(mm) && a.indexOf(mm) === i)
    .slice(0, 20);
  const sysfs: SysfsChain[] = [];
  for (const mm of wanted) sysfs.push(await readSysfsChain(probe, mm));
  if (sysfs.some((c) => c.error)) {
    const devices = await read('disk.proc-devices', '/proc/devices', false);
    const majors = devices.text === null ? {} : parseProcDevicesBlock(devices.text);
    for (const c of sysfs) c.driver = majors[c.majMin.split(':')[0] ?? ''] ?? null;
  }

  // As root, `cryptsetup status` confirms each mapping is active and names its cipher (it needs root).
  const cryptStatus: Record<string, CryptsetupStatus> = {};
  if ((await probe.system()).elevated === true && tree) {
    const names = flattenBlockTree(tree).filter((c) => c.node.type === 'crypt').map((c) => c.node.name);
    for (const name of [...new Set(names)].slice(0, 10)) {
      const r = await probe.run('disk.cryptsetup-status', ['cryptsetup', 'status', name], { timeoutMs: 15_000 });
      if (r.stdout.trim()) cryptStatus[name] = parseCryptsetupStatus(r.stdout);
      else problems.push({ probe: 'disk.cryptsetup-status', error: r.error ?? 'failed', message: `cryptsetup status ${name}: ${why(r)}` });
    }
  }

  const volumes = buildLinuxVolumes({
    cryptStatus,
    tree,
    treeError,
    mounts,
    mountsError: mountinfo.error,
    swaps: swaps.text === null ? null : parseProcSwaps(swaps.text),
    crypttab: crypttab.text === null ? [] : parseCrypttab(crypttab.text),
    sysfs,
  });
  return { volumes, problems, raw };
};
