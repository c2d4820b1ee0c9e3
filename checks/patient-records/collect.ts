/** Collects the patient-record evidence: decides the folders to scan, then runs the file scan as one probe task. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PatientRecords } from '../../reports/schema.js';
import type { CollectContext, Platform } from '../types.js';
import { scanFiles } from './scan.js';

const LINUX_DATA_FS = new Set(['ext2', 'ext3', 'ext4', 'xfs', 'btrfs', 'vfat', 'exfat', 'ntfs', 'ntfs3', 'fuseblk', 'hfsplus', 'apfs', 'zfs', 'f2fs']);

/** Mount points of other data volumes (removable drives, second disks), per OS. */
export const listDataVolumes = async (platform: Platform): Promise<string[]> => {
  if (platform === 'win32') {
    const letters = 'DEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => `${l}:\\`);
    const found = await Promise.all(letters.map((d) => fs.access(d).then(() => d, () => null)));
    return found.filter((d): d is string => d !== null);
  }
  if (platform === 'darwin') {
    const names = await fs.readdir('/Volumes', { withFileTypes: true }).catch(() => []);
    // The startup disk appears in /Volumes as a symbolic link to /; skip links and system volumes.
    return names.filter((d) => d.isDirectory() && !/^(Recovery|Preboot|VM|Update|com\.apple)/.test(d.name)).map((d) => path.join('/Volumes', d.name));
  }
  return parseLinuxMounts(await fs.readFile('/proc/mounts', 'utf8').catch(() => ''));
};

/** Data volumes in /proc/mounts text: real file systems mounted under /media, /mnt, /run/media, /srv or /data (pure). */
export const parseLinuxMounts = (mounts: string): string[] =>
  mounts
    .split('\n')
    .map((l) => l.split(' '))
    .filter(([, dir, type]) => dir && type && LINUX_DATA_FS.has(type) && /^\/(media|mnt|run\/media|srv|data)\b/.test(dir))
    .map(([, dir]) => (dir as string).replace(/\\040/g, ' '));

/** The folders to scan: the chosen paths, else the home folder, plus other data volumes when asked. */
export const scanRoots = async (paths: readonly string[], home: string, allVolumes: boolean, platform: Platform): Promise<string[]> => {
  const roots = paths.length ? [...paths] : [home];
  if (allVolumes) roots.push(...(await listDataVolumes(platform)));
  return [...new Set(roots.map((r) => path.resolve(r)))];
};

/** Runs the scan inside `patient-records.scan` so --record keeps its result and --replay returns it. */
export const collectPatientRecords = async (ctx: CollectContext): Promise<PatientRecords> => {
  const system = await ctx.probe.system();
  const { options } = ctx;
  const args = {
    paths: options.paths,
    home: system.homedir,
    allVolumes: options.allVolumes,
    include: options.include,
    exclude: options.exclude,
    maxFileBytes: options.maxFileBytes,
    fileTimeoutMs: options.fileTimeoutMs,
  };
  return ctx.probe.task('patient-records.scan', args, async () => {
    const roots = await scanRoots(options.paths, system.homedir, options.allVolumes, ctx.platform);
    return scanFiles({ roots, options, progress: ctx.progress, signal: ctx.signal, checkId: 'patient-records' });
  });
};
