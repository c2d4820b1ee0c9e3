/** Resolves catalog path templates against the scanned user's folders (pure). */
import path from 'node:path';
import type { SystemFacts } from '../probe/probe.js';

/** The folders a template may start with, for one user on one OS. */
export type UserDirs = {
  platform: SystemFacts['platform'];
  home: string;
  vars: Record<string, string>;
};

/** Derives the user's folders from the probe's system facts, never from this process's environment. */
export const userDirs = (facts: SystemFacts): UserDirs => {
  const home = facts.homedir;
  const env = facts.env;
  if (facts.platform === 'win32') {
    const join = path.win32.join;
    const drive = env.SYSTEMDRIVE ?? 'C:';
    return {
      platform: 'win32',
      home,
      vars: {
        USERPROFILE: env.USERPROFILE ?? home,
        APPDATA: env.APPDATA ?? join(home, 'AppData', 'Roaming'),
        LOCALAPPDATA: env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'),
        PROGRAMFILES: env.PROGRAMFILES ?? `${drive}\\Program Files`,
        'PROGRAMFILES(X86)': env['PROGRAMFILES(X86)'] ?? `${drive}\\Program Files (x86)`,
      },
    };
  }
  const join = path.posix.join;
  return {
    platform: facts.platform,
    home,
    vars: {
      // XDG base directory spec: relative values are invalid and must be ignored.
      XDG_CONFIG_HOME: env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config'),
      XDG_DATA_HOME: env.XDG_DATA_HOME?.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share'),
    },
  };
};

/** Joins path parts with the scanned OS's separator. */
export const joinFor = (dirs: Pick<UserDirs, 'platform'>, ...parts: string[]): string =>
  dirs.platform === 'win32' ? path.win32.join(...parts) : path.posix.join(...parts);

/** Expands `~`, `%VAR%` and `$VAR` at the start of a template; undefined when a variable is unknown. */
export const expandTemplate = (template: string, dirs: UserDirs): string | undefined => {
  const sep = dirs.platform === 'win32' ? '\\' : '/';
  let head: string | undefined;
  let rest: string;
  const win = /^%([A-Z0-9()_]+)%(.*)$/i.exec(template);
  const posix = /^\$([A-Z_]+)(.*)$/.exec(template);
  if (template === '~' || template.startsWith('~/')) {
    head = dirs.home;
    rest = template.slice(1);
  } else if (win) {
    head = dirs.vars[(win[1] ?? '').toUpperCase()];
    rest = win[2] ?? '';
  } else if (posix) {
    head = dirs.vars[posix[1] ?? ''];
    rest = posix[2] ?? '';
  } else return template;
  if (head === undefined) return undefined;
  const parts = rest.split(/[\\/]/).filter(Boolean);
  return parts.length === 0 ? head : joinFor(dirs, head, ...parts).replace(/[\\/]/g, sep);
};

/** A resolved path split at its one wildcard segment (`*`), if any. */
export type PathPattern = { fixed: string } | { parent: string; segment: RegExp; rest: string[] };

/** Splits a resolved path at its first `*` segment so the collector can list the parent. */
export const splitWildcard = (resolved: string, platform: UserDirs['platform']): PathPattern => {
  const sep = platform === 'win32' ? '\\' : '/';
  const parts = resolved.split(sep);
  const i = parts.findIndex((p) => p.includes('*'));
  if (i < 0) return { fixed: resolved };
  const escaped = (parts[i] ?? '').split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return { parent: parts.slice(0, i).join(sep) || sep, segment: new RegExp(`^${escaped.join('.*')}$`, platform === 'win32' ? 'i' : ''), rest: parts.slice(i + 1) };
};
