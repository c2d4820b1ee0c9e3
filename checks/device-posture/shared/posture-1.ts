/** Probe-result and Windows helpers shared by the screen-lock, firewall, os-support and anti-malware checks (pure). */
import type { ProbeError, RunResult } from '../../probe/probe.js';

/** A fact as evidence: the value, or why the machine could not give it. */
export type Probed<T> = { ok: true; value: T } | { ok: false; error: ProbeError; message: string };

/** Turns a command result into its stdout (and stderr), or the probe's reason for failing. */
export const commandOutput = (result: RunResult): Probed<{ stdout: string; stderr: string; exitCode: number | null }> =>
  result.ok || (result.error === 'failed' && (result.stdout.trim() !== '' || result.stderr.trim() !== ''))
    ? { ok: true, value: { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode } }
    : { ok: false, error: result.error ?? 'failed', message: (result.stderr.trim() || result.message || 'no output').slice(0, 300) };

/** Parses a command's output into a fact, or says why it could not (`text` picks stdout by default). */
export const parsedRun = <T>(result: RunResult, parse: (text: string) => T | undefined, text: (r: RunResult) => string = (r) => r.stdout): Probed<T> => {
  const out = commandOutput(result);
  if (!out.ok) return out;
  const value = parse(text(result));
  return value === undefined ? { ok: false, error: 'failed', message: `unexpected output: ${`${result.stdout}${result.stderr}`.trim().slice(0, 200)}` } : { ok: true, value };
};

/** Seconds as short plain words ("5 minutes", "90 seconds"). */
export const durationText = (seconds: number): string => {
  if (seconds % 3600 === 0 && seconds >= 3600) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0 && seconds >= 60) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} seconds`;
};

/** Windows Security Center `productState`, decoded the way the community does (Microsoft does not document it). */
export type WscState = { enabled: boolean; snoozed: boolean; upToDate: boolean };

/** Decodes a Security Center productState: 0xF000 nibble 1 = on, 2 = snoozed; 0xF0 nibble 0 = definitions up to date. */
export const decodeProductState = (state: number): WscState => {
  const scanner = (state >> 12) & 0xf;
  return { enabled: scanner === 1, snoozed: scanner === 2, upToDate: ((state >> 4) & 0xf) === 0 };
};

/** PowerShell argv for one inline command: no profile, no prompts, no execution-policy override (EDRs flag that). */
export const powershell = (command: string): string[] => ['powershell.exe', '-NoProfile', '-NonInteractive', '-Command', command];
