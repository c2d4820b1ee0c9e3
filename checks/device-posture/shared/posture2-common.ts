/** Pure helpers shared by the accounts, remote-access, backups, cloud-sync and removable-media checks. */
import type { CheckOutcome, Finding, Platform } from '../../types.js';

/** A fact the scan either learned or could not learn (with the reason, in plain words). */
export type Unknown = { state: 'unknown'; reason: string; needsAdmin?: boolean };

/** Overall status: any failure fails the check; otherwise any open question makes it unknown. */
export const outcomeOf = (findings: Finding[], summaries: { pass: string; fail: string; unknown: string }): CheckOutcome => {
  if (findings.some((f) => f.status === 'fail')) return { status: 'fail', summary: summaries.fail, findings };
  if (findings.some((f) => f.status === 'unknown')) return { status: 'unknown', summary: summaries.unknown, findings };
  return { status: 'pass', summary: summaries.pass, findings };
};

/** One INI section: its name and the key/value pairs in file order (keys lower-cased). */
export type IniSection = { name: string; values: Record<string, string> };

/** Parses INI-style text (GDM, SDDM, LightDM, Samba); `#`/`;` comments, later keys win. */
export const parseIni = (text: string): IniSection[] => {
  const sections: IniSection[] = [{ name: '', values: {} }];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      sections.push({ name: (header[1] ?? '').trim(), values: {} });
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const section = sections[sections.length - 1];
    if (section) section.values[line.slice(0, eq).trim().toLowerCase()] = line.slice(eq + 1).trim();
  }
  return sections;
};

/** True for the INI spellings of "yes". */
export const iniTrue = (value: string | undefined): boolean => value !== undefined && /^(true|yes|1|on)$/i.test(value.trim());

/** Joins path parts with the scanned OS's separator (pure; collectors must not use node:path for the target OS). */
export const joinPath = (platform: Platform, ...parts: string[]): string => {
  const sep = platform === 'win32' ? '\\' : '/';
  return parts
    .filter((p) => p !== '')
    .map((p, i) => (i === 0 ? p.replace(/[\\/]+$/, '') : p.replace(/^[\\/]+|[\\/]+$/g, '')))
    .join(sep);
};

/** True when `child` is `parent` or inside it (case-insensitive on Windows and macOS). */
export const isInside = (platform: Platform, child: string, parent: string): boolean => {
  const norm = (p: string) => {
    const s = p.replace(/\\/g, '/').replace(/\/+$/, '');
    return platform === 'linux' ? s : s.toLowerCase();
  };
  const c = norm(child);
  const p = norm(parent);
  return p !== '' && (c === p || c.startsWith(`${p}/`));
};
