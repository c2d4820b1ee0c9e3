/** Test helpers: read shared samples and own fixtures, build hand-written recordings. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createReplayProbe, parseRecording, type RecordedCall } from '../../checks/probe/recording.js';
import type { Probe, SystemFacts } from '../../checks/probe/probe.js';

/** A shared posture sample (../shared/samples/posture/NAME). */
export const sample = (name: string): string => readFileSync(path.join('..', 'shared', 'samples', 'posture', name), 'utf8');

/** One of this check's own fixtures (tests/fixtures/disk-encryption/NAME). */
export const fixture = (name: string): string => readFileSync(path.join('tests', 'fixtures', 'disk-encryption', name), 'utf8');

/** A `run` result with the given stdout (and optional failure). */
export const ran = (stdout: string, extra: { ok?: boolean; exitCode?: number | null; stderr?: string; error?: string } = {}) => ({
  ok: extra.ok ?? true,
  exitCode: extra.exitCode === undefined ? 0 : extra.exitCode,
  stdout,
  stderr: extra.stderr ?? '',
  ...(extra.error ? { error: extra.error, message: extra.error } : {}),
});

/** A replay probe for a hand-written recording: calls matched by kind + id. */
export const replayProbe = (platform: SystemFacts['platform'], calls: RecordedCall[], env: Record<string, string> = {}, elevated: boolean | null = null): Probe =>
  createReplayProbe(
    parseRecording({
      format: 'practice-audit-recording',
      version: 1,
      createdAt: '2026-11-22T00:00:00.000Z',
      toolVersion: 'test',
      system: { platform, arch: 'x64', hostname: 'frontdesk', username: 'amy', homedir: '/home/amy', env, elevated },
      calls,
    }),
  );
