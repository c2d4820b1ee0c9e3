/** Core contracts shared by every check, the engine, the reports and the app. */
import type { Probe } from './probe/probe.js';

/** Operating systems a check can run on (Node's `process.platform` names). */
export type Platform = 'win32' | 'darwin' | 'linux';
export const PLATFORMS: readonly Platform[] = ['win32', 'darwin', 'linux'];

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export type CheckGroup = 'disk-encryption' | 'messaging-apps' | 'patient-records' | 'device-posture';
export const CHECK_GROUPS: readonly CheckGroup[] = ['disk-encryption', 'messaging-apps', 'patient-records', 'device-posture'];

/**
 * One thing a reader must act on (`status: 'fail'`), or one question the scan could not
 * answer (`status: 'unknown'`, with the reason in `description` and, where elevation would
 * help, `needsAdmin`). Passing checks produce no finding; their status lives in CheckResult.
 */
export type Finding = {
  /** Stable across scans of the same device: `<checkId>:<subject>` (e.g. `disk-encryption:volume:C:`). */
  id: string;
  checkId: string;
  status: 'fail' | 'unknown';
  severity: Severity;
  title: string;
  /** Plain language: what was found and why it matters. */
  description: string;
  /** Steps for the scanned OS, in order, each a short sentence (settings path or exact command). */
  remediation: string[];
  /** 45 CFR citations, e.g. `164.312(a)(2)(iv)`. */
  safeguards: string[];
  /** Cyber-insurance checklist item ids this finding speaks to. */
  insuranceControls: string[];
  /** Facts that support the finding (no raw patient data): small key/value pairs or lists. */
  evidence: Record<string, unknown>;
  /** True when re-running elevated (administrator/root) would let the scan answer. */
  needsAdmin?: boolean;
};

/** What a check concludes overall on this device. */
export type CheckStatus = 'pass' | 'fail' | 'unknown' | 'not-applicable';

export type CheckOutcome = {
  status: CheckStatus;
  /** One plain sentence for the summary tables (e.g. "FileVault is on for the startup disk."). */
  summary: string;
  findings: Finding[];
};

/** Static description of a check: what it asks, why, and how to fix it per OS. */
export type CheckMeta = {
  /** Equal to the module's folder/file name, kebab-case. */
  id: string;
  title: string;
  group: CheckGroup;
  platforms: readonly Platform[];
  /** 45 CFR citations the check speaks to. */
  safeguards: readonly string[];
  /** Cyber-insurance checklist item ids the check can answer. */
  insuranceControls: readonly string[];
  /** Why it matters, for the report's methodology section. */
  rationale: string;
  /** Generic remediation per platform (findings may give more specific steps). */
  remediation: Readonly<Record<Platform, readonly string[]>>;
  /** True when the check only gives a full answer when run elevated. */
  benefitsFromAdmin?: boolean;
};

/** Options the user chose for this scan, as every collector sees them. */
export type ScanOptions = {
  /** Folders for patient-record discovery; empty means the user's home folder. */
  paths: string[];
  /** Include other mounted data volumes in patient-record discovery. */
  allVolumes: boolean;
  /** Extra exclude globs / folder names for the file walk. */
  exclude: string[];
  /** Extra include globs (override default skips). */
  include: string[];
  /** Per-file byte cap for content inspection. */
  maxFileBytes: number;
  /** Per-file time limit (ms) for content inspection. */
  fileTimeoutMs: number;
  /** Worker threads for content inspection (0 = number of cores). */
  workers: number;
  /** Cache folder for incremental re-scans; null disables the cache. */
  cacheDir: string | null;
};

/** A progress event, streamed to stderr by the CLI and to the window by the app. */
export type ProgressEvent =
  | { kind: 'check-start'; checkId: string; title: string; group: CheckGroup }
  | { kind: 'check-end'; checkId: string; status: CheckStatus | 'error'; durationMs: number }
  | {
      kind: 'files';
      checkId: string;
      filesDone: number;
      filesTotal: number | null;
      bytesDone: number;
      currentFolder: string;
      etaSeconds: number | null;
    }
  | { kind: 'message'; checkId: string; text: string };

export type ProgressSink = (event: ProgressEvent) => void;

/** Everything a collector may use. Collectors touch the machine only through `probe`. */
export type CollectContext = {
  probe: Probe;
  platform: Platform;
  options: ScanOptions;
  progress: ProgressSink;
  signal: AbortSignal;
};

/** What analyze may read: the scanned platform, the scan time, and other checks' evidence. */
export type AnalyzeContext = {
  platform: Platform;
  now: Date;
  /** Evidence collected by another check in the same scan (undefined if it did not run). */
  evidenceOf: (checkId: string) => unknown;
};

/**
 * A check: one module, one folder under checks/<group>/. `collect` has side effects through the
 * probe only; `analyze` is pure. Evidence is plain JSON with no raw patient data.
 */
export type Check<E = unknown> = {
  meta: CheckMeta;
  collect: (ctx: CollectContext) => Promise<E>;
  analyze: (evidence: E, ctx: AnalyzeContext) => CheckOutcome;
};

/** Erases the evidence type so checks of different kinds can share one list. */
export const defineCheck = <E>(check: Check<E>): Check<unknown> => check as unknown as Check<unknown>;

/** For exhaustive switches over discriminated unions. */
export const assertNever = (value: never): never => {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
};
