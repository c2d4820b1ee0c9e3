/** Test helpers for the screen-lock, firewall, os-support and anti-malware checks: fixtures and replay probes. */
import { readFileSync } from 'node:fs';
import { createReplayProbe, parseRecording, type RecordedCall } from '../../../checks/probe/recording.js';
import type { Probe, RunResult } from '../../../checks/probe/probe.js';
import type { Check, CheckOutcome, Platform, ScanOptions } from '../../../checks/types.js';

/** A fixture this team typed or captured (tests/fixtures/device-posture/<check>/<name>). */
export const fixture = (check: string, name: string): string => readFileSync(`tests/fixtures/device-posture/${check}/${name}`, 'utf8');

/** A shared real-output sample (../shared/samples/posture/<name>). */
export const sample = (name: string): string => readFileSync(`../shared/samples/posture/${name}`, 'utf8');

/** A command that exited 0. */
export const ran = (stdout: string, stderr = ''): RunResult => ({ ok: true, exitCode: 0, stdout, stderr });

/** A command that failed (not found, denied, non-zero exit...). */
export const failed = (error: NonNullable<RunResult['error']>, message: string, extra: Partial<RunResult> = {}): RunResult => ({ ok: false, exitCode: null, stdout: '', stderr: '', error, message, ...extra });

const OPTIONS: ScanOptions = { paths: [], allVolumes: false, exclude: [], include: [], maxFileBytes: 1e6, fileTimeoutMs: 1000, workers: 1, cacheDir: null };

/** A replay probe for one platform answering only the given calls (everything else is "not-recorded"). */
export const replayProbe = (platform: Platform, calls: RecordedCall[], system: { elevated?: boolean | null; env?: Record<string, string>; username?: string } = {}): Probe =>
  createReplayProbe(
    parseRecording({
      format: 'practice-audit-recording',
      version: 1,
      createdAt: '2026-11-20T10:00:00Z',
      toolVersion: 'fixture',
      system: { platform, arch: 'x64', hostname: 'front-desk', username: system.username ?? 'amy', homedir: platform === 'win32' ? 'C:\\Users\\amy' : platform === 'darwin' ? '/Users/amy' : '/home/amy', env: system.env ?? {}, elevated: system.elevated ?? false },
      calls,
    }),
  );

/** Runs collect then analyze, as the engine does. */
export const runCheck = async (check: Check, probe: Probe, platform: Platform, now = new Date('2026-11-20T10:00:00Z')): Promise<{ evidence: unknown; outcome: CheckOutcome }> => {
  const evidence = await check.collect({ probe, platform, options: OPTIONS, progress: () => undefined, signal: new AbortController().signal });
  // Evidence must survive the trip through report.json.
  const roundTripped: unknown = JSON.parse(JSON.stringify(evidence));
  return { evidence: roundTripped, outcome: check.analyze(roundTripped, { platform, now, evidenceOf: () => undefined }) };
};
