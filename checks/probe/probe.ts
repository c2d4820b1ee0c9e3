/**
 * The probe is the one door to the machine. Every fact a collector learns passes through it, so a
 * scan can be recorded (`scan --record DIR`) and replayed (`scan --replay DIR`) elsewhere.
 * Each call names a probe id (listed in docs/probes.md) so recordings stay readable.
 */
import type { Platform } from '../types.js';

/** Why a probe call gave no answer. */
export type ProbeError =
  | 'not-found' // command, file or key missing
  | 'denied' // permission denied / needs elevation
  | 'timeout'
  | 'failed' // ran but exited non-zero or threw
  | 'unsupported' // not possible on this platform
  | 'not-recorded'; // replay: the recording has no such call

export type Failure = { ok: false; error: ProbeError; message: string };

export type RunOptions = {
  /** Milliseconds before the process is killed (default 15 s). */
  timeoutMs?: number;
  /** Extra environment variables (merged over the current environment). */
  env?: Record<string, string>;
};

/** Result of running a command. `stdout`/`stderr` are kept even when the exit code is non-zero. */
export type RunResult = {
  ok: boolean;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  error?: ProbeError;
  message?: string;
};

export type ReadResult = { ok: true; text: string; truncated: boolean } | Failure;

export type EntryType = 'file' | 'dir' | 'link' | 'other';
export type DirEntry = { name: string; type: EntryType };
export type ListResult = { ok: true; entries: DirEntry[] } | Failure;

export type StatResult = { ok: true; type: EntryType; size: number; mtimeMs: number } | Failure;

export type ValueResult<T> = { ok: true; value: T } | Failure;

/** One registry key as `reg query` prints it. */
export type RegistryKey = {
  path: string;
  values: { name: string; type: string; data: string }[];
};
export type RegistryResult = { ok: true; keys: RegistryKey[] } | Failure;

/** Facts about the running system captured once per scan. */
export type SystemFacts = {
  platform: Platform;
  arch: string;
  hostname: string;
  username: string;
  homedir: string;
  /** Only the variables collectors use (see ENV_NAMES); never the whole environment. */
  env: Record<string, string>;
  /** Whether the process runs elevated (root / administrator); null when unknown. */
  elevated: boolean | null;
};

/** Environment variables the collectors may read; recorded with the system facts. */
export const ENV_NAMES = [
  'HOME',
  'USERPROFILE',
  'LOCALAPPDATA',
  'APPDATA',
  'PROGRAMDATA',
  'PROGRAMFILES',
  'PROGRAMFILES(X86)',
  'SYSTEMDRIVE',
  'SYSTEMROOT',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'XDG_DATA_DIRS',
  'XDG_CURRENT_DESKTOP',
  'DESKTOP_SESSION',
  'ONEDRIVE',
  'ONEDRIVECOMMERCIAL',
  'ONEDRIVECONSUMER',
] as const;

export interface Probe {
  /** Host facts; recorded once. */
  system(): Promise<SystemFacts>;
  /** Run a command as an argv array (never through a shell), with a timeout. */
  run(id: string, argv: string[], options?: RunOptions): Promise<RunResult>;
  /** Read a text file (UTF-8), at most `maxBytes` (default 4 MiB). */
  readFile(id: string, path: string, options?: { maxBytes?: number }): Promise<ReadResult>;
  /** List a folder's entries (names and types, no recursion). */
  listDir(id: string, path: string): Promise<ListResult>;
  /** Stat a path without following a final symlink. */
  stat(id: string, path: string): Promise<StatResult>;
  /** Call a `systeminformation` function by name. */
  si<T = unknown>(id: string, fn: string, args?: unknown[]): Promise<ValueResult<T>>;
  /** Windows registry via `reg query KEY [/v NAME] [/s]`. */
  registry(id: string, key: string, options?: { valueName?: string; recursive?: boolean }): Promise<RegistryResult>;
  /** Read a property list (XML directly; binary through macOS `plutil`). */
  plist(id: string, path: string): Promise<ValueResult<unknown>>;
  /**
   * Run a larger collection step (e.g. the patient-record file scan) whose JSON result is
   * recorded as a whole. On replay `fn` is not called.
   */
  task<T>(id: string, args: unknown, fn: () => Promise<T>): Promise<T>;
}
