/** Picks catalog apps out of systeminformation's process list (pure). */
import path from 'node:path';
import type { Platform } from '../types.js';
import type { Detection } from './evidence.js';
import type { MatchIndex } from './match.js';

type SiProcess = { name?: unknown; command?: unknown };

/** Names a process is known by: its name, and on Linux the base name of its command. */
const namesOf = (p: SiProcess, platform: Platform): string[] => {
  const base = platform === 'win32' ? path.win32.basename : path.posix.basename;
  const names = new Set<string>();
  if (typeof p.name === 'string' && p.name) names.add(p.name);
  // Linux `comm` is cut to 15 characters; the command's first word keeps the full name. (macOS and
  // Windows paths may hold spaces, so a first word there could be any folder: names only.)
  if (platform === 'linux' && typeof p.command === 'string' && p.command) names.add(base(p.command.split(/\s+/)[0] ?? ''));
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
