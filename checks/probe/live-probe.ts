/** The probe that talks to this machine. Read-only by construction: it only runs, reads and lists. */
import { execFile } from 'node:child_process';
import { open, readdir, lstat } from 'node:fs/promises';
import os from 'node:os';
import si from 'systeminformation';
import { parse as parsePlist } from 'plist';
import type { Platform } from '../types.js';
import { parseRegQuery } from './registry-parse.js';
import {
  ENV_NAMES,
  type EntryType,
  type Failure,
  type ListResult,
  type Probe,
  type ProbeError,
  type ReadResult,
  type RegistryResult,
  type RunOptions,
  type RunResult,
  type StatResult,
  type SystemFacts,
  type ValueResult,
} from './probe.js';

const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Maps a Node error to the probe's small vocabulary. */
export const classifyError = (err: unknown): ProbeError => {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'not-found';
  if (code === 'EACCES' || code === 'EPERM') return 'denied';
  if (code === 'ETIMEDOUT') return 'timeout';
  return 'failed';
};

const failure = (err: unknown): Failure => ({
  ok: false,
  error: classifyError(err),
  message: err instanceof Error ? err.message : String(err),
});

const entryType = (s: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryType =>
  s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error(`${what} timed out after ${ms} ms`), { code: 'ETIMEDOUT' })), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });

const isElevated = (platform: Platform): boolean | null => {
  if (platform !== 'win32') return typeof process.getuid === 'function' ? process.getuid() === 0 : null;
  return null; // Windows: decided by checks from `whoami /groups` through the probe.
};

/** Creates the probe for the machine this process runs on. */
export const createLiveProbe = (): Probe => {
  const platform = process.platform as Platform;

  const run = (_id: string, argv: string[], options: RunOptions = {}): Promise<RunResult> =>
    new Promise((resolve) => {
      const [command, ...args] = argv;
      if (!command) {
        resolve({ ok: false, exitCode: null, stdout: '', stderr: '', error: 'failed', message: 'empty command' });
        return;
      }
      execFile(
        command,
        args,
        {
          timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          maxBuffer: MAX_OUTPUT_BYTES,
          windowsHide: true,
          encoding: 'utf8',
          env: { ...process.env, LC_ALL: 'C', LANG: 'C', ...options.env },
        },
        (err, stdout, stderr) => {
          if (!err) {
            resolve({ ok: true, exitCode: 0, stdout, stderr });
            return;
          }
          const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: string | number };
          const timedOut = e.killed === true && e.signal === 'SIGTERM';
          const exitCode = typeof e.code === 'number' ? e.code : null;
          const error: ProbeError = timedOut ? 'timeout' : exitCode === null ? classifyError(e) : 'failed';
          resolve({ ok: false, exitCode, stdout: stdout ?? '', stderr: stderr ?? '', error, message: e.message.split('\n')[0] ?? '' });
        },
      );
    });

  const readFile = async (_id: string, path: string, options: { maxBytes?: number } = {}): Promise<ReadResult> => {
    const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
    try {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(maxBytes + 1);
        const { bytesRead } = await handle.read(buffer, 0, maxBytes + 1, 0);
        const truncated = bytesRead > maxBytes;
        return { ok: true, text: buffer.subarray(0, Math.min(bytesRead, maxBytes)).toString('utf8'), truncated };
      } finally {
        await handle.close();
      }
    } catch (err) {
      return failure(err);
    }
  };

  const listDir = async (_id: string, path: string): Promise<ListResult> => {
    try {
      const dirents = await readdir(path, { withFileTypes: true });
      return { ok: true, entries: dirents.map((d) => ({ name: d.name, type: entryType(d) })) };
    } catch (err) {
      return failure(err);
    }
  };

  const stat = async (_id: string, path: string): Promise<StatResult> => {
    try {
      const s = await lstat(path);
      return { ok: true, type: entryType(s), size: s.size, mtimeMs: Math.round(s.mtimeMs) };
    } catch (err) {
      return failure(err);
    }
  };

  const siCall = async <T>(_id: string, fn: string, args: unknown[] = []): Promise<ValueResult<T>> => {
    const f = (si as unknown as Record<string, unknown>)[fn];
    if (typeof f !== 'function') return { ok: false, error: 'unsupported', message: `systeminformation has no ${fn}()` };
    try {
      const value = await withTimeout(Promise.resolve((f as (...a: unknown[]) => unknown)(...args)), 30_000, `systeminformation.${fn}`);
      return { ok: true, value: value as T };
    } catch (err) {
      return failure(err);
    }
  };

  const registry = async (id: string, key: string, options: { valueName?: string; recursive?: boolean } = {}): Promise<RegistryResult> => {
    if (platform !== 'win32') return { ok: false, error: 'unsupported', message: 'the registry exists only on Windows' };
    const argv = ['reg', 'query', key];
    if (options.valueName !== undefined) argv.push('/v', options.valueName);
    if (options.recursive) argv.push('/s');
    const result = await run(id, argv, { timeoutMs: 30_000 });
    if (!result.ok) {
      // reg.exe exits 1 with "unable to find" for a missing key or value.
      const notFound = /unable to find/i.test(result.stderr);
      return { ok: false, error: notFound ? 'not-found' : (result.error ?? 'failed'), message: result.stderr.trim() || result.message || 'reg query failed' };
    }
    return { ok: true, keys: parseRegQuery(result.stdout) };
  };

  const readPlist = async (id: string, path: string): Promise<ValueResult<unknown>> => {
    const head = await readFile(id, path, { maxBytes: 16 * 1024 * 1024 });
    if (!head.ok) return head;
    try {
      if (head.text.startsWith('bplist')) {
        if (platform !== 'darwin') return { ok: false, error: 'unsupported', message: 'binary plist needs macOS plutil' };
        const converted = await run(id, ['/usr/bin/plutil', '-convert', 'xml1', '-o', '-', path]);
        if (!converted.ok) return { ok: false, error: converted.error ?? 'failed', message: converted.stderr.trim() || 'plutil failed' };
        return { ok: true, value: parsePlist(converted.stdout) };
      }
      return { ok: true, value: parsePlist(head.text) };
    } catch (err) {
      return { ok: false, error: 'failed', message: `not a property list: ${err instanceof Error ? err.message : String(err)}` };
    }
  };

  const system = async (): Promise<SystemFacts> => {
    const env: Record<string, string> = {};
    for (const name of ENV_NAMES) {
      const value = process.env[name];
      if (value !== undefined) env[name] = value;
    }
    let username = '';
    try {
      username = os.userInfo().username;
    } catch {
      username = process.env.USER ?? process.env.USERNAME ?? '';
    }
    return { platform, arch: process.arch, hostname: os.hostname(), username, homedir: os.homedir(), env, elevated: isElevated(platform) };
  };

  return {
    system,
    run,
    readFile,
    listDir,
    stat,
    si: siCall,
    registry,
    plist: readPlist,
    task: (_id, _args, fn) => fn(),
  };
};
