/** Scan options and their defaults, built from the user's choices for the CLI and the app alike (unit-tested). */
import os from 'node:os';
import path from 'node:path';
import type { ScanOptions } from './types.js';

/** A mistake in the options given: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

/** Splits `a,b` lists given once or repeated. */
export const splitList = (values: readonly string[] | string | undefined): string[] =>
  (Array.isArray(values) ? values : values === undefined ? [] : [values])
    .flatMap((v: string) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const positiveNumber = (value: string | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} takes a non-negative number (got "${value}")`);
  return n;
};

/** The scan choices as words, the way the command line (and the app's request) gives them. */
export type RawScanFlags = {
  path?: string[];
  exclude?: string[];
  include?: string[];
  allVolumes?: boolean;
  maxFileMb?: string;
  fileTimeout?: string;
  workers?: string;
  /** False turns the re-scan cache off. */
  cache?: boolean;
  cacheDir?: string;
};

/** Default cache folder: the OS's per-user cache location. */
export const defaultCacheDir = (platform: NodeJS.Platform = process.platform, home = os.homedir(), env = process.env): string => {
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'PracticeAudit', 'cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'PracticeAudit');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'practice-audit');
};

/** Turns the choices into ScanOptions with the defaults filled in; a bad number is a UsageError. */
export const toScanOptions = (flags: RawScanFlags): ScanOptions => ({
  paths: (flags.path ?? []).map((p) => path.resolve(p)),
  allVolumes: flags.allVolumes === true,
  exclude: splitList(flags.exclude),
  include: splitList(flags.include),
  maxFileBytes: Math.round(positiveNumber(flags.maxFileMb, '--max-file-mb', 50) * 1024 * 1024),
  fileTimeoutMs: Math.round(positiveNumber(flags.fileTimeout, '--file-timeout', 30) * 1000),
  workers: Math.round(positiveNumber(flags.workers, '--workers', 0)),
  cacheDir: flags.cache === false ? null : (flags.cacheDir ?? defaultCacheDir()),
});
