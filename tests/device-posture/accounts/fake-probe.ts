/** Test helpers for the device-posture part-2 checks: fixtures, a replay probe and contexts. */
import { readFileSync } from 'node:fs';
import type { Probe, SystemFacts } from '../../../checks/probe/probe.js';
import { createReplayProbe, parseRecording, type RecordedCall } from '../../../checks/probe/recording.js';
import { parseRegQuery } from '../../../checks/probe/registry-parse.js';
import type { AnalyzeContext, CollectContext, Platform, ScanOptions } from '../../../checks/types.js';

/** Reads a fixture of one check. */
export const fixture = (check: string, name: string): string => readFileSync(`tests/fixtures/device-posture/${check}/${name}`, 'utf8');

const HOMES: Record<Platform, string> = { win32: 'C:\\Users\\amy', darwin: '/Users/amy', linux: '/home/amy' };

/** A replay probe for a platform with the given recorded calls. */
export const fakeProbe = (platform: Platform, calls: RecordedCall[], system: Partial<SystemFacts> = {}): Probe =>
  createReplayProbe(
    parseRecording({
      format: 'practice-audit-recording',
      version: 1,
      createdAt: '2026-11-01T00:00:00Z',
      toolVersion: 'fixture',
      system: { platform, arch: 'x64', hostname: 'exam-room-2', username: 'amy', homedir: HOMES[platform], env: {}, elevated: false, ...system },
      calls,
    }),
  );

/** A successful command result. */
export const ran = (stdout: string, exitCode = 0) => ({ ok: exitCode === 0, exitCode, stdout, stderr: '', ...(exitCode === 0 ? {} : { error: 'failed' }) });
/** A failed probe call. */
export const failed = (error: string, message = error) => ({ ok: false, error, message });
/** A `reg query` result parsed from text. */
export const reg = (stdout: string) => ({ ok: true, keys: parseRegQuery(stdout) });
/** A file read. */
export const file = (text: string) => ({ ok: true, text, truncated: false });
/** A folder listing. */
export const dir = (...names: string[]) => ({ ok: true, entries: names.map((name) => ({ name, type: name.includes('.') ? 'file' : 'dir' })) });
/** A stat that found a folder. */
export const exists = { ok: true, type: 'dir', size: 0, mtimeMs: 0 };

const OPTIONS: ScanOptions = { paths: [], allVolumes: false, exclude: [], include: [], maxFileBytes: 1e6, fileTimeoutMs: 1000, workers: 1, cacheDir: null };

/** A collect context around a probe. */
export const collectCtx = (probe: Probe, platform: Platform): CollectContext => ({ probe, platform, options: OPTIONS, progress: () => undefined, signal: new AbortController().signal });

/** An analyze context; `others` stands in for other checks' evidence. */
export const analyzeCtx = (platform: Platform, others: Record<string, unknown> = {}, now = new Date('2026-11-21T12:00:00Z')): AnalyzeContext => ({ platform, now, evidenceOf: (id) => others[id] });
