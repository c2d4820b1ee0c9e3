/** Picks catalog apps out of systeminformation's process list (pure). */
import path from 'node:path';
import type { Platform } from '../types.js';
import type { Detection } from './evidence.js';
import type { MatchIndex } from './match.js';

type SiProcess = { name?: unknown; command?: unknown; path?: unknown };

/** Names a process is known by: its name and the base names of its command and path. */
const namesOf = (p: SiProcess, platform: Platform): string[] => {
  const base = platform === 'win32' ? path.win32.basename : path.posix.basename;
  const names = new Set<string>();
  if (typeof p.name === 'string' && p.name) names.add(p.name);
  // Linux `comm` is cut to 15 characters; the command's first word keeps the full name.
  if (typeof p.command === 'string' && p.command) names.add(base(p.command.split(/\s+/)[0] ?? ''));
  if (typeof p.path === 'string' && p.path.endsWith(typeof p.name === 'string' ? p.name : '\u0000')) names.add(base(p.path));
  return [...names].filter(Boolean);
};

/** One detection per app found running (named by the longest of the names that matched). */
export const matchProcesses = (value: unknown, platform: Platform, index: MatchIndex): Detection[] => {
  const list = (value as { list?: unknown } | null)?.list;
  if (!Array.isArray(list)) return [];
  const found = new Map<string, Detection>();
  for (const p of list as SiProcess[]) {
    for (const name of namesOf(p, platform)) {
      const appId = index.processName(platform, name);
      if (appId && name.length > (found.get(appId)?.identifier.length ?? 0)) found.set(appId, { appId, source: 'process', identifier: name, location: 'running processes' });
    }
  }
  return [...found.values()];
};
