/** Runs checks: collect everything through the probe, then analyze everything (pure). */
import type { Probe, SystemFacts } from './probe/probe.js';
import type { Check, CheckOutcome, ProgressSink, ScanOptions } from './types.js';
import { collectDevice, type DeviceFacts } from './device.js';

/** One check's result in a scan. `error` is set when collect or analyze threw. */
export type CheckRun = {
  check: Check;
  evidence: unknown;
  outcome: CheckOutcome | null;
  error: string | null;
  durationMs: number;
};

/** Everything a scan produced, before it becomes a Report. */
export type ScanResult = {
  system: SystemFacts;
  device: DeviceFacts;
  runs: CheckRun[];
  startedAt: Date;
  finishedAt: Date;
  /** True when the scan was cancelled or a check returned partial evidence. */
  partial: boolean;
};

export type RunScanInput = {
  probe: Probe;
  checks: readonly Check[];
  options: ScanOptions;
  progress?: ProgressSink;
  signal?: AbortSignal;
  /** Clock for analyze; tests pin it. */
  now?: () => Date;
};

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Runs the given checks on the probe's machine (or recording). Never throws for a check's failure. */
export const runScan = async (input: RunScanInput): Promise<ScanResult> => {
  const { probe, checks, options } = input;
  const progress = input.progress ?? (() => undefined);
  const signal = input.signal ?? new AbortController().signal;
  const now = input.now ?? (() => new Date());
  const startedAt = now();
  const system = await probe.system();
  const device = await collectDevice(probe, system);
  const runs: CheckRun[] = [];

  for (const check of checks) {
    if (!check.meta.platforms.includes(system.platform)) continue;
    const started = Date.now();
    progress({ kind: 'check-start', checkId: check.meta.id, title: check.meta.title, group: check.meta.group });
    let evidence: unknown = null;
    let error: string | null = null;
    if (signal.aborted) error = 'scan cancelled before this check ran';
    else {
      try {
        evidence = await check.collect({ probe, platform: system.platform, options, progress, signal });
      } catch (err) {
        error = `could not collect: ${message(err)}`;
      }
    }
    runs.push({ check, evidence, outcome: null, error, durationMs: Date.now() - started });
  }

  const evidenceOf = (id: string): unknown => runs.find((r) => r.check.meta.id === id)?.evidence ?? undefined;
  const analyzedAt = now();
  for (const run of runs) {
    if (run.error === null) {
      try {
        run.outcome = run.check.analyze(run.evidence, { platform: system.platform, now: analyzedAt, evidenceOf });
      } catch (err) {
        run.error = `could not analyze: ${message(err)}`;
      }
    }
    progress({ kind: 'check-end', checkId: run.check.meta.id, status: run.error ? 'error' : (run.outcome?.status ?? 'unknown'), durationMs: run.durationMs });
  }

  const partialEvidence = runs.some((r) => (r.evidence as { partial?: unknown } | null)?.partial === true);
  return { system, device, runs, startedAt, finishedAt: now(), partial: signal.aborted || partialEvidence };
};
