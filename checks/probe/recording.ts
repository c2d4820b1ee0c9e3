/**
 * Recording and replay. A recording is one JSON file, `recording.json`, holding the system facts
 * and every probe call with its result (format documented in docs/probes.md).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Probe, SystemFacts } from './probe.js';

export const RECORDING_FORMAT = 'practice-audit-recording';
export const RECORDING_FILE = 'recording.json';

export type CallKind = 'run' | 'readFile' | 'listDir' | 'stat' | 'si' | 'registry' | 'plist' | 'task';

/** One recorded call. `args` may be omitted in hand-written fixtures: the call then matches by id. */
export type RecordedCall = { id: string; kind: CallKind; args?: unknown; result: unknown };

export type Recording = {
  format: typeof RECORDING_FORMAT;
  version: 1;
  createdAt: string;
  toolVersion: string;
  system: SystemFacts;
  calls: RecordedCall[];
};

const recordingSchema = z.object({
  format: z.literal(RECORDING_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  toolVersion: z.string(),
  system: z.object({
    platform: z.enum(['win32', 'darwin', 'linux']),
    arch: z.string(),
    hostname: z.string(),
    username: z.string(),
    homedir: z.string(),
    env: z.record(z.string(), z.string()),
    elevated: z.boolean().nullable(),
  }),
  calls: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['run', 'readFile', 'listDir', 'stat', 'si', 'registry', 'plist', 'task']),
      args: z.unknown().optional(),
      result: z.unknown(),
    }),
  ),
});

const keyOf = (kind: CallKind, args: unknown): string => `${kind}\u0000${JSON.stringify(args)}`;

/** Wraps a probe so that every call and its result is kept; `save` writes them to DIR. */
export const createRecordingProbe = (inner: Probe, toolVersion: string) => {
  const calls = new Map<string, RecordedCall>();
  let system: SystemFacts | undefined;
  const keep = <T>(id: string, kind: CallKind, args: unknown, result: T): T => {
    calls.set(keyOf(kind, args), { id, kind, args, result });
    return result;
  };
  const probe: Probe = {
    system: async () => (system ??= await inner.system()),
    run: async (id, argv, options) => keep(id, 'run', { argv }, await inner.run(id, argv, options)),
    readFile: async (id, p, options) => keep(id, 'readFile', { path: p, maxBytes: options?.maxBytes }, await inner.readFile(id, p, options)),
    listDir: async (id, p) => keep(id, 'listDir', { path: p }, await inner.listDir(id, p)),
    stat: async (id, p) => keep(id, 'stat', { path: p }, await inner.stat(id, p)),
    si: async (id, fn, args = []) => keep(id, 'si', { fn, args }, await inner.si(id, fn, args)),
    registry: async (id, key, options) => keep(id, 'registry', { key, ...options }, await inner.registry(id, key, options)),
    plist: async (id, p) => keep(id, 'plist', { path: p }, await inner.plist(id, p)),
    task: async (id, args, fn) => keep(id, 'task', args, await inner.task(id, args, fn)),
  };
  const toRecording = async (): Promise<Recording> => ({
    format: RECORDING_FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    toolVersion,
    system: await probe.system(),
    calls: [...calls.values()],
  });
  const save = async (dir: string): Promise<string> => {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, RECORDING_FILE);
    await writeFile(file, `${JSON.stringify(await toRecording(), null, 1)}\n`);
    return file;
  };
  return { probe, toRecording, save };
};

/** Validates and returns a recording object (throws with a readable message when malformed). */
export const parseRecording = (json: unknown): Recording => {
  const parsed = recordingSchema.safeParse(json);
  if (!parsed.success) throw new Error(`not a Practice Audit recording: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data as Recording;
};

/** Reads DIR/recording.json (or a recording file given directly). */
export const loadRecording = async (dirOrFile: string): Promise<Recording> => {
  const file = dirOrFile.endsWith('.json') ? dirOrFile : path.join(dirOrFile, RECORDING_FILE);
  return parseRecording(JSON.parse(await readFile(file, 'utf8')));
};

/**
 * A probe that answers only from a recording: exact call first, then (for hand-written
 * fixtures) a call of the same kind and id recorded without args. Anything else is
 * `not-recorded`, which checks turn into "could not determine".
 */
export const createReplayProbe = (recording: Recording): Probe => {
  const exact = new Map<string, unknown>();
  const byId = new Map<string, unknown>();
  for (const call of recording.calls) {
    if (call.args === undefined) byId.set(`${call.kind}\u0000${call.id}`, call.result);
    else exact.set(keyOf(call.kind, call.args), call.result);
  }
  const missing = (kind: CallKind, id: string) => ({ ok: false as const, error: 'not-recorded' as const, message: `no ${kind} "${id}" in the recording` });
  const find = (kind: CallKind, id: string, args: unknown): unknown => {
    const key = keyOf(kind, args);
    if (exact.has(key)) return exact.get(key);
    return byId.get(`${kind}\u0000${id}`);
  };
  const answer = <T>(kind: CallKind, id: string, args: unknown, fallback: T): T => (find(kind, id, args) as T | undefined) ?? fallback;
  return {
    system: () => Promise.resolve(recording.system),
    run: (id, argv) => Promise.resolve(answer('run', id, { argv }, { ...missing('run', id), exitCode: null, stdout: '', stderr: '' })),
    readFile: (id, p, options) => Promise.resolve(answer('readFile', id, { path: p, maxBytes: options?.maxBytes }, missing('readFile', id))),
    listDir: (id, p) => Promise.resolve(answer('listDir', id, { path: p }, missing('listDir', id))),
    stat: (id, p) => Promise.resolve(answer('stat', id, { path: p }, missing('stat', id))),
    si: (id, fn, args = []) => Promise.resolve(answer('si', id, { fn, args }, missing('si', id))),
    registry: (id, key, options) => Promise.resolve(answer('registry', id, { key, ...options }, missing('registry', id))),
    plist: (id, p) => Promise.resolve(answer('plist', id, { path: p }, missing('plist', id))),
    task: <T>(id: string, args: unknown) => {
      const result = find('task', id, args);
      if (result === undefined) return Promise.reject(new Error(`no task "${id}" in the recording`));
      return Promise.resolve(result as T);
    },
  };
};

