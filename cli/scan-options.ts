/** Turns command-line words into ScanOptions and output choices (pure, unit-tested). */
import os from 'node:os';
import path from 'node:path';
import { SEVERITIES, type ScanOptions, type Severity } from '../checks/types.js';

export const OUTPUT_FORMATS = ['json', 'html', 'pdf', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A usage mistake: the CLI prints the message and exits 2. */
export class UsageError extends Error {}

/** Splits `a,b` lists given once or repeated. */
export const splitList = (values: readonly string[] | string | undefined): string[] =>
  (Array.isArray(values) ? values : values === undefined ? [] : [values])
    .flatMap((v: string) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export const parseFormats = (values: readonly string[] | string | undefined, fallback: OutputFormat[]): OutputFormat[] => {
  const words = splitList(values);
  if (words.length === 0) return fallback;
  const bad = words.filter((w) => !OUTPUT_FORMATS.includes(w as OutputFormat));
  if (bad.length) throw new UsageError(`unknown format: ${bad.join(', ')} (choose from ${OUTPUT_FORMATS.join(', ')})`);
  return [...new Set(words as OutputFormat[])];
};

export const parseSeverity = (value: string | undefined): Severity | undefined => {
  if (value === undefined) return undefined;
  if (!SEVERITIES.includes(value as Severity)) throw new UsageError(`--fail-on takes one of ${SEVERITIES.join(', ')} (got "${value}")`);
  return value as Severity;
};

const positiveNumber = (value: string | undefined, name: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} takes a non-negative number (got "${value}")`);
  return n;
};

export type RawScanFlags = {
  path?: string[];
  exclude?: string[];
  include?: string[];
  allVolumes?: boolean;
  maxFileMb?: string;
  fileTimeout?: string;
  workers?: string;
  cache?: boolean;
  cacheDir?: string;
};

/** Default cache folder: the OS's per-user cache location. */
export const defaultCacheDir = (platform: NodeJS.Platform = process.platform, home = os.homedir(), env = process.env): string => {
  if (platform === 'win32') return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'PracticeAudit', 'cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'PracticeAudit');
  return path.join(env.XDG_CACHE_HOME ?? path.join(home, '.cache'), 'practice-audit');
};

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

/** The default output folder: ./practice-audit-YYYY-MM-DD-HHMMSS in the current directory. */
export const defaultOutDir = (now: Date, cwd = process.cwd()): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return path.join(cwd, `practice-audit-${stamp}`);
};
