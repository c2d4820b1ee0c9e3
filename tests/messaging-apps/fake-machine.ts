/** An in-memory machine for messaging-apps tests: files, command outputs, registry keys, plists. */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parsePlist } from 'plist';
import type { Failure, Probe, RegistryResult, RunResult, SystemFacts } from '../../checks/probe/probe.js';
import { parseRegQuery } from '../../checks/probe/registry-parse.js';

/** A file (text or size) or an empty folder in the fake machine. Folders made implicitly have mtime 0. */
export type FakeEntry = { type?: 'file' | 'dir'; text?: string; size?: number; mtimeMs?: number };

/** Everything the fake machine answers; anything absent is "not-found". */
export type FakeMachine = {
  system: SystemFacts;
  entries?: Record<string, FakeEntry | string>;
  runs?: Record<string, RunResult>;
  registry?: Record<string, RegistryResult>;
  plists?: Record<string, unknown>;
  processes?: unknown[];
  denied?: string[];
};

export const FIXTURES = 'tests/fixtures/messaging-apps';
/** Reads a fixture file as text. */
export const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');
/** Parses a fixture Info.plist the way the live probe does. */
export const fixturePlist = (name: string): unknown => parsePlist(fixture(name));
/** A `reg query /s` fixture as the probe's registry result. */
export const regFixture = (name: string): RegistryResult => ({ ok: true, keys: parseRegQuery(fixture(name)) });
/** A successful command result. */
export const ran = (stdout: string): RunResult => ({ ok: true, exitCode: 0, stdout, stderr: '' });

/** System facts for a fake user. */
export const facts = (platform: SystemFacts['platform'], homedir: string, env: Record<string, string> = {}): SystemFacts => ({
  platform,
  arch: 'x64',
  hostname: 'FRONTDESK',
  username: 'pat',
  homedir,
  env,
  elevated: false,
});

const notFound = (what: string): Failure => ({ ok: false, error: 'not-found', message: `${what}: no such file or directory` });
const denied = (what: string): Failure => ({ ok: false, error: 'denied', message: `${what}: operation not permitted` });

/** Builds a Probe over the fake machine; `calls` lists every call made, for assertions. */
export const fakeProbe = (m: FakeMachine): Probe & { calls: string[] } => {
  const p = m.system.platform === 'win32' ? path.win32 : path.posix;
  const norm = (s: string) => (m.system.platform === 'win32' ? p.normalize(s).toLowerCase() : p.normalize(s));
  const nodes = new Map<string, FakeEntry & { name: string }>();
  const children = new Map<string, Set<string>>();
  const add = (full: string, entry: FakeEntry) => {
    nodes.set(norm(full), { ...entry, name: p.basename(full) });
    const parent = p.dirname(full);
    if (parent === full) return;
    if (!children.has(norm(parent))) children.set(norm(parent), new Set());
    children.get(norm(parent))?.add(norm(full));
    if (!nodes.has(norm(parent))) add(parent, { type: 'dir' });
  };
  for (const [full, e] of Object.entries(m.entries ?? {})) add(full, typeof e === 'string' ? { type: 'file', text: e } : e);
  const deniedSet = new Set((m.denied ?? []).map(norm));
  const calls: string[] = [];
  const isDenied = (s: string) => [...deniedSet].some((d) => norm(s) === d || norm(s).startsWith(d + p.sep));
  return {
    calls,
    system: () => Promise.resolve(m.system),
    run: (id, argv) => {
      calls.push(`run ${id} ${argv.join(' ')}`);
      return Promise.resolve(m.runs?.[argv[0] ?? ''] ?? { ok: false, exitCode: null, stdout: '', stderr: '', error: 'not-found', message: `spawn ${argv[0]} ENOENT` });
    },
    readFile: (id, file) => {
      calls.push(`readFile ${id} ${file}`);
      if (isDenied(file)) return Promise.resolve(denied(file));
      const n = nodes.get(norm(file));
      return Promise.resolve(n && n.type !== 'dir' ? { ok: true, text: n.text ?? '', truncated: false } : notFound(file));
    },
    listDir: (id, dir) => {
      calls.push(`listDir ${id} ${dir}`);
      if (isDenied(dir)) return Promise.resolve(denied(dir));
      const n = nodes.get(norm(dir));
      if (!n || n.type !== 'dir') return Promise.resolve(notFound(dir));
      const entries = [...(children.get(norm(dir)) ?? [])].map((c) => nodes.get(c)).map((c) => ({ name: c?.name ?? '', type: c?.type === 'dir' ? ('dir' as const) : ('file' as const) }));
      return Promise.resolve({ ok: true, entries });
    },
    stat: (id, file) => {
      calls.push(`stat ${id} ${file}`);
      if (isDenied(file)) return Promise.resolve(denied(file));
      const n = nodes.get(norm(file));
      if (!n) return Promise.resolve(notFound(file));
      const type = n.type === 'dir' ? 'dir' : 'file';
      return Promise.resolve({ ok: true, type, size: type === 'dir' ? 4096 : (n.size ?? n.text?.length ?? 0), mtimeMs: n.mtimeMs ?? (type === 'dir' ? 0 : Date.parse('2026-01-01T00:00:00Z')) });
    },
    si: <T>(id: string, fn: string) => {
      calls.push(`si ${id} ${fn}`);
      if (fn !== 'processes') return Promise.resolve({ ok: false as const, error: 'unsupported' as const, message: fn });
      return Promise.resolve({ ok: true as const, value: { all: m.processes?.length ?? 0, list: m.processes ?? [] } as T });
    },
    registry: (id, key, options) => {
      calls.push(`registry ${id} ${key} ${options?.recursive ? '/s' : ''}`);
      return Promise.resolve(m.registry?.[key] ?? notFound(key));
    },
    plist: (id, file) => {
      calls.push(`plist ${id} ${file}`);
      const v = m.plists?.[file];
      return Promise.resolve(v === undefined ? notFound(file) : { ok: true, value: v });
    },
    task: (_id, _args, fn) => fn(),
  };
};
